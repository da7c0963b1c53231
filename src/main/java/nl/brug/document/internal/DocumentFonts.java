package nl.brug.document.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces every document uses, DejaVu Sans regular and bold (Bitstream Vera licence, free; the licence
 * sits beside the files), embedded as subsets: a PDF then looks the same on every machine, its text can be
 * selected and searched, and only the letters used add to its size. The files are read once per JVM; each
 * document loads its own font objects, because PDFBox's fonts belong to one document.
 */
public final class DocumentFonts {

    private static final int SOFT_HYPHEN = 0xAD;
    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    private final PDFont regular;
    private final PDFont bold;
    /** Per code point: whether the font can draw it. A letter it cannot would make PDFBox throw. */
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    public DocumentFonts(PDDocument document) {
        try {
            this.regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
            this.bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the document fonts", e);
        }
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /**
     * The text as the fonts can draw it: tabs become spaces, other control characters and soft hyphens go, and a letter the
     * font lacks (a Chinese name, say) becomes "?" rather than failing the whole document.
     */
    public String drawable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp) || cp == SOFT_HYPHEN) {
                // A soft hyphen tells a browser where it may break a long word; on paper it would print as a box.
                return;
            } else if (drawable.computeIfAbsent(cp, this::canDraw)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Width of the text in points at the given size (text already made drawable). */
    public static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean canDraw(int codePoint) {
        String letter = new String(Character.toChars(codePoint));
        try {
            regular.encode(letter);
            bold.encode(letter);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = Objects.requireNonNull(DocumentFonts.class.getResourceAsStream("/document/fonts/" + file),
                "font missing: " + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
