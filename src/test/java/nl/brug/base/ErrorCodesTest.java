package nl.brug.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The error code a user reads out: eight characters, none that look like another. */
class ErrorCodesTest {

    @Test
    void theAlphabetHasNoCharactersThatLookAlike() {
        assertThat(ErrorCodes.ALPHABET).doesNotContain("0", "O", "1", "I", "L", "l", "o", "i");
        assertThat(ErrorCodes.ALPHABET).hasSize(31).matches("[2-9A-Z]+");
        assertThat(ErrorCodes.ALPHABET.chars().distinct().count()).as("no character twice").isEqualTo(31);
    }

    @Test
    void aCodeHasEightCharactersOfTheAlphabetAndCodesDiffer() {
        Set<String> codes = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        IntStream.range(0, 2000).mapToObj(i -> ErrorCodes.next()).forEach(code -> {
            assertThat(code).hasSize(ErrorCodes.LENGTH).matches("[" + ErrorCodes.ALPHABET + "]{8}");
            codes.add(code);
            code.chars().forEach(c -> seen.add((char) c));
        });
        assertThat(ErrorCodes.LENGTH).isEqualTo(8);
        assertThat(codes).as("2000 codes, all different").hasSize(2000);
        assertThat(seen).as("every character of the alphabet is used").hasSize(ErrorCodes.ALPHABET.length());
    }
}
