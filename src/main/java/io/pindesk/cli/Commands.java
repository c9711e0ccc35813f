package io.pindesk.cli;

import java.util.List;

/** Every command PinDesk ships, in the order {@code pindesk help} lists them. */
public final class Commands {
    private Commands() {}

    public static List<Command> all() {
        return List.of(new LoginCommand(), new LogoutCommand(), new AccountsCommand(), new WhoamiCommand(),
                new BoardsCommand(), new SectionsCommand(), new PinsCommand(), new PinCommand(), new SyncCommand(),
                new QueueCommand(), new SandboxCommand());
    }
}
