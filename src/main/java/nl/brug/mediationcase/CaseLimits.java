package nl.brug.mediationcase;

/** Text limits that are not part of a data record; each matches its column in the database. */
public final class CaseLimits {

    public static final int NOTE_MAX = 8000;
    public static final int CLOSE_REASON_MAX = 1000;
    public static final int FINDING_MAX = 2000;
    /** A supervisor's review comment, and a mediator's answer to it. */
    public static final int REVIEW_TEXT_MAX = 2000;
    /** The reason for going on despite a conflict of interest, or for declaring one (a history reason). */
    public static final int CONFLICT_REASON_MAX = CLOSE_REASON_MAX;

    private CaseLimits() {
    }
}
