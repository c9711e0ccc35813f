package io.pindesk.cli;

/** The command was understood but could not be done: exit code 1 with this one-line reason. */
public class CliFailure extends Exception {
    public CliFailure(String message) {
        super(message);
    }

    public CliFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
