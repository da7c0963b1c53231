package nl.brug.conflictofinterest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for when a case comes close to a mediator. Texts are compared after {@link #normalised}: case,
 * accents and punctuation do not count, and neither does extra whitespace ("Élise  d'Hondt" is "elise d hondt").
 *
 * <ul>
 * <li><b>A known person:</b> a party's name matches when every word of the known name is a word of the party's
 * name, in any order. A party's name may have more words ("Jan de Vries-Bakker" matches a known "Jan de Vries")
 * and a word may be an initial: "J. de Vries" matches "Jan de Vries", and the other way round, but
 * "P. de Vries" and "de Vries" do not. Brug warns rather too often than too seldom: a supervisor can go on
 * with a reason, a missed conflict cannot be undone.</li>
 * <li><b>A neighbourhood:</b> the case's neighbourhood matches a recorded one when they are the same text;
 * when both also name a municipality, that must be the same too ("Lombok, Utrecht" is not "Lombok, Leiden";
 * "Lombok" without a municipality matches both).</li>
 * </ul>
 */
public final class ConflictMatching {

    private ConflictMatching() {
    }

    /** Lower case, without accents, punctuation as a space, single spaces, no spaces at the ends. */
    public static String normalised(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Whether the party's name matches the name of a person the mediator knows; see the class comment. */
    public static boolean nameMatches(String knownName, @Nullable String partyName) {
        List<String> known = words(knownName);
        List<String> party = new ArrayList<>(words(partyName));
        if (known.isEmpty() || party.isEmpty()) {
            return false;
        }
        // Each known word uses up one word of the party's name: a whole word first, else an initial.
        for (String word : known) {
            if (!party.remove(word) && !removeInitialFor(word, party)) {
                return false;
            }
        }
        return true;
    }

    private static boolean removeInitialFor(String word, List<String> party) {
        for (int i = 0; i < party.size(); i++) {
            String candidate = party.get(i);
            boolean initial = (candidate.length() == 1 && word.startsWith(candidate))
                    || (word.length() == 1 && candidate.startsWith(word));
            if (initial) {
                party.remove(i);
                return true;
            }
        }
        return false;
    }

    /** Whether the case's place matches a neighbourhood the mediator recorded; see the class comment. */
    public static boolean neighbourhoodMatches(String knownNeighbourhood, @Nullable String knownMunicipality,
            @Nullable String caseNeighbourhood, @Nullable String caseMunicipality) {
        String neighbourhood = normalised(caseNeighbourhood);
        if (neighbourhood.isEmpty() || !neighbourhood.equals(normalised(knownNeighbourhood))) {
            return false;
        }
        String known = normalised(knownMunicipality);
        String actual = normalised(caseMunicipality);
        return known.isEmpty() || actual.isEmpty() || known.equals(actual);
    }

    /** Whether two entries say the same, so a second one adds nothing. */
    public static boolean same(@Nullable String one, @Nullable String other) {
        return normalised(one).equals(normalised(other));
    }

    private static List<String> words(@Nullable String text) {
        String normalised = normalised(text);
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }
}
