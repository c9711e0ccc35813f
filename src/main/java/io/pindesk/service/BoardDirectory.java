package io.pindesk.service;

import io.pindesk.domain.Board;
import io.pindesk.domain.BoardPrivacy;
import io.pindesk.domain.Section;
import java.util.List;

/**
 * The boards and sections the composer's pickers offer. Blocking: call off the FX thread. The direct
 * implementation asks the API each time; the library may later back it with its cache.
 */
public interface BoardDirectory {

    List<Board> boards() throws ServiceException;

    List<Section> sections(String boardId) throws ServiceException;

    Board createBoard(String name, BoardPrivacy privacy) throws ServiceException;
}
