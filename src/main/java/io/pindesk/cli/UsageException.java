package io.pindesk.cli;

/** The command line itself is wrong: exit code 2, with the message and a pointer to help. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
