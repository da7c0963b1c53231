package nl.brug.mediationcase.subjectaccess;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Whether a text names the person: their whole name as recorded, or its first or last word (mediators write
 * "Piet" or "mevrouw Post"), as a whole word and ignoring case. Words shorter than three letters and Dutch name
 * particles ("van", "der") do not count on their own.
 */
final class NameMentions {

    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "het", "ten", "ter", "de", "la",
            "le", "du", "da", "del", "dos", "das", "op", "in", "'t");

    private final List<Pattern> patterns;

    private NameMentions(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    static NameMentions of(Collection<String> names) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : names) {
            String whole = name.strip();
            if (whole.isEmpty()) {
                continue;
            }
            words.add(whole);
            String[] parts = whole.split("\\s+");
            for (String part : List.of(parts[0], parts[parts.length - 1])) {
                if (part.length() >= 3 && !PARTICLES.contains(part.toLowerCase(Locale.ROOT))) {
                    words.add(part);
                }
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String word : words) {
            patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return new NameMentions(List.copyOf(patterns));
    }

    boolean in(@Nullable String text) {
        return text != null && patterns.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }
}
