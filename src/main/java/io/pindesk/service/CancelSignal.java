package io.pindesk.service;

import io.pindesk.api.Cancellation;

/** Lets the user stop a sync or a bulk change; requests already waiting or in flight end promptly. */
public final class CancelSignal {

    private final Cancellation cancellation = Cancellation.create();

    public void cancel() {
        cancellation.cancel();
    }

    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    Cancellation api() {
        return cancellation;
    }
}
