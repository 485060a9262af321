package org.astanakg.link;

import org.astanakg.AstanaException;

/** Wikidata could not be asked, or answered something unreadable. */
public class LinkException extends AstanaException {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
