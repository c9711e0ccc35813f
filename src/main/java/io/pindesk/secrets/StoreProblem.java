package io.pindesk.secrets;

/**
 * Why a token store could not do what was asked, in words a user can act on. The detail never
 * contains a secret: it is built from exception class names and keychain messages, which name only
 * the service and item.
 */
public record StoreProblem(Kind kind, String detail) {

    public enum Kind {
        /** No keychain, no Secret Service provider, locked keychain, or a library failure. */
        UNAVAILABLE,
        /** The keychain did not answer in time (often an unlock prompt nobody can see). */
        TIMEOUT,
        /** Several keychain items match one account: only an external tool can repair it. */
        DUPLICATE_ITEMS,
        /** The marker says a sign-in was saved, but the keychain says there is none. */
        ITEM_LOST,
        /** The item exists but cannot be parsed. */
        CORRUPT,
        /** The value would not fit in every platform's keychain. */
        TOO_LARGE,
        /** The account or app key cannot be used as a keychain item name. */
        INVALID_KEY
    }

    public StoreProblem {
        detail = detail == null ? "" : detail;
    }

    /** One or two sentences for a banner or a CLI error line. */
    public String userMessage() {
        return switch (kind) {
            case UNAVAILABLE -> "The system keychain is unavailable (" + detail + "). Sign-in won't be remembered after you quit."
                    + " Install or unlock GNOME Keyring or KWallet (Linux), or check Keychain Access (macOS) /"
                    + " Credential Manager (Windows).";
            case TIMEOUT -> "The system keychain did not answer in time (" + detail + "). If an unlock dialog is open,"
                    + " unlock it and try again.";
            case DUPLICATE_ITEMS -> "The keychain holds several PinDesk entries for one account (" + detail + ")."
                    + " Remove them, then sign in again.";
            case ITEM_LOST -> "Your saved sign-in could not be read from the keychain (" + detail + ")."
                    + " Unlock the keychain and retry, or sign in again.";
            case CORRUPT -> "The saved sign-in in the keychain is damaged (" + detail + "). Sign in again.";
            case TOO_LARGE -> "The sign-in is too large for the system keychain (" + detail + ").";
            case INVALID_KEY -> "Internal error: " + detail;
        };
    }

    public TokenStoreException toException() {
        return new TokenStoreException(this);
    }
}
