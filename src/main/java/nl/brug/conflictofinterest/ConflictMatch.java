package nl.brug.conflictofinterest;

/**
 * One reason to warn: a mediator's list matches the case. {@code matched} is the case's side only (the party's
 * name as the case records it, or the case's neighbourhood), never the entry of the mediator's list, so whoever
 * is warned learns what of the case matched and nothing more of the list.
 */
public record ConflictMatch(long mediatorId, Kind kind, String matched) {

    public enum Kind {
        /** A party's name matches someone the mediator knows personally. */
        PERSON,
        /** The case's neighbourhood is one the mediator is at home in. */
        NEIGHBOURHOOD
    }
}
