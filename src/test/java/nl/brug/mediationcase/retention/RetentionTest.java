package nl.brug.mediationcase.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.CaseAnonymisedException;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseIntegrationTest;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.CaseTestSupport;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.agreement.ItemStatus;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyKind;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.mediationcase.session.SessionStatus;
import nl.brug.security.BrugUser;

/**
 * Retention (decision 027): a closed case past its term is anonymised, with nothing of its people left in any
 * text column of any table; younger and postponed cases stay; an anonymised case refuses every change; a failed
 * case is left whole and done by the next run. The test clock stands at {@code MutableClock.DEFAULT} (11-03-2026).
 */
@CaseIntegrationTest
class RetentionTest extends CaseTestSupport {

    @Autowired
    CaseAnonymiser anonymiser;
    @Autowired
    RetentionService retention;

    private BrugUser anna;
    private BrugUser carla;
    private LocalDate now;

    @BeforeEach
    void people() {
        anna = fixture.mediator("anna", "Anna de Vries");
        carla = fixture.supervisor("carla", "Carla Jansen");
        now = today();
    }

    @Test
    void aCaseClosedTwoYearsAndADayAgoIsAnonymisedAndNoTextOfItsPeopleRemainsInAnyTable() {
        String old = closedCase(now.minusYears(2).minusDays(1), "Zeldzaamheid");

        AnonymisationRun run = anonymiser.anonymiseDue();

        assertThat(run.anonymised()).containsExactly(old);
        assertThat(run.failed()).isEmpty();
        assertThat(textColumnsContaining("zeldzaamheid")).as("every text column of every table").isEmpty();
        assertThat(fixture.jdbc().sql("select count(*) from journal_note").query(Long.class).single()).isZero();
        // The free-text words (decision 035) keep only the reference's: the case is still found by it.
        assertThat(fixture.jdbc().sql("select w.word from case_search_word w join mediation_case c on c.id = w.case_id"
                + " where c.reference = :reference").param("reference", old).query(String.class).list())
                .isNotEmpty().allMatch(word -> old.contains(word));

        CaseDetails details = details(carla, old);
        assertThat(details.overview().dates().anonymisedOn()).isEqualTo(now);
        assertThat(details.status()).isEqualTo(CaseStatus.CLOSED);
        // What the reports need stays.
        assertThat(details.overview().facts().kind()).isEqualTo(CaseKind.HORIZONTAL);
        assertThat(details.overview().facts().theme()).isEqualTo(Theme.NOISE);
        assertThat(details.overview().facts().municipality()).isEqualTo("Utrecht");
        assertThat(details.overview().facts().neighbourhood()).isEqualTo("Lombok");
        assertThat(details.overview().closing().outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(details.overview().dates().closedOn()).isEqualTo(now.minusYears(2).minusDays(1));
        assertThat(details.overview().lead()).isNotNull();
        assertThat(details.parties()).hasSize(2);
        assertThat(details.sessions()).hasSize(1);
        assertThat(details.history()).extracting(CaseDetails.HistoryView::to)
                .contains(CaseStatus.REGISTERED, CaseStatus.CLOSED);
        assertThat(details.history()).allMatch(entry -> entry.reason() == null);
        assertThat(details.actions().editable() || details.actions().canReopen() || details.actions().canAssign()
                || details.actions().canProtectNotes()).isFalse();
        assertThat(auditActions(old)).contains("CASE_ANONYMISED");
    }

    @Test
    void aCaseClosedAYearAgoIsUntouched() {
        String young = closedCase(now.minusYears(1), "Jongheid");

        assertThat(anonymiser.anonymiseDue().anonymised()).isEmpty();

        assertThat(textColumnsContaining("jongheid")).isNotEmpty();
        assertThat(details(carla, young).overview().dates().anonymisedOn()).isNull();
    }

    @Test
    void aPostponedCaseStaysUntilThePostponementEndsAndTheReasonIsInItsHistory() {
        String postponed = closedCase(now.minusYears(2).minusDays(10), "Rechtszaak");
        fixture.run(carla, () -> retention.postpone(postponed, caseVersion(carla, postponed), now.plusDays(60),
                "Lopende rechtszaak bij de kantonrechter"));

        assertThat(anonymiser.anonymiseDue().anonymised()).isEmpty();
        assertThat(details(carla, postponed).history()).anyMatch(entry -> entry.event() != null
                && "Lopende rechtszaak bij de kantonrechter".equals(entry.reason()));
        fixture.signIn(carla);
        assertThat(retention.dueSoon()).extracting(RetentionDue::reference).doesNotContain(postponed);

        fixture.clock().setDate(now.plusDays(61));
        assertThat(anonymiser.anonymiseDue().anonymised()).containsExactly(postponed);
        assertThat(textColumnsContaining("kantonrechter")).as("the postponement's reason goes too").isEmpty();
    }

    @Test
    void anAnonymisedCaseRefusesReopeningAndEveryOtherChange() {
        String old = closedCase(now.minusYears(3), "Oudheid");
        anonymiser.anonymiseDue();

        assertThatThrownBy(() -> fixture.run(carla, () -> cases.transition(old, caseVersion(carla, old),
                TransitionRequest.reopen("Toch weer contact")))).isInstanceOf(CaseAnonymisedException.class);
        assertThatThrownBy(() -> fixture.run(carla, () -> cases.assignMediators(old, caseVersion(carla, old),
                anna.accountId(), null))).isInstanceOf(CaseAnonymisedException.class);
        assertThatThrownBy(() -> fixture.run(carla, () -> retention.postpone(old, caseVersion(carla, old),
                now.plusDays(10), "Te laat"))).isInstanceOf(CaseAnonymisedException.class);
        assertThat(details(carla, old).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void aFailureLeavesThatCaseWholeTheOthersAreDoneAndTheNextRunFinishesIt() {
        String failing = closedCase(now.minusYears(2).minusDays(3), "Weerbarstig");
        String other = closedCase(now.minusYears(2).minusDays(2), "Meegaand");
        // The database refuses to blank this one party's name, as a real failure would come from the database.
        long failingId = fixture.jdbc().sql("select id from mediation_case where reference = :reference")
                .param("reference", failing).query(Long.class).single();
        fixture.jdbc().sql("alter table case_party add constraint ck_test_refuse check (name <> '"
                + CaseAnonymiser.BLANK + "' or case_id <> " + failingId + ")").update();
        try {
            AnonymisationRun run = anonymiser.anonymiseDue();

            assertThat(run.failed()).containsExactly(failing);
            assertThat(run.anonymised()).containsExactly(other);
            assertThat(textColumnsContaining("weerbarstig")).as("the failed case is left whole").isNotEmpty();
            assertThat(details(carla, failing).overview().dates().anonymisedOn()).isNull();
            assertThat(auditActions(failing)).contains("CASE_ANONYMISATION_FAILED");
            assertThat(fingerprintsOf(failingId)).as("its fingerprints roll back with it").isZero();
        } finally {
            fixture.jdbc().sql("alter table case_party drop constraint ck_test_refuse").update();
        }

        assertThat(anonymiser.anonymiseDue().anonymised()).containsExactly(failing);
        assertThat(textColumnsContaining("weerbarstig")).isEmpty();
        assertThat(fingerprintsOf(failingId)).as("two parties' names, one e-mail address and phone number").isEqualTo(4);
    }

    private long fingerprintsOf(long caseId) {
        return fixture.jdbc().sql("select count(*) from anonymised_party_fingerprint where case_id = :id")
                .param("id", caseId).query(Long.class).single();
    }

    @Test
    void supervisorsSeeWhatIsDueWithinThirtyDaysAndOnlyThey() {
        String soon = closedCase(now.minusYears(2).plusDays(20), "Binnenkort");
        closedCase(now.minusYears(1), "Later");
        fixture.signIn(carla);

        List<RetentionDue> due = retention.dueSoon();

        assertThat(due).extracting(RetentionDue::reference).containsExactly(soon);
        assertThat(due.getFirst().dueOn()).isEqualTo(now.plusDays(21));
        fixture.signIn(anna);
        assertThatThrownBy(retention::dueSoon).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.postpone(soon, 0, now.plusDays(5), "Reden"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void postponingNeedsADayAfterTodayAndAReason() {
        String soon = closedCase(now.minusYears(2).plusDays(5), "Reden nodig");
        long version = caseVersion(carla, soon);

        assertThatThrownBy(() -> fixture.run(carla, () -> retention.postpone(soon, version, now, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldMessageKeys())
                        .isEqualTo(Map.of("until", "retention.postpone.untilInFuture", "reason", "field.required")));
        assertThat(details(carla, soon).overview().dates().anonymisedOn()).isNull();
    }

    /**
     * A case with a party, contact details, a note, a held session, an agreement item and a closing reason,
     * each holding {@code marker}; closed by its mediator on {@code closedOn}. The clock returns to today.
     */
    private String closedCase(LocalDate closedOn, String marker) {
        fixture.clock().setDate(closedOn.minusDays(20));
        PartyData requester = new PartyData(PartyKind.PERSON, "Fatma " + marker, false, PartyRole.REQUESTING_PARTY,
                null, null, null, marker.toLowerCase().replace(" ", "") + "@example.org", "0612345678", "Kanaalstraat 1 " + marker,
                "Turks", true, null);
        CaseOverview overview = new CaseOverview("Geluid bij " + marker, CaseKind.HORIZONTAL, Theme.NOISE,
                "Beschrijving " + marker, Source.PARTY_ITSELF, "Utrecht", "Lombok", nl.brug.mediationcase.Urgency.NORMAL,
                null, null, null);
        String reference = register(anna, new CaseRegistration(overview, List.of(requester,
                PartyData.person("Kees " + marker, PartyRole.OTHER_PARTY))));
        fixture.run(carla, () -> cases.assignMediators(reference, caseVersion(carla, reference), anna.accountId(), null));
        fixture.clock().setDate(closedOn.minusDays(5));
        fixture.run(anna, () -> {
            work.addNote(reference, "Gesprek met " + marker + " over de buren", false);
            work.addNote(reference, "Vertrouwelijk over " + marker, true);
            LocalDateTime start = closedOn.minusDays(10).atTime(10, 0);
            work.planSession(reference, new SessionData(SessionKind.INTAKE, start, start.plusHours(1),
                    "Buurthuis " + marker, false, "Fatma " + marker, SessionStatus.HELD, "Verslag " + marker));
            work.addAgreementItem(reference, new AgreementItemData("Muziek zachter, zegt " + marker, "Kees " + marker,
                    null, ItemStatus.OPEN));
        });
        fixture.clock().setDate(closedOn);
        close(anna, reference, TransitionRequest.close(Outcome.WITHDRAWN, null, "Teruggetrokken door " + marker));
        fixture.clock().setDate(now);
        return reference;
    }

    private List<String> textColumnsContaining(String text) {
        return TextColumns.containing(fixture.jdbc(), text);
    }

    private List<String> auditActions(String reference) {
        return fixture.jdbc().sql("select action from audit_log where case_reference = :reference")
                .param("reference", reference).query(String.class).list();
    }
}
