package org.astanakg.extract;

import org.astanakg.InputException;
import org.astanakg.SourceLocation;

/** An article text that cannot be extracted from: empty, binary, not UTF-8, too long, HTML, not English. */
public final class ExtractException extends InputException {
    private static final long serialVersionUID = 1L;

    public ExtractException(SourceLocation where, String message) {
        super(where, message);
    }
}
