package io.pindesk.sandbox;

/**
 * An error answer in Pinterest's shape {@code {"code": …, "message": …}}. Thrown by handlers; the dispatcher turns
 * it into the response. {@code oauthError} adds RFC 6749's {@code error} member for the token endpoint.
 */
final class ApiError extends Exception {

    private static final long serialVersionUID = 1L;

    final int status;
    final int code;
    final String oauthError;

    ApiError(int status, int code, String message) {
        this(status, code, message, null);
    }

    ApiError(int status, int code, String message, String oauthError) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.oauthError = oauthError;
    }

    static ApiError invalid(String message) {
        return new ApiError(400, 1, message);
    }

    static ApiError authFailed() {
        return new ApiError(401, 2, "Authentication failed.");
    }

    static ApiError missingScope(String scope) {
        return new ApiError(401, 3, "Your application consumer type is not supported, or your token does not have"
                + " sufficient permissions: this request needs the " + scope + " scope.");
    }

    static ApiError forbidden() {
        return new ApiError(403, 29, "You are not permitted to access that resource.");
    }

    static ApiError boardNotFound() {
        return new ApiError(404, 40, "Board not found.");
    }

    static ApiError pinNotFound() {
        return new ApiError(404, 50, "Pin not found.");
    }

    static ApiError sectionNotFound() {
        return new ApiError(404, 2031, "Sorry! We couldn't find this board section.");
    }

    static ApiError notFound(String what) {
        return new ApiError(404, 404, what + " not found.");
    }
}
