package io.pindesk.service;

import io.pindesk.api.ApiException;
import io.pindesk.api.NewBoard;
import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@link BoardDirectory} straight from the API of the current account. */
public final class ApiBoardDirectory implements BoardDirectory {

    private static final int MAX_BOARDS = 2000;

    private final Supplier<AccountSession> session;

    public ApiBoardDirectory(Supplier<AccountSession> session) {
        this.session = session;
    }

    @Override
    public List<Board> boards() throws ServiceException {
        try {
            List<Board> out = new ArrayList<>();
            session.get().client().boards().stream().limit(MAX_BOARDS).forEach(out::add);
            return out;
        } catch (ApiException e) {
            throw ApiFailures.wrap("Could not load your boards", e);
        }
    }

    @Override
    public List<Section> sections(String boardId) throws ServiceException {
        try {
            List<Section> out = new ArrayList<>();
            session.get().client().sections(boardId).stream().limit(500).forEach(out::add);
            return out;
        } catch (ApiException e) {
            throw ApiFailures.wrap("Could not load the board's sections", e);
        }
    }

    @Override
    public Board createBoard(String name, BoardPrivacy privacy) throws ServiceException {
        if (name == null || name.isBlank()) {
            throw new ServiceException("A board needs a name.", false, null);
        }
        try {
            return session.get().client().createBoard(new NewBoard(name.strip(), null, privacy));
        } catch (ApiException e) {
            throw ApiFailures.wrap("Could not create the board “" + name.strip() + "”", e);
        } catch (IllegalArgumentException e) {
            throw new ServiceException(e.getMessage(), false, e);
        }
    }
}
