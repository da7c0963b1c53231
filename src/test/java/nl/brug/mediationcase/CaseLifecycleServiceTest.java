package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.horizontal;
import static nl.brug.mediationcase.CaseData.neighbour;
import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.lifecycle.MissingRequirement;
import nl.brug.mediationcase.lifecycle.TransitionRefusedException;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.security.BrugUser;

/** The lifecycle as the services apply it: every step, every refusal, and the history they leave. */
@CaseIntegrationTest
class CaseLifecycleServiceTest extends CaseTestSupport {

    private BrugUser anna;
    private BrugUser carla;

    @BeforeEach
    void people() {
        anna = fixture.mediator("anna", "Anna de Vries");
        carla = fixture.supervisor("carla", "Carla Jansen");
    }

    @Test
    void aHorizontalCaseGoesAllTheWayFromRegistrationToClosure() {
        String ref = register(anna, horizontal("Geluidsoverlast Kanaalstraat", resident("Piet Post")));
        LocalDate registeredOn = today();

        step();
        forward(anna, ref, CaseStatus.INTAKE);
        assertThat(details(anna, ref).status()).isEqualTo(CaseStatus.INTAKE);

        step();
        fixture.run(anna, () -> work.addParty(ref, neighbour("Fatma Yilmaz")));
        consentAll(anna, ref);
        forward(anna, ref, CaseStatus.IN_MEDIATION);
        assertThat(details(anna, ref).status()).isEqualTo(CaseStatus.IN_MEDIATION);

        step();
        LocalDate signedOn = today();
        fixture.run(anna, () -> {
            work.addAgreementItem(ref, AgreementItemData.open("Geen muziek na 22:00", "Piet Post", today().plusDays(30)));
            work.recordAgreement(ref, cases.details(ref).version(), AgreementForm.INTENT, signedOn);
        });
        CaseDetails beforeAgreement = details(anna, ref);
        assertThat(beforeAgreement.agreement().proposedFollowUpOn()).isEqualTo(signedOn.plusWeeks(4));
        forward(anna, ref, CaseStatus.AGREEMENT);
        CaseDetails agreed = details(anna, ref);
        assertThat(agreed.status()).isEqualTo(CaseStatus.AGREEMENT);
        assertThat(agreed.overview().dates().agreementOn()).isEqualTo(signedOn);
        assertThat(agreed.agreement().form()).isEqualTo(AgreementForm.INTENT);

        step();
        fixture.run(anna, () -> work.recordFollowUp(ref, cases.details(ref).version(),
                beforeAgreement.agreement().proposedFollowUpOn(), null));
        forward(anna, ref, CaseStatus.FOLLOW_UP);
        assertThat(details(anna, ref).status()).isEqualTo(CaseStatus.FOLLOW_UP);

        step();
        // After follow-up, closing is the normal end and needs no reason.
        close(anna, ref, TransitionRequest.close(Outcome.FULL_AGREEMENT, null, null));

        CaseDetails closed = details(anna, ref);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.overview().closing().outcome()).isEqualTo(Outcome.FULL_AGREEMENT);
        assertThat(closed.overview().closing().referral()).isNull();
        assertThat(closed.overview().dates().registeredOn()).isEqualTo(registeredOn);
        assertThat(closed.overview().dates().closedOn()).isEqualTo(today());
        assertThat(closed.actions().nextSteps()).isEmpty();
        assertThat(closed.actions().canClose()).isFalse();
        assertThat(closed.actions().canReopen()).isFalse();
        assertThat(closed.history())
                .extracting(CaseDetails.HistoryView::actor, CaseDetails.HistoryView::from, CaseDetails.HistoryView::to)
                .containsExactly(
                        tuple("Anna de Vries", null, CaseStatus.REGISTERED),
                        tuple("Anna de Vries", CaseStatus.REGISTERED, CaseStatus.INTAKE),
                        tuple("Anna de Vries", CaseStatus.INTAKE, CaseStatus.IN_MEDIATION),
                        tuple("Anna de Vries", CaseStatus.IN_MEDIATION, CaseStatus.AGREEMENT),
                        tuple("Anna de Vries", CaseStatus.AGREEMENT, CaseStatus.FOLLOW_UP),
                        tuple("Anna de Vries", CaseStatus.FOLLOW_UP, CaseStatus.CLOSED));
        assertThat(closed.history()).extracting(CaseDetails.HistoryView::changedAt).isSorted().doesNotHaveDuplicates();
        assertThat(closed.history().getLast().changedAt()).isEqualTo(fixture.clock().instant());
        assertThat(fixture.count("case_history")).isEqualTo(6);
    }

    @Test
    void aRefusedTransitionNamesWhatIsMissingAndChangesNothing() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        forward(anna, ref, CaseStatus.INTAKE);
        CaseDetails before = details(anna, ref);

        step();
        assertRefused(anna, ref, before.version(), TransitionRequest.forward(CaseStatus.IN_MEDIATION),
                MissingRequirement.TWO_PARTIES, MissingRequirement.ALL_CONSENTS);
        assertUnchanged(ref, before);

        fixture.run(anna, () -> work.addParty(ref, neighbour("Fatma Yilmaz")));
        CaseDetails twoParties = details(anna, ref);
        // Two parties, but neither has consented yet: exactly the consents are missing.
        assertRefused(anna, ref, twoParties.version(), TransitionRequest.forward(CaseStatus.IN_MEDIATION),
                MissingRequirement.ALL_CONSENTS);
        assertUnchanged(ref, twoParties);

        // One of two consents is not enough either.
        fixture.run(anna, () -> {
            CaseDetails.PartyView piet = party(cases.details(ref), "Piet Post");
            work.updateParty(ref, piet.id(), piet.version(), piet.data().withConsent(today()));
        });
        assertRefused(anna, ref, twoParties.version(), TransitionRequest.forward(CaseStatus.IN_MEDIATION),
                MissingRequirement.ALL_CONSENTS);
        assertThat(details(anna, ref).status()).isEqualTo(CaseStatus.INTAKE);
    }

    @Test
    void onlyTheNextStepIsAllowed() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        long version = caseVersion(anna, ref);
        assertRefused(anna, ref, version, TransitionRequest.forward(CaseStatus.IN_MEDIATION),
                MissingRequirement.NOT_A_NEXT_STEP);
        // Reaching CLOSED is judged as closing, whichever way it is asked: it needs an outcome and a reason.
        assertRefused(anna, ref, version, TransitionRequest.forward(CaseStatus.CLOSED),
                MissingRequirement.OUTCOME, MissingRequirement.REASON);
        assertRefused(anna, ref, version, TransitionRequest.forward(CaseStatus.REGISTERED),
                MissingRequirement.NOT_A_NEXT_STEP);
        assertThat(details(anna, ref).history()).hasSize(1);
    }

    @Test
    void theAgreementAndFollowUpStepsNeedTheirFacts() {
        String ref = caseInMediation();
        long version = caseVersion(anna, ref);
        assertRefused(anna, ref, version, TransitionRequest.forward(CaseStatus.AGREEMENT),
                MissingRequirement.AGREEMENT_ITEM, MissingRequirement.AGREEMENT_SIGNED);

        fixture.run(anna, () -> work.addAgreementItem(ref, AgreementItemData.open("Heg snoeien", "Piet Post", null)));
        assertRefused(anna, ref, version, TransitionRequest.forward(CaseStatus.AGREEMENT),
                MissingRequirement.AGREEMENT_SIGNED);

        fixture.run(anna, () -> work.recordAgreement(ref, version, AgreementForm.SETTLEMENT, today()));
        forward(anna, ref, CaseStatus.AGREEMENT);
        assertRefused(anna, ref, caseVersion(anna, ref), TransitionRequest.forward(CaseStatus.FOLLOW_UP),
                MissingRequirement.FOLLOW_UP_DATE);
    }

    @Test
    void aCaseWithoutLeadCannotStartIntake() {
        String ref = register(carla, horizontal("Jongerenoverlast", resident("Henk de Wit")));
        // Only a co-mediator: someone can work on it, but the lead is missing.
        fixture.run(carla, () -> cases.assignMediators(ref, cases.details(ref).version(), null, anna.accountId()));

        assertRefused(anna, ref, caseVersion(anna, ref), TransitionRequest.forward(CaseStatus.INTAKE),
                MissingRequirement.LEAD_MEDIATOR);
    }

    @Test
    void closingBeforeFollowUpNeedsAReason() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        forward(anna, ref, CaseStatus.INTAKE);
        CaseDetails before = details(anna, ref);

        assertRefused(anna, ref, before.version(), TransitionRequest.close(Outcome.NOT_SUITABLE, null, null),
                MissingRequirement.REASON);
        assertRefused(anna, ref, before.version(), TransitionRequest.close(Outcome.NOT_SUITABLE, null, "   "),
                MissingRequirement.REASON);
        assertRefused(anna, ref, before.version(), TransitionRequest.close(null, null, null),
                MissingRequirement.OUTCOME, MissingRequirement.REASON);
        assertUnchanged(ref, before);

        close(anna, ref, TransitionRequest.close(Outcome.NOT_SUITABLE, null, "Strafbaar feit, geen bemiddeling"));
        CaseDetails closed = details(anna, ref);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.overview().closing().reason()).isEqualTo("Strafbaar feit, geen bemiddeling");
        assertThat(closed.history().getLast()).satisfies(entry -> {
            assertThat(entry.from()).isEqualTo(CaseStatus.INTAKE);
            assertThat(entry.to()).isEqualTo(CaseStatus.CLOSED);
            assertThat(entry.reason()).isEqualTo("Strafbaar feit, geen bemiddeling");
        });
    }

    @Test
    void aCaseCanBeClosedStraightFromRegistration() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        close(anna, ref, TransitionRequest.close(Outcome.WITHDRAWN, null, "Verzoeker trekt zich terug"));
        assertThat(details(anna, ref).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(details(anna, ref).history()).extracting(CaseDetails.HistoryView::from)
                .containsExactly(null, CaseStatus.REGISTERED);
    }

    @Test
    void aReferralSaysWhereTo() {
        String ref = register(anna, horizontal("Discriminatie in de straat", resident("Piet Post")));
        long version = caseVersion(anna, ref);
        assertRefused(anna, ref, version, TransitionRequest.close(Outcome.REFERRED, null, "Melding discriminatie"),
                MissingRequirement.REFERRAL_TARGET);
        assertThat(details(anna, ref).status()).isEqualTo(CaseStatus.REGISTERED);

        close(anna, ref, TransitionRequest.close(Outcome.REFERRED, ReferralTarget.ANTI_DISCRIMINATION_OFFICE,
                "Melding discriminatie"));
        CaseDetails closed = details(anna, ref);
        assertThat(closed.overview().closing().outcome()).isEqualTo(Outcome.REFERRED);
        assertThat(closed.overview().closing().referral()).isEqualTo(ReferralTarget.ANTI_DISCRIMINATION_OFFICE);
    }

    @Test
    void aReferralTargetIsOnlyKeptForAReferral() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        close(anna, ref, TransitionRequest.close(Outcome.WITHDRAWN, ReferralTarget.POLICE, "Teruggetrokken"));
        assertThat(details(anna, ref).overview().closing().referral()).isNull();
    }

    @Test
    void aCloseReasonOverTheLimitIsRefused() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        long version = caseVersion(anna, ref);
        assertThatThrownBy(() -> fixture.run(anna, () -> cases.transition(ref, version,
                TransitionRequest.close(Outcome.WITHDRAWN, null, "r".repeat(CaseLimits.CLOSE_REASON_MAX + 1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessageKeys())
                        .containsEntry("reason", "field.tooLong"));
        assertThat(details(anna, ref).status()).isEqualTo(CaseStatus.REGISTERED);
    }

    @Test
    void aClosedCaseCannotBeMovedOrClosedAgain() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        close(anna, ref, TransitionRequest.close(Outcome.WITHDRAWN, null, "Teruggetrokken"));
        long version = caseVersion(anna, ref);
        assertRefused(anna, ref, version, TransitionRequest.forward(CaseStatus.INTAKE), MissingRequirement.ALREADY_CLOSED);
        assertRefused(anna, ref, version, TransitionRequest.close(Outcome.NO_AGREEMENT, null, "Nog eens"),
                MissingRequirement.ALREADY_CLOSED);
        assertThat(details(anna, ref).overview().closing().outcome()).isEqualTo(Outcome.WITHDRAWN);
    }

    @Test
    void onlyASupervisorReopensAClosedCaseWithAReason() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        forward(anna, ref, CaseStatus.INTAKE);
        step();
        close(anna, ref, TransitionRequest.close(Outcome.REFERRED, ReferralTarget.SOCIAL_DISTRICT_TEAM,
                "Zorgvraag, doorverwezen"));
        CaseDetails closed = details(anna, ref);

        assertRefused(anna, ref, closed.version(), TransitionRequest.reopen("Toch bemiddelen"),
                MissingRequirement.SUPERVISOR_ONLY);
        assertRefused(carla, ref, closed.version(), TransitionRequest.reopen(" "), MissingRequirement.REASON);
        assertUnchanged(ref, closed);

        step();
        fixture.run(carla, () -> cases.transition(ref, closed.version(), TransitionRequest.reopen("Toch bemiddelen")));

        CaseDetails reopened = details(anna, ref);
        assertThat(reopened.status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(reopened.overview().closing().outcome()).isNull();
        assertThat(reopened.overview().closing().referral()).isNull();
        assertThat(reopened.overview().closing().reason()).isNull();
        assertThat(reopened.overview().dates().closedOn()).isNull();
        assertThat(reopened.version()).isGreaterThan(closed.version());
        assertThat(reopened.history())
                .extracting(CaseDetails.HistoryView::actor, CaseDetails.HistoryView::from, CaseDetails.HistoryView::to,
                        CaseDetails.HistoryView::reason)
                .containsExactly(
                        tuple("Anna de Vries", null, CaseStatus.REGISTERED, null),
                        tuple("Anna de Vries", CaseStatus.REGISTERED, CaseStatus.INTAKE, null),
                        tuple("Anna de Vries", CaseStatus.INTAKE, CaseStatus.CLOSED, "Zorgvraag, doorverwezen"),
                        tuple("Carla Jansen", CaseStatus.CLOSED, CaseStatus.INTAKE, "Toch bemiddelen"));
        // The mediator carries on from where the case was closed.
        assertThat(reopened.actions().nextSteps()).containsExactly(CaseStatus.IN_MEDIATION);
    }

    @Test
    void aReopenedCaseReturnsToTheStatusItWasClosedFrom() {
        String ref = caseInMediation();
        close(anna, ref, TransitionRequest.close(Outcome.NO_AGREEMENT, null, "Partijen komen er niet uit"));
        fixture.run(carla, () -> cases.transition(ref, cases.details(ref).version(),
                TransitionRequest.reopen("Nieuwe poging")));
        assertThat(details(anna, ref).status()).isEqualTo(CaseStatus.IN_MEDIATION);
    }

    @Test
    void anOpenCaseCannotBeReopened() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        assertRefused(carla, ref, caseVersion(anna, ref), TransitionRequest.reopen("Waarom niet"),
                MissingRequirement.NOT_CLOSED);
    }

    @Test
    void aTransitionOnAnOutdatedVersionIsRefusedAsStale() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        long loaded = caseVersion(anna, ref);
        forward(anna, ref, CaseStatus.INTAKE);

        assertThatThrownBy(() -> fixture.run(anna, () -> cases.transition(ref, loaded,
                TransitionRequest.close(Outcome.WITHDRAWN, null, "Teruggetrokken"))))
                .isInstanceOf(StaleCaseException.class);
        assertThat(details(anna, ref).status()).isEqualTo(CaseStatus.INTAKE);
    }

    private String caseInMediation() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post"), neighbour("Fatma Yilmaz")));
        forward(anna, ref, CaseStatus.INTAKE);
        consentAll(anna, ref);
        forward(anna, ref, CaseStatus.IN_MEDIATION);
        return ref;
    }

    private void assertRefused(BrugUser user, String ref, long version, TransitionRequest request,
            MissingRequirement... missing) {
        assertThatThrownBy(() -> fixture.run(user, () -> cases.transition(ref, version, request)))
                .isInstanceOfSatisfying(TransitionRefusedException.class,
                        refused -> assertThat(refused.missing()).isEqualTo(List.of(missing)));
    }

    /** Status, history, version and "last changed" are exactly as before. */
    private void assertUnchanged(String ref, CaseDetails before) {
        CaseDetails now = details(anna, ref);
        assertThat(now.status()).isEqualTo(before.status());
        assertThat(now.version()).isEqualTo(before.version());
        assertThat(now.history()).isEqualTo(before.history());
        assertThat(now.overview().closing().outcome()).isEqualTo(before.overview().closing().outcome());
        assertThat(now.overview().lastChange().at()).isEqualTo(before.overview().lastChange().at());
        assertThat(now.overview().lastChange().by()).isEqualTo(before.overview().lastChange().by());
    }

    /** Time moves on between steps, so the history's order is the order of the steps. */
    private void step() {
        fixture.clock().advance(Duration.ofMinutes(5));
    }
}
