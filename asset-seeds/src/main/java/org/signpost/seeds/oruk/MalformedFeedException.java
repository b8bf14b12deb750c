package org.signpost.seeds.oruk;

/**
 * The document is not JSON, or not an ORUK services document (an array of services, a page with
 * {@code contents}, or one service). Nothing in it should be imported.
 */
public class MalformedFeedException extends RuntimeException {

    private final long line;
    private final long column;

    public MalformedFeedException(String message, long line, long column, Throwable cause) {
        super(message + (line > 0 ? " (line " + line + ", column " + column + ")" : ""), cause);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the problem, or 0 when unknown. */
    public long line() {
        return line;
    }

    public long column() {
        return column;
    }
}
