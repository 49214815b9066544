package org.irauditor.report.asff;

/** A finding Security Hub would refuse, named with the field at fault; it is never written or sent. */
public final class InvalidFindingException extends RuntimeException {

    private final String findingId;
    private final String field;

    public InvalidFindingException(String findingId, String field, String problem) {
        super("Finding " + findingId + ": " + field + " " + problem);
        this.findingId = findingId;
        this.field = field;
    }

    public String findingId() {
        return findingId;
    }

    public String field() {
        return field;
    }
}
