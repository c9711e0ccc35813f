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
 * {@code DropPayload.parse} is cheap (it reads at most 512 bytes per dropped file) and may run on
 * the FX thread in a drop handler; everything else blocks on disk, network or CPU and belongs on a
 * background executor. Every failure is a {@link io.pindesk.media.MediaException} whose message is
 * written for the user.
 */
package io.pindesk.media;
