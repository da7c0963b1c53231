package nl.brug.mediationcase;

import java.time.LocalDate;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.security.BrugUser;

/**
 * What the case tests share: the three services, the fixture, and short ways to register and read a case
 * as someone. Each concrete test class carries {@link CaseIntegrationTest}.
 */
public abstract class CaseTestSupport {

    @Autowired
    protected CaseService cases;
    @Autowired
    protected CaseWorkService work;
    @Autowired
    protected CaseSearchService search;
    @Autowired
    protected CaseTestFixture fixture;

    @BeforeEach
    void emptyDatabaseAndDefaultClock() {
        fixture.reset();
    }

    @AfterEach
    void nobodySignedIn() {
        fixture.signOut();
    }

    protected String register(BrugUser user, CaseRegistration registration) {
        return fixture.as(user, () -> cases.register(registration));
    }

    protected CaseDetails details(BrugUser user, String reference) {
        return fixture.as(user, () -> cases.details(reference));
    }

    protected LocalDate today() {
        return fixture.clock().today();
    }

    protected static CaseDetails.PartyView party(CaseDetails details, String name) {
        return details.parties().stream().filter(p -> p.data().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No party " + name + " in " + details.parties()));
    }

    protected static CaseDetails.PartyView party(CaseDetails details, Predicate<PartyData> which) {
        return details.parties().stream().filter(p -> which.test(p.data())).findFirst()
                .orElseThrow(() -> new AssertionError("No such party in " + details.parties()));
    }

    /** Gives every party of the case its consent (as of today), acting as the given mediator. */
    protected void consentAll(BrugUser mediator, String reference) {
        fixture.run(mediator, () -> {
            for (CaseDetails.PartyView p : cases.details(reference).parties()) {
                work.updateParty(reference, p.id(), p.version(), p.data().withConsent(today()));
            }
        });
    }

    /** Moves a case one step forward with the version it has now. */
    protected void forward(BrugUser user, String reference, CaseStatus target) {
        fixture.run(user, () -> cases.transition(reference, cases.details(reference).version(),
                TransitionRequest.forward(target)));
    }

    protected void close(BrugUser user, String reference, TransitionRequest close) {
        fixture.run(user, () -> cases.transition(reference, cases.details(reference).version(), close));
    }

    protected long caseVersion(BrugUser user, String reference) {
        return details(user, reference).version();
    }
}
