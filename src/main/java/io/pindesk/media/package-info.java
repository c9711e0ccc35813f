/**
 * Images in, Pinterest-ready JPEG/PNG out. No JavaFX here: the view copies a Dragboard or
 * Clipboard into a {@link io.pindesk.media.DropData}.
 *
 * <pre>
 * DropData ──DropPayload.parse──▶ DropResult (items: ImageSource + suggested link/alt/title; rejections)
 * ImageSource ──ImagePipeline.prepare──▶ PreparedImage (JPEG/PNG bytes, warnings, writeBase64)
 *     LocalFile  → ImagePreparer (ImageProbe caps → ImageDecoder → Downscaler → ExifOrientation → encode)
 *     RemoteUrl  → ImageDownloader (temp file) → ImagePreparer
 *     InlineBytes→ ImagePreparer
 * </pre>
 *
 * The view copies the Dragboard on the FX thread (it is only valid there); parsing reads up to 512
 * bytes of each dropped file, which can stall on a network drive, so hand the DropData to a
 * background executor for {@code DropPayload.parse} as well. Everything after that blocks on disk,
 * network or CPU and belongs there too. Every failure is a {@link io.pindesk.media.MediaException} whose message is
 * written for the user.
 */
package io.pindesk.media;
