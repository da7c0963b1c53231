package nl.brug.document;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a document says about itself: its title (also the PDF's title), the case reference it belongs to (none
 * for a report), its language, and the footer's words already in that language: {@code printedLine} such as
 * "Afgedrukt op 25-11-2026" and {@code pageOfPattern} with {@code {0}} for the page and {@code {1}} for the
 * number of pages.
 */
public record DocumentInfo(String title, @Nullable String reference, Locale language, String printedLine,
        String pageOfPattern) {
}
