package io.pindesk.api;

import java.util.List;
import java.util.Map;

/**
 * One request the client sends: the operation (method, category, scopes), the path below the API base, query
 * parameters in order, and an optional body ({@code application/json} or form-encoded).
 */
record ApiRequest(ApiOperation operation, String path, List<Map.Entry<String, String>> query, String body,
        String contentType) {

    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";

    ApiRequest {
        query = query == null ? List.of() : List.copyOf(query);
    }

    static ApiRequest of(ApiOperation op, String path) {
        return new ApiRequest(op, path, List.of(), null, null);
    }

    static ApiRequest json(ApiOperation op, String path, String body) {
        return new ApiRequest(op, path, List.of(), body, JSON);
    }

    ApiRequest withQuery(List<Map.Entry<String, String>> q) {
        return new ApiRequest(operation, path, q, body, contentType);
    }
}
