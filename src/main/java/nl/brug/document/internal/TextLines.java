package nl.brug.document.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Breaks text into lines that fit a width: at spaces, and inside a word only when the word alone is too long. */
public final class TextLines {

    private TextLines() {
    }

    /** The lines of a text (drawable already); each newline starts a new line, an empty text gives one empty line. */
    public static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            wrapParagraph(paragraph.strip(), font, size, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, PDFont font, float size, float width, List<String> lines) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (DocumentFonts.width(font, candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (DocumentFonts.width(font, rest, size) > width && rest.length() > 1) {
                int cut = longestFittingPrefix(rest, font, size, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
    }

    private static int longestFittingPrefix(String word, PDFont font, float size, float width) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (DocumentFonts.width(font, word.substring(0, next), size) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }
}
