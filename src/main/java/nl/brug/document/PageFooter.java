package nl.brug.document;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import nl.brug.document.internal.DocumentFonts;

/** The line at the foot of every page: who and what on the left ("organisation · reference · printed on"), the page on the right. */
final class PageFooter {

    private static final float BASE = 40;
    private static final float SIZE = 8.5f;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);

    private PageFooter() {
    }

    /** Both texts already drawable ({@link DocumentFonts#drawable}). */
    static void draw(PDPageContentStream footer, DocumentFonts fonts, String left, String right, float margin,
            float width) throws IOException {
        footer.setStrokingColor(RULE);
        footer.setLineWidth(0.5f);
        footer.moveTo(margin, BASE + 12);
        footer.lineTo(margin + width, BASE + 12);
        footer.stroke();
        footer.setNonStrokingColor(GREY);
        text(footer, fonts, left, margin);
        text(footer, fonts, right, margin + width - DocumentFonts.width(fonts.regular(), right, SIZE));
    }

    private static void text(PDPageContentStream footer, DocumentFonts fonts, String text, float x) throws IOException {
        footer.beginText();
        footer.setFont(fonts.regular(), SIZE);
        footer.newLineAtOffset(x, BASE);
        footer.showText(text);
        footer.endText();
    }
}
