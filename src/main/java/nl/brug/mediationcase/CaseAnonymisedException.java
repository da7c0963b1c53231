package nl.brug.mediationcase;

import java.time.LocalDate;

/**
 * The case has been anonymised: only its figures are left, and nothing can be changed or reopened any more
 * (decision 027).
 */
public class CaseAnonymisedException extends CaseClosedException {

    public static final String ANONYMISED_MESSAGE_KEY = "case.anonymised.refused";

    private final LocalDate anonymisedOn;

    public CaseAnonymisedException(String reference, LocalDate anonymisedOn) {
        super(reference);
        this.anonymisedOn = anonymisedOn;
    }

    public LocalDate anonymisedOn() {
        return anonymisedOn;
    }
}
