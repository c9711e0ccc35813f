package io.pindesk.api;

/** HTTP 404: the board (code 40), pin (50), section (2031) or other resource does not exist or is not visible. */
public class NotFoundException extends ApiException {

    /** What was not found. */
    public enum Resource { BOARD, PIN, SECTION, OTHER }

    private final Resource resource;

    NotFoundException(String message, ErrorReply reply, Resource resource) {
        super(message, reply, null);
        this.resource = resource;
    }

    public Resource resource() {
        return resource;
    }
}
