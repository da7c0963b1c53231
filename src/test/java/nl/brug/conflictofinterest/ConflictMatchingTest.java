package nl.brug.conflictofinterest;

import static nl.brug.conflictofinterest.ConflictMatching.nameMatches;
import static nl.brug.conflictofinterest.ConflictMatching.neighbourhoodMatches;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The matching rule in plain Java: when a party's name or a case's place comes close to a mediator. */
class ConflictMatchingTest {

    @Test
    void textIsComparedWithoutCaseAccentsPunctuationOrExtraSpaces() {
        assertThat(ConflictMatching.normalised("  Élise   d'Hondt-Çelik ")).isEqualTo("elise d hondt celik");
        assertThat(ConflictMatching.normalised(null)).isEmpty();
        assertThat(ConflictMatching.same("Lombok", " LOMBÓK ")).isTrue();
    }

    @Test
    void aKnownNameMatchesThePartyWhateverTheCaseAccentsAndSpacing() {
        assertThat(nameMatches("Jan de Vries", "Jan de Vries")).isTrue();
        assertThat(nameMatches("Jan de Vries", "  JAN  DE   VRIES ")).isTrue();
        assertThat(nameMatches("Zoë Çelik", "zoe celik")).isTrue();
    }

    @Test
    void everyWordOfTheKnownNameMustBeInThePartysNameInAnyOrder() {
        assertThat(nameMatches("Jan de Vries", "Vries, Jan de")).isTrue();
        assertThat(nameMatches("Jan de Vries", "Jan de Vries-Bakker")).as("a double surname").isTrue();
        assertThat(nameMatches("Jan de Vries", "de Vries")).as("the first name is missing").isFalse();
        assertThat(nameMatches("Jan de Vries", "Jan Vries")).as("a particle is a word too").isFalse();
        assertThat(nameMatches("Jan de Vries", "Janneke de Vries")).as("words, not parts of words").isFalse();
    }

    @Test
    void anInitialStandsForAWordThatBeginsWithIt() {
        assertThat(nameMatches("Jan de Vries", "J. de Vries")).isTrue();
        assertThat(nameMatches("J. de Vries", "Jan de Vries")).as("the other way round").isTrue();
        assertThat(nameMatches("Jan de Vries", "P. de Vries")).isFalse();
    }

    @Test
    void eachWordOfThePartysNameCountsOnce() {
        assertThat(nameMatches("Jan Jansen", "Jansen")).isFalse();
        assertThat(nameMatches("Anna Anna", "Anna Bakker")).isFalse();
    }

    @Test
    void nothingMatchesAnEmptyName() {
        assertThat(nameMatches("Jan de Vries", "")).isFalse();
        assertThat(nameMatches("Jan de Vries", null)).isFalse();
        assertThat(nameMatches(" . ", "Jan de Vries")).isFalse();
    }

    @Test
    void aNeighbourhoodMatchesIgnoringCaseAndAccents() {
        assertThat(neighbourhoodMatches("Lombok", null, "lombok", null)).isTrue();
        assertThat(neighbourhoodMatches("Oud-Zuid", null, "oud zuid", "Amsterdam")).isTrue();
        assertThat(neighbourhoodMatches("Zuilen", null, "Lombok", null)).isFalse();
        assertThat(neighbourhoodMatches("Lombok", null, null, "Utrecht")).as("a case without a neighbourhood")
                .isFalse();
    }

    @Test
    void aMunicipalityCountsOnlyWhenBothNameOne() {
        assertThat(neighbourhoodMatches("Lombok", "Utrecht", "Lombok", "utrecht")).isTrue();
        assertThat(neighbourhoodMatches("Lombok", "Utrecht", "Lombok", "Leiden")).isFalse();
        assertThat(neighbourhoodMatches("Lombok", "Utrecht", "Lombok", null)).isTrue();
        assertThat(neighbourhoodMatches("Lombok", null, "Lombok", "Leiden")).isTrue();
        assertThat(neighbourhoodMatches("Lombok", " ", "Lombok", "Leiden")).isTrue();
    }
}
