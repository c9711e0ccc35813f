package io.pindesk.api;

/**
 * The seam for video pins (pinterest-v5.md §7.4): register an upload with {@code POST /media}, send the file to
 * the returned upload URL (multipart, no bearer token), poll {@code GET /media/{id}} until it succeeded, then create
 * the pin with {@link MediaSource.VideoId}. Not implemented yet: video pins cannot be created in the Pinterest
 * sandbox, so the composer ships images first.
 */
public interface MediaUploads {

    /** Uploads a video and returns its media id once Pinterest finished processing it. */
    String uploadVideo(java.nio.file.Path file, Cancellation cancellation);
}
