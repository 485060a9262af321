package org.astanakg.serve;

/** A request the endpoint refuses before running it, with the HTTP status and a message for the client. */
public final class QueryRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    /** A refusal answered with {@code status} (400, 413, ...) and {@code message}. */
    public QueryRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }
}
