package nl.brug.mediationcase.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;

import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.ActionRunner;
import nl.brug.mediationcase.CaseAnonymisedException;
import nl.brug.mediationcase.CaseClosedException;
import nl.brug.mediationcase.StaleCaseException;
import nl.brug.mediationcase.lifecycle.MissingRequirement;
import nl.brug.mediationcase.lifecycle.TransitionRefusedException;
/**
 * Brug's {@link ActionRunner} with the case's own refusals: a lifecycle step that is not possible yet and a
 * closed case are said in place (in the page's message area under the case's buttons, or in the dialog the
 * action came from); a stale save names who saved the case first and when, and offers to reload the case.
 */
final class CaseActionRunner extends ActionRunner {

    CaseActionRunner(Component translator, Runnable reload) {
        super(translator, "case-message");
        refusal(TransitionRefusedException.class, refused -> refusalSentence(translator, refused));
        // The anonymised case first: it is a closed case too, with its own sentence.
        refusal(CaseAnonymisedException.class, anonymised -> translator.getTranslation(
                CaseAnonymisedException.ANONYMISED_MESSAGE_KEY, DisplayFormats.date(anonymised.anonymisedOn())));
        refusal(CaseClosedException.class, closed -> translator.getTranslation(CaseClosedException.MESSAGE_KEY));
        stale(StaleCaseException.class, stale -> translator.getTranslation("case.stale", stale.changedBy(),
                DisplayFormats.dateTime(stale.changedAt())), "case.reload", reload);
    }

    /** What is missing, in one sentence; a missing consent names the parties that have not given it. */
    static String refusalSentence(Component translator, TransitionRefusedException refused) {
        return translator.getTranslation("case.transition.refused", refused.missing().stream()
                .map(missing -> missing == MissingRequirement.ALL_CONSENTS && !refused.partiesWithoutConsent().isEmpty()
                        ? translator.getTranslation("case.missing.consentOf",
                                String.join(", ", refused.partiesWithoutConsent()))
                        : translator.getTranslation(missing.messageKey()))
                .collect(Collectors.joining("; ")));
    }
}
