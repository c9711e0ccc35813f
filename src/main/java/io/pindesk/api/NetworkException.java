package io.pindesk.api;

/** No usable reply: connection refused or reset, DNS failure, a reply cut off. The request may not have arrived. */
public class NetworkException extends ApiException {
    public NetworkException(String message, Throwable cause) {
        super(message, 0, null, null, null, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
