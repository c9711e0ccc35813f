package io.pindesk.secrets;

import java.util.Optional;

/**
 * The outcome of one token store call. Stores never throw: a caller always gets one of
 * {@link Status#OK}, {@link Status#NOT_FOUND} or {@link Status#FAILED} (with a {@link StoreProblem}).
 */
public record StoreResult<T>(Status status, T value, StoreProblem problem) {

    public enum Status { OK, NOT_FOUND, FAILED }

    public static <T> StoreResult<T> ok(T value) {
        return new StoreResult<>(Status.OK, value, null);
    }

    public static <T> StoreResult<T> done() {
        return new StoreResult<>(Status.OK, null, null);
    }

    public static <T> StoreResult<T> notFound() {
        return new StoreResult<>(Status.NOT_FOUND, null, null);
    }

    public static <T> StoreResult<T> failed(StoreProblem.Kind kind, String detail) {
        return new StoreResult<>(Status.FAILED, null, new StoreProblem(kind, detail));
    }

    public static <T> StoreResult<T> failed(StoreProblem problem) {
        return new StoreResult<>(Status.FAILED, null, problem);
    }

    public boolean isOk() {
        return status == Status.OK;
    }

    public boolean isNotFound() {
        return status == Status.NOT_FOUND;
    }

    public boolean isFailed() {
        return status == Status.FAILED;
    }

    public Optional<T> found() {
        return isOk() ? Optional.ofNullable(value) : Optional.empty();
    }

    /** Re-types a value-less result (NOT_FOUND or FAILED). */
    @SuppressWarnings("unchecked")
    <U> StoreResult<U> withoutValue() {
        return (StoreResult<U>) new StoreResult<>(status, null, problem);
    }

    @Override
    public String toString() {
        // the value may be a secret (an app secret, a token blob): never print it
        return "StoreResult[" + status + (problem == null ? "" : ", " + problem.kind() + ": " + problem.detail()) + "]";
    }
}
