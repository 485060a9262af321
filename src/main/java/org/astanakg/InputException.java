package org.astanakg;

/**
 * Bad input: a file that cannot be read or does not say what it must. The message always starts
 * with where the problem is, as {@code path:line:col: message}, so editors can jump to it.
 */
public class InputException extends AstanaException {
    private static final long serialVersionUID = 1L;
    private final SourceLocation location;

    public InputException(SourceLocation location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public InputException(SourceLocation location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    /** Where the bad input is. */
    public SourceLocation location() {
        return location;
    }

    @Override
    public int exitCode() {
        return 4;
    }
}
