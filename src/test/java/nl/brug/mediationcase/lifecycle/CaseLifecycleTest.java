package nl.brug.mediationcase.lifecycle;

import static nl.brug.mediationcase.lifecycle.MissingRequirement.AGREEMENT_ITEM;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.AGREEMENT_SIGNED;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.ALL_CONSENTS;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.ALREADY_CLOSED;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.FOLLOW_UP_DATE;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.LEAD_MEDIATOR;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.NOT_A_NEXT_STEP;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.NOT_CLOSED;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.OUTCOME;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.PARTY;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.PUBLIC_BODY_PARTY;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.REASON;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.REFERRAL_TARGET;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.SUPERVISOR_ONLY;
import static nl.brug.mediationcase.lifecycle.MissingRequirement.TWO_PARTIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.ReferralTarget;

class CaseLifecycleTest {

    private static final String REASON_TEXT = "Party withdrew after intake";

    /**
     * Every pair of statuses, with every requirement met, so only reachability decides. "none"
     * means allowed. A forward request to CLOSED carries no outcome, so it is refused as a close
     * request would be.
     */
    @ParameterizedTest(name = "forward {0} -> {1}: {2}")
    @CsvSource({
        "REGISTERED,   REGISTERED,   NOT_A_NEXT_STEP",
        "REGISTERED,   INTAKE,       none",
        "REGISTERED,   IN_MEDIATION, NOT_A_NEXT_STEP",
        "REGISTERED,   AGREEMENT,    NOT_A_NEXT_STEP",
        "REGISTERED,   FOLLOW_UP,    NOT_A_NEXT_STEP",
        "REGISTERED,   CLOSED,       OUTCOME|REASON",
        "INTAKE,       REGISTERED,   NOT_A_NEXT_STEP",
        "INTAKE,       INTAKE,       NOT_A_NEXT_STEP",
        "INTAKE,       IN_MEDIATION, none",
        "INTAKE,       AGREEMENT,    NOT_A_NEXT_STEP",
        "INTAKE,       FOLLOW_UP,    NOT_A_NEXT_STEP",
        "INTAKE,       CLOSED,       OUTCOME|REASON",
        "IN_MEDIATION, REGISTERED,   NOT_A_NEXT_STEP",
        "IN_MEDIATION, INTAKE,       NOT_A_NEXT_STEP",
        "IN_MEDIATION, IN_MEDIATION, NOT_A_NEXT_STEP",
        "IN_MEDIATION, AGREEMENT,    none",
        "IN_MEDIATION, FOLLOW_UP,    NOT_A_NEXT_STEP",
        "IN_MEDIATION, CLOSED,       OUTCOME|REASON",
        "AGREEMENT,    REGISTERED,   NOT_A_NEXT_STEP",
        "AGREEMENT,    INTAKE,       NOT_A_NEXT_STEP",
        "AGREEMENT,    IN_MEDIATION, NOT_A_NEXT_STEP",
        "AGREEMENT,    AGREEMENT,    NOT_A_NEXT_STEP",
        "AGREEMENT,    FOLLOW_UP,    none",
        "AGREEMENT,    CLOSED,       OUTCOME|REASON",
        "FOLLOW_UP,    REGISTERED,   NOT_A_NEXT_STEP",
        "FOLLOW_UP,    INTAKE,       NOT_A_NEXT_STEP",
        "FOLLOW_UP,    IN_MEDIATION, NOT_A_NEXT_STEP",
        "FOLLOW_UP,    AGREEMENT,    NOT_A_NEXT_STEP",
        "FOLLOW_UP,    FOLLOW_UP,    NOT_A_NEXT_STEP",
        "FOLLOW_UP,    CLOSED,       OUTCOME",
        "CLOSED,       REGISTERED,   ALREADY_CLOSED",
        "CLOSED,       INTAKE,       ALREADY_CLOSED",
        "CLOSED,       IN_MEDIATION, ALREADY_CLOSED",
        "CLOSED,       AGREEMENT,    ALREADY_CLOSED",
        "CLOSED,       FOLLOW_UP,    ALREADY_CLOSED",
        "CLOSED,       CLOSED,       ALREADY_CLOSED",
    })
    void forwardBetweenEveryPairOfStatuses(CaseStatus from, CaseStatus to, String expected) {
        TransitionCheck check = CaseLifecycle.check(Facts.complete(from).build(), TransitionRequest.forward(to));

        assertCheck(check, missing(expected));
    }

    /** Guards the table above: a status added later must not slip through untested. */
    @Test
    void theForwardTableListsEveryPairExactlyOnce() throws Exception {
        var source = CaseLifecycleTest.class
                .getDeclaredMethod("forwardBetweenEveryPairOfStatuses", CaseStatus.class, CaseStatus.class, String.class)
                .getAnnotation(CsvSource.class);
        Set<String> pairs = new HashSet<>();
        for (String row : source.value()) {
            String[] cells = row.split(",");
            pairs.add(cells[0].strip() + "->" + cells[1].strip());
        }
        int statusCount = CaseStatus.values().length;
        assertThat(source.value()).hasSize(statusCount * statusCount);
        assertThat(pairs).hasSize(statusCount * statusCount);
    }

    @Nested
    class ForwardRequirements {

        @ParameterizedTest(name = "to {0}")
        @EnumSource(value = CaseStatus.class, names = {"INTAKE", "AGREEMENT", "FOLLOW_UP"})
        void everyForwardStepNeedsAParty(CaseStatus target) {
            CaseFacts facts = Facts.complete(previous(target)).parties(0).build();

            assertCheck(CaseLifecycle.check(facts, TransitionRequest.forward(target)), List.of(PARTY));
        }

        @ParameterizedTest(name = "to {0}")
        @EnumSource(value = CaseStatus.class, names = {"INTAKE", "IN_MEDIATION", "AGREEMENT", "FOLLOW_UP"})
        void everyForwardStepInAVerticalCaseNeedsAPublicBodyParty(CaseStatus target) {
            CaseFacts facts = Facts.complete(previous(target)).vertical(true).publicBody(false).build();

            assertCheck(CaseLifecycle.check(facts, TransitionRequest.forward(target)), List.of(PUBLIC_BODY_PARTY));
        }

        @ParameterizedTest(name = "to {0}")
        @EnumSource(value = CaseStatus.class, names = {"INTAKE", "IN_MEDIATION", "AGREEMENT", "FOLLOW_UP"})
        void aVerticalCaseWithAPublicBodyPartyMayGoOn(CaseStatus target) {
            CaseFacts facts = Facts.complete(previous(target)).vertical(true).publicBody(true).build();

            assertCheck(CaseLifecycle.check(facts, TransitionRequest.forward(target)), List.of());
        }

        @Test
        void aHorizontalCaseNeedsNoPublicBodyParty() {
            CaseFacts facts = Facts.complete(CaseStatus.REGISTERED).vertical(false).publicBody(false).build();

            assertCheck(CaseLifecycle.check(facts, TransitionRequest.forward(CaseStatus.INTAKE)), List.of());
        }

        @Test
        void intakeNeedsALeadMediator() {
            CaseFacts facts = Facts.complete(CaseStatus.REGISTERED).leadMediator(false).build();

            assertCheck(CaseLifecycle.check(facts, TransitionRequest.forward(CaseStatus.INTAKE)), List.of(LEAD_MEDIATOR));
        }

        @Test
        void intakeNeedsOnlyOneParty() {
            CaseFacts facts = Facts.complete(CaseStatus.REGISTERED).parties(1).consented(false).build();

            assertCheck(CaseLifecycle.check(facts, TransitionRequest.forward(CaseStatus.INTAKE)), List.of());
        }

        @Test
        void mediationStillNeedsALeadMediator() {
            CaseFacts facts = Facts.complete(CaseStatus.INTAKE).leadMediator(false).build();

            assertCheck(toMediation(facts), List.of(LEAD_MEDIATOR));
        }

        @Test
        void mediationNeedsTwoParties() {
            CaseFacts facts = Facts.complete(CaseStatus.INTAKE).parties(1).build();

            assertCheck(toMediation(facts), List.of(TWO_PARTIES));
        }

        @Test
        void mediationWithoutAnyPartyReportsOnlyTheStricterTwoParties() {
            CaseFacts facts = Facts.complete(CaseStatus.INTAKE).parties(0).build();

            assertCheck(toMediation(facts), List.of(TWO_PARTIES));
        }

        @Test
        void mediationNeedsEveryPartysConsent() {
            CaseFacts facts = Facts.complete(CaseStatus.INTAKE).consented(false).build();

            assertCheck(toMediation(facts), List.of(ALL_CONSENTS));
        }

        @Test
        void agreementNeedsAnItem() {
            CaseFacts facts = Facts.complete(CaseStatus.IN_MEDIATION).items(0).build();

            assertCheck(CaseLifecycle.check(facts, TransitionRequest.forward(CaseStatus.AGREEMENT)), List.of(AGREEMENT_ITEM));
        }

        @Test
        void agreementNeedsASignature() {
            CaseFacts facts = Facts.complete(CaseStatus.IN_MEDIATION).signed(false).build();

            assertCheck(
                    CaseLifecycle.check(facts, TransitionRequest.forward(CaseStatus.AGREEMENT)), List.of(AGREEMENT_SIGNED));
        }

        @Test
        void followUpNeedsADate() {
            CaseFacts facts = Facts.complete(CaseStatus.AGREEMENT).followUp(false).build();

            assertCheck(
                    CaseLifecycle.check(facts, TransitionRequest.forward(CaseStatus.FOLLOW_UP)), List.of(FOLLOW_UP_DATE));
        }

        /** A vertical case with nothing filled in: each step reports all it lacks, in enum order. */
        @ParameterizedTest(name = "{0} -> {1}: {2}")
        @CsvSource({
            "REGISTERED,   INTAKE,       LEAD_MEDIATOR|PARTY|PUBLIC_BODY_PARTY",
            "INTAKE,       IN_MEDIATION, LEAD_MEDIATOR|TWO_PARTIES|PUBLIC_BODY_PARTY|ALL_CONSENTS",
            "IN_MEDIATION, AGREEMENT,    PARTY|PUBLIC_BODY_PARTY|AGREEMENT_ITEM|AGREEMENT_SIGNED",
            "AGREEMENT,    FOLLOW_UP,    PARTY|PUBLIC_BODY_PARTY|FOLLOW_UP_DATE",
        })
        void everythingMissingIsReportedAtOnce(CaseStatus from, CaseStatus to, String expected) {
            TransitionCheck check = CaseLifecycle.check(Facts.bareVertical(from).build(), TransitionRequest.forward(to));

            assertCheck(check, missing(expected));
        }

        @Test
        void aStepThatIsNotNextIsReportedAloneEvenWhenMoreIsMissing() {
            CaseFacts facts = Facts.bareVertical(CaseStatus.REGISTERED).build();

            assertCheck(CaseLifecycle.check(facts, TransitionRequest.forward(CaseStatus.AGREEMENT)), List.of(NOT_A_NEXT_STEP));
        }

        private TransitionCheck toMediation(CaseFacts facts) {
            return CaseLifecycle.check(facts, TransitionRequest.forward(CaseStatus.IN_MEDIATION));
        }
    }

    @Nested
    class Closing {

        @ParameterizedTest(name = "from {0}")
        @EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
        void closesFromEveryOpenStatusWithOutcomeAndReason(CaseStatus from) {
            var request = TransitionRequest.close(Outcome.NO_AGREEMENT, null, REASON_TEXT);

            assertCheck(CaseLifecycle.check(Facts.complete(from).build(), request), List.of());
        }

        @Test
        void closesFromFollowUpWithoutAReason() {
            var request = TransitionRequest.close(Outcome.FULL_AGREEMENT, null, null);

            assertCheck(CaseLifecycle.check(Facts.complete(CaseStatus.FOLLOW_UP).build(), request), List.of());
        }

        @ParameterizedTest(name = "from {0}")
        @EnumSource(value = CaseStatus.class, names = {"CLOSED", "FOLLOW_UP"}, mode = EnumSource.Mode.EXCLUDE)
        void closingBeforeFollowUpNeedsAReason(CaseStatus from) {
            var request = TransitionRequest.close(Outcome.WITHDRAWN, null, null);

            assertCheck(CaseLifecycle.check(Facts.complete(from).build(), request), List.of(REASON));
        }

        @ParameterizedTest(name = "reason \"{0}\"")
        @ValueSource(strings = {"", " ", "\t\n"})
        void aBlankReasonIsNoReason(String blank) {
            var request = TransitionRequest.close(Outcome.WITHDRAWN, null, blank);

            assertCheck(CaseLifecycle.check(Facts.complete(CaseStatus.INTAKE).build(), request), List.of(REASON));
        }

        @ParameterizedTest(name = "from {0}")
        @EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
        void closingNeedsAnOutcome(CaseStatus from) {
            var request = TransitionRequest.close(null, null, REASON_TEXT);

            assertCheck(CaseLifecycle.check(Facts.complete(from).build(), request), List.of(OUTCOME));
        }

        @Test
        void referredNeedsATarget() {
            var request = TransitionRequest.close(Outcome.REFERRED, null, REASON_TEXT);

            assertCheck(CaseLifecycle.check(Facts.complete(CaseStatus.INTAKE).build(), request), List.of(REFERRAL_TARGET));
        }

        @ParameterizedTest(name = "to {0}")
        @EnumSource(ReferralTarget.class)
        void referredWithATargetCloses(ReferralTarget target) {
            var request = TransitionRequest.close(Outcome.REFERRED, target, REASON_TEXT);

            assertCheck(CaseLifecycle.check(Facts.complete(CaseStatus.INTAKE).build(), request), List.of());
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Outcome.class, names = "REFERRED", mode = EnumSource.Mode.EXCLUDE)
        void otherOutcomesNeedNoReferralTarget(Outcome outcome) {
            var request = TransitionRequest.close(outcome, null, REASON_TEXT);

            assertCheck(CaseLifecycle.check(Facts.complete(CaseStatus.INTAKE).build(), request), List.of());
        }

        @Test
        void closingNeedsNoParties() {
            CaseFacts facts = Facts.bareVertical(CaseStatus.REGISTERED).build();
            var request = TransitionRequest.close(Outcome.NOT_SUITABLE, null, "Not for mediation");

            assertCheck(CaseLifecycle.check(facts, request), List.of());
        }

        @Test
        void everythingMissingForClosingIsReportedAtOnce() {
            var request = TransitionRequest.close(Outcome.REFERRED, null, " ");

            assertCheck(
                    CaseLifecycle.check(Facts.complete(CaseStatus.IN_MEDIATION).build(), request),
                    List.of(REFERRAL_TARGET, REASON));
        }

        @Test
        void noOutcomeAndNoReasonAreReportedTogether() {
            var request = TransitionRequest.close(null, null, null);

            assertCheck(CaseLifecycle.check(Facts.complete(CaseStatus.AGREEMENT).build(), request), List.of(OUTCOME, REASON));
        }

        @Test
        void aClosedCaseCannotBeClosedAgain() {
            var request = TransitionRequest.close(null, null, null);

            assertCheck(CaseLifecycle.check(Facts.complete(CaseStatus.CLOSED).build(), request), List.of(ALREADY_CLOSED));
        }

        @Test
        void aClosedCaseCannotBeClosedAgainEvenWithACompleteRequest() {
            var request = TransitionRequest.close(Outcome.FULL_AGREEMENT, null, REASON_TEXT);

            assertCheck(CaseLifecycle.check(Facts.complete(CaseStatus.CLOSED).build(), request), List.of(ALREADY_CLOSED));
        }

        @ParameterizedTest(name = "from {0}")
        @EnumSource(CaseStatus.class)
        void aForwardRequestToClosedIsJudgedAsACloseRequest(CaseStatus from) {
            CaseFacts facts = Facts.complete(from).build();
            var asForward = new TransitionRequest(
                    TransitionRequest.Kind.FORWARD, CaseStatus.CLOSED, Outcome.REFERRED, null, REASON_TEXT, false);
            var asClose = TransitionRequest.close(Outcome.REFERRED, null, REASON_TEXT);

            assertThat(CaseLifecycle.check(facts, asForward)).isEqualTo(CaseLifecycle.check(facts, asClose));
        }
    }

    @Nested
    class Reopening {

        @ParameterizedTest(name = "closed from {0}")
        @EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
        void aSupervisorReopensWithAReason(CaseStatus closedFrom) {
            CaseFacts facts = Facts.complete(CaseStatus.CLOSED).closedFrom(closedFrom).build();

            assertCheck(CaseLifecycle.check(facts, reopenBySupervisor(REASON_TEXT)), List.of());
        }

        @Test
        void aMediatorCannotReopen() {
            var request = TransitionRequest.reopen(REASON_TEXT).withActorIsSupervisor(false);

            assertCheck(CaseLifecycle.check(closedCase(), request), List.of(SUPERVISOR_ONLY));
        }

        @Test
        void aRequestThatDoesNotSayWhoActsCannotReopen() {
            assertCheck(CaseLifecycle.check(closedCase(), TransitionRequest.reopen(REASON_TEXT)), List.of(SUPERVISOR_ONLY));
        }

        @ParameterizedTest(name = "reason \"{0}\"")
        @NullSource
        @ValueSource(strings = {"", "   "})
        void reopeningNeedsAReason(@Nullable String reason) {
            assertCheck(CaseLifecycle.check(closedCase(), reopenBySupervisor(reason)), List.of(REASON));
        }

        @Test
        void aMediatorWithoutAReasonHearsBothAtOnce() {
            assertCheck(CaseLifecycle.check(closedCase(), TransitionRequest.reopen(null)), List.of(REASON, SUPERVISOR_ONLY));
        }

        @ParameterizedTest(name = "from {0}")
        @EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
        void anOpenCaseCannotBeReopened(CaseStatus from) {
            assertCheck(
                    CaseLifecycle.check(Facts.complete(from).build(), reopenBySupervisor(REASON_TEXT)), List.of(NOT_CLOSED));
        }

        @Test
        void anOpenCaseIsReportedAsNotClosedAloneEvenWhenMoreIsMissing() {
            CaseFacts facts = Facts.complete(CaseStatus.INTAKE).build();

            assertCheck(CaseLifecycle.check(facts, TransitionRequest.reopen(null)), List.of(NOT_CLOSED));
        }

        @ParameterizedTest(name = "closed from {0}")
        @EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
        void reopensToTheStatusItWasClosedFrom(CaseStatus closedFrom) {
            CaseFacts facts = Facts.complete(CaseStatus.CLOSED).closedFrom(closedFrom).build();

            assertThat(CaseLifecycle.reopenTarget(facts)).isEqualTo(closedFrom);
        }

        @Test
        void reopensToIntakeWhenItIsNotKnownWhereItWasClosedFrom() {
            CaseFacts facts = Facts.complete(CaseStatus.CLOSED).closedFrom(null).build();

            assertThat(CaseLifecycle.reopenTarget(facts)).isEqualTo(CaseStatus.INTAKE);
        }

        private CaseFacts closedCase() {
            return Facts.complete(CaseStatus.CLOSED).closedFrom(CaseStatus.AGREEMENT).build();
        }

        private TransitionRequest reopenBySupervisor(@Nullable String reason) {
            return TransitionRequest.reopen(reason).withActorIsSupervisor(true);
        }
    }

    @Nested
    class Offers {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
            "REGISTERED,   INTAKE",
            "INTAKE,       IN_MEDIATION",
            "IN_MEDIATION, AGREEMENT",
            "AGREEMENT,    FOLLOW_UP",
            "FOLLOW_UP,    ",
            "CLOSED,       ",
        })
        void offersOnlyTheNextForwardStepAndNeverClosed(CaseStatus status, @Nullable CaseStatus next) {
            List<CaseStatus> expected = next == null ? List.of() : List.of(next);

            assertThat(CaseLifecycle.nextForwardSteps(Facts.bareVertical(status).build())).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(CaseStatus.class)
        void offersClosingFromEveryOpenStatus(CaseStatus status) {
            assertThat(CaseLifecycle.canClose(Facts.complete(status).build())).isEqualTo(status != CaseStatus.CLOSED);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(CaseStatus.class)
        void offersReopeningOnlyOfAClosedCaseToASupervisor(CaseStatus status) {
            CaseFacts facts = Facts.complete(status).build();

            assertThat(CaseLifecycle.canReopen(facts, true)).isEqualTo(status == CaseStatus.CLOSED);
            assertThat(CaseLifecycle.canReopen(facts, false)).isFalse();
        }
    }

    @Nested
    class Values {

        @Test
        void onlyClosedIsNotOpen() {
            assertThat(Arrays.stream(CaseStatus.values()).filter(status -> !status.isOpen()))
                    .containsExactly(CaseStatus.CLOSED);
        }

        @Test
        void messageKeysFollowTheTranslationFiles() {
            assertThat(CaseStatus.IN_MEDIATION.messageKey()).isEqualTo("case.status.IN_MEDIATION");
            assertThat(Outcome.NOT_SUITABLE.messageKey()).isEqualTo("case.outcome.NOT_SUITABLE");
            assertThat(ReferralTarget.LEGAL_AID.messageKey()).isEqualTo("case.referral.LEGAL_AID");
            assertThat(MissingRequirement.ALL_CONSENTS.messageKey()).isEqualTo("case.missing.ALL_CONSENTS");
        }

        @Test
        void anAllowedCheckHasNothingMissing() {
            assertThat(TransitionCheck.ok()).isEqualTo(new TransitionCheck(true, List.of()));
        }

        @Test
        void aRefusalMustSayWhy() {
            assertThatThrownBy(() -> TransitionCheck.refused(List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new TransitionCheck(true, List.of(PARTY)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aRefusalCannotBeChangedAfterwards() {
            var missing = new ArrayList<>(List.of(PARTY));
            TransitionCheck check = TransitionCheck.refused(missing);
            missing.add(REASON);

            assertThat(check.missing()).containsExactly(PARTY);
            assertThatThrownBy(() -> check.missing().add(REASON)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void requestsSayWhatKindTheyAre() {
            assertThat(TransitionRequest.forward(CaseStatus.INTAKE).kind()).isEqualTo(TransitionRequest.Kind.FORWARD);
            assertThat(TransitionRequest.close(Outcome.WITHDRAWN, null, null))
                    .extracting(TransitionRequest::kind, TransitionRequest::target)
                    .containsExactly(TransitionRequest.Kind.CLOSE, CaseStatus.CLOSED);
            assertThat(TransitionRequest.reopen(REASON_TEXT))
                    .extracting(TransitionRequest::kind, TransitionRequest::target, TransitionRequest::actorIsSupervisor)
                    .containsExactly(TransitionRequest.Kind.REOPEN, null, false);
        }

        @Test
        void malformedRequestsAreRejected() {
            assertThatThrownBy(() -> new TransitionRequest(TransitionRequest.Kind.FORWARD, null, null, null, null, false))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new TransitionRequest(
                            TransitionRequest.Kind.CLOSE, CaseStatus.INTAKE, Outcome.WITHDRAWN, null, "x", false))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new TransitionRequest(
                            TransitionRequest.Kind.REOPEN, CaseStatus.INTAKE, null, null, "x", true))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void impossibleFactsAreRejected() {
            assertThatThrownBy(() -> Facts.complete(CaseStatus.INTAKE).parties(-1).build())
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Facts.complete(CaseStatus.INTAKE).items(-1).build())
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Facts.complete(CaseStatus.CLOSED).closedFrom(CaseStatus.CLOSED).build())
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void assertCheck(TransitionCheck check, List<MissingRequirement> expectedMissing) {
        assertThat(check.missing()).containsExactlyElementsOf(expectedMissing);
        assertThat(check.allowed()).isEqualTo(expectedMissing.isEmpty());
    }

    private static List<MissingRequirement> missing(String expected) {
        if (expected.equals("none")) {
            return List.of();
        }
        return Stream.of(expected.split("\\|")).map(MissingRequirement::valueOf).toList();
    }

    private static CaseStatus previous(CaseStatus status) {
        return CaseStatus.values()[status.ordinal() - 1];
    }

    /** Test-only builder: start from a case that meets everything (or nothing) and change one fact. */
    private static final class Facts {
        private final CaseStatus status;
        private boolean vertical;
        private boolean leadMediator;
        private int parties;
        private boolean publicBody;
        private boolean consented;
        private int items;
        private boolean signed;
        private boolean followUp;
        private @Nullable CaseStatus closedFrom;

        private Facts(CaseStatus status) {
            this.status = status;
        }

        /** A horizontal case that meets every requirement; a closed one was closed from follow-up. */
        static Facts complete(CaseStatus status) {
            Facts facts = new Facts(status);
            facts.leadMediator = true;
            facts.parties = 2;
            facts.consented = true;
            facts.items = 1;
            facts.signed = true;
            facts.followUp = true;
            facts.closedFrom = status == CaseStatus.CLOSED ? CaseStatus.FOLLOW_UP : null;
            return facts;
        }

        /** A vertical case without anything filled in. */
        static Facts bareVertical(CaseStatus status) {
            Facts facts = new Facts(status);
            facts.vertical = true;
            return facts;
        }

        Facts vertical(boolean value) {
            vertical = value;
            return this;
        }

        Facts leadMediator(boolean value) {
            leadMediator = value;
            return this;
        }

        Facts parties(int value) {
            parties = value;
            return this;
        }

        Facts publicBody(boolean value) {
            publicBody = value;
            return this;
        }

        Facts consented(boolean value) {
            consented = value;
            return this;
        }

        Facts items(int value) {
            items = value;
            return this;
        }

        Facts signed(boolean value) {
            signed = value;
            return this;
        }

        Facts followUp(boolean value) {
            followUp = value;
            return this;
        }

        Facts closedFrom(@Nullable CaseStatus value) {
            closedFrom = value;
            return this;
        }

        CaseFacts build() {
            return new CaseFacts(
                    status, vertical, leadMediator, parties, publicBody, consented, items, signed, followUp, closedFrom);
        }
    }
}
