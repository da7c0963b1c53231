package nl.brug.mediationcase.ui;

import nl.brug.base.BrugClock;
import nl.brug.mediationcase.CaseDetails;

/**
 * What every part of the case page needs besides its own slice of the case: which case (and which version of
 * it) a change is sent for, what the user may do now, how an action is run and how the page is shown again
 * after it. Each section gets this and its own part of {@link CaseDetails}, never the whole record, so a
 * section says by its constructor which part of the case it shows.
 */
record CasePage(String reference, long version, CaseDetails.Actions actions, CaseActionRunner runner,
        Runnable reload, BrugClock clock) {

    static CasePage of(CaseDetails details, CaseActionRunner runner, Runnable reload, BrugClock clock) {
        return new CasePage(details.reference(), details.version(), details.actions(), runner, reload, clock);
    }

    boolean editable() {
        return actions.editable();
    }
}
