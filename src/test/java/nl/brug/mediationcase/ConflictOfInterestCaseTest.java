package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.horizontal;
import static nl.brug.mediationcase.CaseData.neighbour;
import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import nl.brug.conflictofinterest.ConflictMatch;
import nl.brug.conflictofinterest.ConflictOfInterestService;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.supervision.CaseIntakeQueueService;
import nl.brug.security.BrugUser;

/**
 * Conflicts of interest on a case: Brug warns before a mediator joins a case their list matches, a reason lets
 * the supervisor (or the registering mediator) go on and is recorded, and a mediator who declares a conflict
 * leaves the case, a lead's case going back to the intake queue.
 */
@CaseIntegrationTest
class ConflictOfInterestCaseTest extends CaseTestSupport {

    @Autowired
    ConflictOfInterestService conflicts;
    @Autowired
    CaseIntakeQueueService queue;

    private BrugUser anna;
    private BrugUser bert;
    private BrugUser carla;

    @BeforeEach
    void annaKnowsJanDeVriesAndLivesInLombok() {
        anna = fixture.mediator("anna", "Anna de Vries");
        bert = fixture.mediator("bert", "Bert Bos");
        carla = fixture.supervisor("carla", "Carla Jansen");
        fixture.run(anna, () -> {
            conflicts.addKnownPerson("Jan de Vries");
            conflicts.addNeighbourhood("Lombok", "Utrecht");
        });
    }

    private String waitingCase(CaseRegistration registration) {
        return register(carla, registration);
    }

    @Test
    void anAssignmentThatMatchesIsRefusedWithTheMatchesAndNothingIsSaved() {
        String ref = waitingCase(horizontal("Burenruzie", resident("J. de Vries"), neighbour("Piet Post")));
        long version = caseVersion(carla, ref);
        long historyBefore = fixture.count("case_history");
        long changesBefore = caseChanges();

        ConflictOfInterestException warned = catchThrowableOfType(ConflictOfInterestException.class,
                () -> fixture.run(carla, () -> cases.assignMediators(ref, version, anna.accountId(), bert.accountId())));

        assertThat(warned.conflicts()).containsExactly(new ConflictOfInterestException.Conflict(anna.accountId(),
                "Anna de Vries", ConflictMatch.Kind.PERSON, "J. de Vries"));
        CaseDetails after = details(carla, ref);
        assertThat(after.overview().lead()).isNull();
        assertThat(after.overview().co()).isNull();
        assertThat(after.version()).isEqualTo(version);
        assertThat(fixture.count("case_history")).isEqualTo(historyBefore);
        assertThat(caseChanges()).as("no change in the audit trail").isEqualTo(changesBefore);
        assertThat(fixture.as(carla, () -> queue.unassigned(PageRequest.of(0, 10))).getContent())
                .extracting(CaseListItem::reference).contains(ref);
    }

    @Test
    void withAReasonTheAssignmentIsSavedAndTheReasonRecorded() {
        String ref = waitingCase(horizontal("Burenruzie", resident("Jan de Vries")));

        fixture.run(carla, () -> cases.assignMediators(ref, caseVersion(carla, ref), anna.accountId(), null,
                "Kent hem alleen van de sportclub, lang geleden"));

        CaseDetails after = details(carla, ref);
        assertThat(after.overview().lead()).isNotNull();
        assertThat(after.overview().lead().accountId()).isEqualTo(anna.accountId());
        assertThat(after.history()).anySatisfy(entry -> {
            assertThat(entry.event()).isEqualTo(CaseEvent.CONFLICT_OVERRIDDEN);
            assertThat(entry.reason()).isEqualTo("Kent hem alleen van de sportclub, lang geleden");
            assertThat(entry.actor()).isEqualTo("Carla Jansen");
        });
        assertThat(fixture.jdbc().sql("select detail from audit_log where action = 'CASE_CHANGED' order by id desc")
                .query(String.class).list().getFirst())
                .isEqualTo("assignMediators lead=" + anna.accountId() + " co=null despite conflict");
    }

    @Test
    void aCaseInAnotherMunicipalitysLombokAndAnUnknownPartyDoNotWarn() {
        String ref = waitingCase(CaseData.withOverview(CaseOverview.of("Overlast", CaseKind.HORIZONTAL,
                Theme.NEIGHBOUR_NUISANCE, Source.PARTY_ITSELF).withPlace("Leiden", "Lombok"), resident("Piet Post")));

        fixture.run(carla, () -> cases.assignMediators(ref, caseVersion(carla, ref), anna.accountId(), null));

        assertThat(details(carla, ref).history()).noneMatch(entry -> entry.event() == CaseEvent.CONFLICT_OVERRIDDEN);
    }

    @Test
    void registeringAsLeadInAKnownNeighbourhoodWarnsAndAReasonGoesOn() {
        CaseRegistration inLombok = CaseData.withOverview(CaseOverview.of("Overlast", CaseKind.HORIZONTAL,
                Theme.NEIGHBOUR_NUISANCE, Source.PARTY_ITSELF).withPlace("Utrecht", "Lombok"), resident("Piet Post"));
        long before = fixture.count("mediation_case");

        ConflictOfInterestException warned = catchThrowableOfType(ConflictOfInterestException.class,
                () -> register(anna, inLombok));
        assertThat(warned.conflicts()).containsExactly(new ConflictOfInterestException.Conflict(anna.accountId(),
                "Anna de Vries", ConflictMatch.Kind.NEIGHBOURHOOD, "Lombok"));
        assertThatThrownBy(() -> register(carla, new CaseRegistration(inLombok.overview(), inLombok.parties(),
                anna.accountId(), false))).as("a supervisor choosing Anna as lead").isInstanceOf(
                        ConflictOfInterestException.class);
        assertThat(fixture.count("mediation_case")).isEqualTo(before);

        String ref = register(anna, inLombok.withConflictOverride("Andere kant van de wijk, ken niemand"));

        assertThat(details(anna, ref).history()).anySatisfy(entry -> {
            assertThat(entry.event()).isEqualTo(CaseEvent.CONFLICT_OVERRIDDEN);
            assertThat(entry.reason()).isEqualTo("Andere kant van de wijk, ken niemand");
        });
        assertThat(fixture.jdbc().sql("select detail from audit_log where action = 'CASE_CHANGED'")
                .query(String.class).list()).contains("registerDespiteConflict");
    }

    @Test
    void aDeclaredConflictByTheLeadReturnsTheCaseToTheIntakeQueueAndIsInTheHistory() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        fixture.run(carla, () -> cases.assignMediators(ref, caseVersion(carla, ref), anna.accountId(),
                bert.accountId()));
        forward(anna, ref, CaseStatus.INTAKE);
        assertThat(fixture.as(carla, () -> queue.unassigned(PageRequest.of(0, 10))).getContent()).isEmpty();

        fixture.run(anna, () -> cases.declareConflict(ref, caseVersion(anna, ref), "Piet blijkt mijn oud-buurman"));

        assertThat(fixture.as(carla, () -> queue.unassigned(PageRequest.of(0, 10))).getContent())
                .extracting(CaseListItem::reference).containsExactly(ref);
        assertThat(fixture.as(carla, () -> queue.unassignedCount())).isEqualTo(1);
        CaseDetails after = details(carla, ref);
        assertThat(after.status()).as("the work done so far stays").isEqualTo(CaseStatus.INTAKE);
        assertThat(after.overview().lead()).isNull();
        assertThat(after.overview().co()).isNotNull();
        assertThat(after.history().getLast()).satisfies(entry -> {
            assertThat(entry.event()).isEqualTo(CaseEvent.CONFLICT_DECLARED);
            assertThat(entry.reason()).isEqualTo("Piet blijkt mijn oud-buurman");
            assertThat(entry.actor()).isEqualTo("Anna de Vries");
        });
        assertThatThrownBy(() -> details(anna, ref)).as("no longer Anna's case")
                .isInstanceOf(CaseNotFoundException.class);

        // A new lead takes the case out of the queue again.
        fixture.run(carla, () -> cases.assignMediators(ref, caseVersion(carla, ref), bert.accountId(), null));
        assertThat(fixture.as(carla, () -> queue.unassignedCount())).isZero();
    }

    @Test
    void aCoMediatorWhoDeclaresAConflictJustLeaves() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        fixture.run(carla, () -> cases.assignMediators(ref, caseVersion(carla, ref), anna.accountId(),
                bert.accountId()));

        fixture.run(bert, () -> cases.declareConflict(ref, caseVersion(bert, ref), null));

        CaseDetails after = details(anna, ref);
        assertThat(after.overview().lead().accountId()).isEqualTo(anna.accountId());
        assertThat(after.overview().co()).isNull();
        assertThat(fixture.as(carla, () -> queue.unassignedCount())).isZero();
        assertThat(after.history().getLast().event()).isEqualTo(CaseEvent.CONFLICT_DECLARED);
    }

    @Test
    void aClosedCaseHasNoWorkLeftToHandOn() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));
        close(anna, ref, TransitionRequest.close(Outcome.WITHDRAWN, null, "Ingetrokken"));

        assertThatThrownBy(() -> fixture.run(anna, () -> cases.declareConflict(ref, caseVersion(anna, ref), null)))
                .isInstanceOf(CaseClosedException.class);
        assertThat(details(anna, ref).overview().lead()).isNotNull();
    }

    @Test
    void onlyTheCasesOwnMediatorsDeclareAConflict() {
        String ref = register(anna, horizontal("Burenruzie", resident("Piet Post")));

        assertThatThrownBy(() -> fixture.run(bert, () -> cases.declareConflict(ref, 0, null)))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(details(anna, ref).overview().lead()).isNotNull();
    }

    private long caseChanges() {
        return fixture.jdbc().sql("select count(*) from audit_log where action = 'CASE_CHANGED'").query(Long.class)
                .single();
    }
}
