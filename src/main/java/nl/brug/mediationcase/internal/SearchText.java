package nl.brug.mediationcase.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The case's free-text search column: its reference, title and the parties' names, lower-case, cut to the
 * column's size. The list's search matches a lower-cased term inside it.
 */
final class SearchText {

    static final int MAX_LENGTH = 4000;

    private SearchText() {
    }

    static String of(String reference, String title, List<String> partyNames) {
        String text = Stream.concat(Stream.of(reference, title), partyNames.stream())
                .collect(Collectors.joining(" | "))
                .toLowerCase(Locale.ROOT);
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
