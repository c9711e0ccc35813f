package io.pindesk.media;

import java.nio.file.Path;

/**
 * From a dropped {@link ImageSource} to a {@link PreparedImage}: local files are probed and
 * prepared in place, addresses are downloaded to a temporary file first (deleted afterwards),
 * inline bytes are prepared from memory. This is what the composer and {@code pin create --image}
 * call for each item of a {@link DropResult}.
 *
 * <p>Blocking (network, disk, CPU): run it on a background executor, never on the FX thread.
 * Thread-safe; close it to release the download connection pool.
 */
public final class ImagePipeline implements AutoCloseable {

    private final ImagePreparer preparer;
    private final ImageDownloader downloader;

    public ImagePipeline(ImagePreparer preparer, ImageDownloader downloader) {
        this.preparer = preparer;
        this.downloader = downloader;
    }

    /** A pipeline with the default limits, downloading into {@code tempDir} (null: the system temp dir). */
    public static ImagePipeline create(ImageLimits limits, String userAgent, Path tempDir) {
        ImageDownloader.Options d = ImageDownloader.Options.DEFAULT;
        ImageDownloader.Options options = new ImageDownloader.Options(d.connectTimeout(), d.responseTimeout(),
                d.totalTimeout(), d.maxRedirects(), userAgent);
        return new ImagePipeline(new ImagePreparer(limits), new ImageDownloader(limits, options, tempDir));
    }

    public PreparedImage prepare(ImageSource source) throws MediaException {
        if (source instanceof ImageSource.LocalFile file) {
            return preparer.prepare(file.path());
        }
        if (source instanceof ImageSource.RemoteUrl url) {
            try (DownloadedImage downloaded = downloader.download(url.uri())) {
                return preparer.prepare(downloaded.file(), url.label());
            }
        }
        ImageSource.InlineBytes bytes = (ImageSource.InlineBytes) source;
        return preparer.prepare(bytes.bytes(), bytes.label());
    }

    @Override
    public void close() {
        downloader.close();
    }
}
