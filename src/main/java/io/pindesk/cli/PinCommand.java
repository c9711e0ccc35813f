package io.pindesk.cli;

import io.pindesk.api.MediaSource;
import io.pindesk.api.NewPin;
import io.pindesk.api.PinterestClient;
import io.pindesk.api.UnknownOutcomeException;
import io.pindesk.domain.Pin;
import io.pindesk.media.PreparedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code pindesk pin create …}: publishes one image pin. */
public final class PinCommand extends ApiCommand {

    public PinCommand() {
        this(ApiAccess.standard());
    }

    PinCommand(ApiAccess access) {
        super(access);
    }

    @Override
    public String name() {
        return "pin";
    }

    @Override
    public String summary() {
        return "create a pin from an image file or URL";
    }

    @Override
    public String help() {
        return String.join("\n",
                "Usage: pindesk pin create --board BOARD_ID (--image FILE | --image-url URL)",
                "                          [--title TEXT] [--description TEXT] [--link URL]",
                "                          [--alt-text TEXT] [--section SECTION_ID] [--json]",
                "",
                "Publishes one image pin and prints its ID. FILE may be a JPEG, PNG, WebP, GIF or BMP (checked by",
                "its content, not its name); other formats are converted to JPEG or PNG and large images scaled",
                "down, as in the composer. An --image-url must be publicly downloadable by Pinterest.",
                "Limits: title 100, description 800, link 2048, alt text 500 characters.",
                "",
                "If the reply is lost after sending, the board's newest pins are checked for the new pin",
                "before reporting; the pin is never sent twice.",
                "",
                "Options:",
                "  --json           print the created pin as JSON",
                ApiAccess.OPTIONS_HELP);
    }

    @Override
    public int run(List<String> argv, CliContext ctx) throws UsageException, CliFailure, InterruptedException {
        if (argv.isEmpty() || !argv.get(0).equals("create")) {
            throw new UsageException(argv.isEmpty() ? "missing sub-command 'create'"
                    : "unknown sub-command '" + argv.get(0) + "' (only 'create')");
        }
        Args args = Args.parse(argv.subList(1, argv.size()), withApiBase(Set.of("board", "image", "image-url",
                "title", "description", "link", "alt-text", "section")), Set.of("json"));
        noPositionals(args);
        String board = args.required("board");
        Optional<String> file = args.option("image");
        Optional<String> url = args.option("image-url");
        if (file.isPresent() == url.isPresent()) {
            throw new UsageException("give exactly one of --image FILE or --image-url URL");
        }
        MediaSource media;
        if (file.isPresent()) {
            PreparedImage image = ImageFiles.read(Path.of(file.get()));
            image.warnings().forEach(w -> ctx.err().println("note: " + w));
            media = new MediaSource.ImageBase64(image.contentType(), image.base64());
        } else {
            media = media(url.get());
        }
        NewPin pin = newPin(args, board, media);
        return withClient(args, ctx, client -> {
            Pin made = createOnce(client, pin, ctx);
            if (args.flag("json")) {
                ctx.out().println(CliOutput.JSON.toJson(made));
            } else {
                ctx.out().println("Created pin " + made.id() + " on board " + board);
            }
            return Cli.OK;
        });
    }

    private static Pin createOnce(PinterestClient client, NewPin pin, CliContext ctx) throws CliFailure {
        try {
            return client.createPin(pin);
        } catch (UnknownOutcomeException lost) {
            ctx.err().println("The reply was lost; checking the board for the new pin…");
            Optional<Pin> found = client.findCreatedPin(pin, 50);
            if (found.isPresent()) {
                return found.get();
            }
            throw new CliFailure("not known whether the pin was created (" + lost.getMessage()
                    + "); check the board before trying again", lost);
        }
    }

    private static MediaSource media(String url) throws UsageException {
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            throw new UsageException("--image-url must be an http(s) URL Pinterest can download, not '" + url + "'");
        }
        try {
            return new MediaSource.ImageUrl(url.strip());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static NewPin newPin(Args args, String board, MediaSource media) throws UsageException {
        try {
            return new NewPin(board, args.option("section").orElse(null), args.option("title").orElse(null),
                    args.option("description").orElse(null), args.option("link").orElse(null),
                    args.option("alt-text").orElse(null), media);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
