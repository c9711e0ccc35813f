package io.pindesk.sandbox;

import java.time.Clock;

/** What the resource handlers share. {@code persist} makes the last mutation durable before the answer goes out. */
record ApiContext(SandboxLibrary library, JsonViews views, Clock clock, Runnable persist, ImageStore images,
        ImageIntake intake) {

    SandboxBoard visibleBoard(String id, java.util.Set<String> scopes) throws ApiError {
        SandboxBoard b = library.boards.get(HttpIo.id(id));
        if (b == null || !Access.canSee(b, scopes)) {
            throw ApiError.boardNotFound();
        }
        return b;
    }

    SandboxSection section(SandboxBoard board, String id) throws ApiError {
        SandboxSection s = library.sections.get(HttpIo.id(id));
        if (s == null || s.boardId != board.id) {
            throw ApiError.sectionNotFound();
        }
        return s;
    }
}
