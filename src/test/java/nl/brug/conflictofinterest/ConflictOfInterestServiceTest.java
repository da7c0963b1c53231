package nl.brug.conflictofinterest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.brug.base.FieldError;
import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.CaseTestFixture;
import nl.brug.security.BrugUser;
import nl.brug.testsupport.BrugSpringTest;

/** A mediator's own list: only they read and change it; the check says only what of a case matched. */
@BrugSpringTest
class ConflictOfInterestServiceTest {

    @Autowired
    ConflictOfInterestService conflicts;
    @Autowired
    CaseTestFixture fixture;

    BrugUser anna;
    BrugUser bert;
    BrugUser carla;

    @BeforeEach
    void twoMediatorsAndASupervisor() {
        fixture.reset();
        anna = fixture.mediator("anna", "Anna de Vries");
        bert = fixture.mediator("bert", "Bert Bos");
        carla = fixture.supervisor("carla", "Carla Jansen");
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void aMediatorAddsAndRemovesTheirOwnEntries() {
        fixture.signIn(anna);
        conflicts.addNeighbourhood(" Lombok ", "Utrecht");
        conflicts.addNeighbourhood("Zuilen", "");
        conflicts.addKnownPerson("Jan de Vries");

        MyConflictsOfInterest mine = conflicts.mine();
        assertThat(mine.neighbourhoods()).extracting(KnownNeighbourhood::neighbourhood, KnownNeighbourhood::municipality)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lombok", "Utrecht"),
                        org.assertj.core.groups.Tuple.tuple("Zuilen", null));
        assertThat(mine.people()).extracting(KnownPerson::name).containsExactly("Jan de Vries");

        conflicts.removeNeighbourhood(mine.neighbourhoods().getFirst().id());
        conflicts.removeKnownPerson(mine.people().getFirst().id());
        assertThat(conflicts.mine().neighbourhoods()).extracting(KnownNeighbourhood::neighbourhood)
                .containsExactly("Zuilen");
        assertThat(conflicts.mine().people()).isEmpty();
    }

    @Test
    void emptyTooLongAndRepeatedEntriesAreRefusedAtTheirFields() {
        fixture.signIn(anna);
        assertThat(fieldErrors(() -> conflicts.addNeighbourhood("  ", "x".repeat(101))))
                .containsExactly(FieldError.of("neighbourhood", "field.required"),
                        FieldError.of("municipality", "field.tooLong", 100));
        assertThat(fieldErrors(() -> conflicts.addKnownPerson(" . ")))
                .containsExactly(FieldError.of("knownName", "field.required"));
        assertThat(fieldErrors(() -> conflicts.addKnownPerson("x".repeat(201))))
                .containsExactly(FieldError.of("knownName", "field.tooLong", 200));

        conflicts.addKnownPerson("Jan de Vries");
        conflicts.addNeighbourhood("Lombok", "Utrecht");
        assertThat(fieldErrors(() -> conflicts.addKnownPerson("jan  DE vries")))
                .containsExactly(FieldError.of("knownName", "conflicts.duplicate"));
        assertThat(fieldErrors(() -> conflicts.addNeighbourhood("LOMBOK", "utrecht")))
                .containsExactly(FieldError.of("neighbourhood", "conflicts.duplicate"));
        conflicts.addNeighbourhood("Lombok", "Leiden");
        assertThat(fixture.count("conflict_known_person")).isEqualTo(1);
        assertThat(fixture.count("conflict_neighbourhood")).isEqualTo(2);
    }

    @Test
    void aMediatorCannotReadOrRemoveAnotherMediatorsListAndASupervisorReadsNone() {
        long annasName = fixture.as(anna, () -> {
            conflicts.addKnownPerson("Jan de Vries");
            conflicts.addNeighbourhood("Lombok", null);
            return conflicts.mine().people().getFirst().id();
        });
        long annasPlace = fixture.as(anna, () -> conflicts.mine().neighbourhoods().getFirst().id());

        fixture.signIn(bert);
        assertThat(conflicts.mine().people()).isEmpty();
        assertThat(conflicts.mine().neighbourhoods()).isEmpty();
        assertThatThrownBy(() -> conflicts.removeKnownPerson(annasName)).isInstanceOf(ConflictEntryNotFoundException.class);
        assertThatThrownBy(() -> conflicts.removeNeighbourhood(annasPlace))
                .isInstanceOf(ConflictEntryNotFoundException.class);

        fixture.signIn(carla);
        assertThatThrownBy(() -> conflicts.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conflicts.removeKnownPerson(annasName)).isInstanceOf(AccessDeniedException.class);

        assertThat(fixture.count("conflict_known_person")).isEqualTo(1);
        assertThat(fixture.count("conflict_neighbourhood")).isEqualTo(1);
    }

    @Test
    void theCheckSaysWhichMediatorAndWhatOfTheCaseMatchedNotTheList() {
        fixture.run(anna, () -> {
            conflicts.addKnownPerson("Jan de Vries");
            conflicts.addNeighbourhood("Lombok", "Utrecht");
        });
        fixture.run(bert, () -> conflicts.addKnownPerson("Fatma Yilmaz"));

        List<ConflictMatch> matches = fixture.as(carla, () -> conflicts.matchesFor(
                List.of(anna.accountId(), bert.accountId()),
                new CaseCircumstances(List.of("J. de Vries", "Piet Post"), "utrecht", "lombok")));

        assertThat(matches).containsExactly(
                new ConflictMatch(anna.accountId(), ConflictMatch.Kind.PERSON, "J. de Vries"),
                new ConflictMatch(anna.accountId(), ConflictMatch.Kind.NEIGHBOURHOOD, "lombok"));
        assertThat(fixture.as(carla, () -> conflicts.matchesFor(List.of(bert.accountId()),
                new CaseCircumstances(List.of("Jan de Vries"), null, "Lombok")))).isEmpty();
    }

    @Test
    void aMediatorChecksOnlyThemselvesSoNobodyProbesAColleaguesList() {
        fixture.run(anna, () -> conflicts.addKnownPerson("Jan de Vries"));
        CaseCircumstances janAtTheTable = new CaseCircumstances(List.of("Jan de Vries"), null, null);

        fixture.signIn(bert);
        assertThatThrownBy(() -> conflicts.matchesFor(List.of(anna.accountId()), janAtTheTable))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> conflicts.matchesFor(List.of(bert.accountId(), anna.accountId()), janAtTheTable))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(conflicts.matchesFor(List.of(bert.accountId()), janAtTheTable)).isEmpty();
        assertThat(fixture.as(anna, () -> conflicts.matchesFor(List.of(anna.accountId()), janAtTheTable)))
                .hasSize(1);
    }

    private static List<FieldError> fieldErrors(Runnable call) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, call::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.errors();
    }
}
