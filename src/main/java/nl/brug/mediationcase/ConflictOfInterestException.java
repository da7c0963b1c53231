package nl.brug.mediationcase;

import java.util.List;

import nl.brug.conflictofinterest.ConflictMatch;

/**
 * A mediator would join a case that their conflicts of interest match: Brug warns before saving, and nothing
 * was saved. Carries, per match, which mediator and what of the case matched (a party's name or the case's
 * neighbourhood), never the rest of the mediator's list. The same call with a reason for going on saves and
 * records the reason in the case's history.
 */
public class ConflictOfInterestException extends RuntimeException {

    /** One match, with the mediator's name to say it. */
    public record Conflict(long mediatorId, String mediatorName, ConflictMatch.Kind kind, String matched) {
    }

    private final List<Conflict> conflicts;

    public ConflictOfInterestException(List<Conflict> conflicts) {
        super(conflicts.size() + " conflict(s) of interest match the case");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
