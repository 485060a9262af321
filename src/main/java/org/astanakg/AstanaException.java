package org.astanakg;

/**
 * The root of every exception Astana KG throws on purpose. Each stage has its own subclass; the
 * command line prints {@link #getMessage()} and exits with {@link #exitCode()}.
 */
public class AstanaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AstanaException(String message) {
        super(message);
    }

    public AstanaException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The process exit code this failure maps to (see the README: 1 internal, 3 non-conforming, 4 bad input). */
    public int exitCode() {
        return 1;
    }
}
