package nl.brug.document;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.Element;

import nl.brug.document.internal.DocumentFonts;
import nl.brug.document.internal.SvgDrawing;
import nl.brug.document.internal.TextLines;

/**
 * One PDF being written, top to bottom: the letterhead and title on the first page, then headings,
 * paragraphs, facts, tables, charts and signature blocks, each starting a new page when it does not fit
 * (a table repeats its header there; a heading is never left alone at the foot of a page; a signature block
 * is never split). {@link #finish()} adds the footer to every page (organisation, reference, date of printing,
 * "page 2 of 3") and returns the bytes. A4, margins of 2 cm.
 */
public final class PdfPages implements AutoCloseable {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 56.7f;
    private static final float BOTTOM = 72f;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;
    private static final float BODY = 10.5f;
    private static final float SMALL = 8.5f;
    private static final float LEADING = 1.35f;
    private static final float CELL_PADDING = 4f;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);

    private final PDDocument document = new PDDocument();
    private final DocumentFonts fonts = new DocumentFonts(document);
    private final Letterhead letterhead;
    private final DocumentInfo info;
    private Color textColour = Color.BLACK;
    private PDPageContentStream out;
    private float y;
    private boolean finished;

    PdfPages(Letterhead letterhead, DocumentInfo info) {
        this.letterhead = letterhead;
        this.info = info;
        this.out = newPage();
        drawLetterhead();
        text(info.title(), fonts.bold(), 17, MARGIN, WIDTH);
        y -= 6;
    }

    public PdfPages heading(String heading) {
        y -= 8;
        // A heading with no room for two lines under it goes to the next page with its text.
        room(lineHeight(13) + 2 * lineHeight(BODY));
        text(heading, fonts.bold(), 13, MARGIN, WIDTH);
        y -= 2;
        return this;
    }

    public PdfPages paragraph(String paragraph) {
        text(paragraph, fonts.regular(), BODY, MARGIN, WIDTH);
        y -= 4;
        return this;
    }

    /** A line in smaller, grey type, for remarks under a table or a chart. */
    public PdfPages remark(String remark) {
        colour(GREY);
        text(remark, fonts.regular(), SMALL, MARGIN, WIDTH);
        colour(Color.BLACK);
        y -= 4;
        return this;
    }

    /** Label and value pairs, the labels in bold in a narrow first column. */
    public PdfPages facts(Map<String, String> facts) {
        // As wide as the longest label needs, within a quarter and nearly half of the page.
        float longest = 0;
        for (String label : facts.keySet()) {
            longest = Math.max(longest, DocumentFonts.width(fonts.bold(), fonts.drawable(label), BODY));
        }
        float labelWidth = Math.clamp(longest + 12, WIDTH * 0.25f, WIDTH * 0.45f);
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            List<String> label = lines(fact.getKey(), fonts.bold(), BODY, labelWidth - 8);
            List<String> value = lines(fact.getValue(), fonts.regular(), BODY, WIDTH - labelWidth);
            float height = Math.max(label.size(), value.size()) * lineHeight(BODY);
            room(height);
            float top = y;
            drawLines(label, fonts.bold(), BODY, MARGIN);
            y = top;
            drawLines(value, fonts.regular(), BODY, MARGIN + labelWidth);
            y = top - height - 2;
        }
        y -= 4;
        return this;
    }

    /** A table with a grey header row, repeated on every page the table runs onto; cells wrap. */
    public PdfPages table(List<TableColumn> columns, List<List<String>> rows) {
        float total = (float) columns.stream().mapToDouble(TableColumn::weight).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = WIDTH * columns.get(i).weight() / total;
        }
        List<String> headers = columns.stream().map(TableColumn::header).toList();
        room(rowHeight(headers, widths, fonts.bold()) + lineHeight(BODY) + 2 * CELL_PADDING);
        row(headers, widths, fonts.bold(), true);
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row needs " + columns.size() + " cells, had " + row.size());
            }
            if (y - rowHeight(row, widths, fonts.regular()) < BOTTOM) {
                nextPage();
                row(headers, widths, fonts.bold(), true);
            }
            row(row, widths, fonts.regular(), false);
        }
        y -= 8;
        return this;
    }

    /**
     * A chart given as SVG (the same string the page shows), drawn as vectors across the page's width or
     * narrower when it is small; it starts a new page when it does not fit.
     */
    public PdfPages chart(String svg) {
        Element root = SvgDrawing.parse(svg);
        float[] size = SvgDrawing.size(root);
        float width = Math.min(WIDTH, size[0] * 0.75f);
        float height = size[1] * width / size[0];
        room(height);
        try {
            SvgDrawing.draw(root, out, fonts, MARGIN, y, width);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height + 8;
        return this;
    }

    /** Signature blocks, two side by side; a block is never split over two pages. */
    public PdfPages signatures(List<SignatureBlock> blocks) {
        float gap = 24;
        float width = (WIDTH - gap) / 2;
        for (int i = 0; i < blocks.size(); i += 2) {
            List<SignatureBlock> pair = blocks.subList(i, Math.min(i + 2, blocks.size()));
            float height = pair.stream().map(b -> blockHeight(b, width)).max(Float::compare).orElse(0f);
            room(height);
            float top = y;
            for (int j = 0; j < pair.size(); j++) {
                y = top;
                signatureBlock(pair.get(j), MARGIN + j * (width + gap), width);
            }
            y = top - height - 12;
        }
        return this;
    }

    /** Adds the footer to every page and returns the finished PDF. */
    public byte[] finish() {
        try {
            out.close();
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    PageFooter.draw(footer, fonts, fonts.drawable(letterhead.name() + (info.reference() == null ? ""
                            : " · " + info.reference()) + " · " + info.printedLine()),
                            fonts.drawable(MessageFormat.format(info.pageOfPattern(), i + 1, count)), MARGIN, WIDTH);
                }
            }
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(fonts.drawable(info.title()));
            information.setAuthor(fonts.drawable(letterhead.name()));
            information.setCreator("Brug");
            document.getDocumentCatalog().setLanguage(info.language().toLanguageTag());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            finished = true;
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF", e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            if (!finished) {
                out.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails when the bytes are not an image PDFBox can place (PNG, JPEG, GIF, BMP). */
    static void checkLogo(byte[] logo) {
        try (PDDocument probe = new PDDocument()) {
            PDImageXObject.createFromByteArray(probe, logo, "logo");
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("brug.organisation.logo is not a PNG or JPEG image", e);
        }
    }

    // --- layout -----------------------------------------------------------------------------------------

    private void drawLetterhead() {
        float textLeft = MARGIN;
        float top = y;
        float logoHeight = 0;
        if (letterhead.logo() != null) {
            try {
                PDImageXObject image = PDImageXObject.createFromByteArray(document, letterhead.logo(), "logo");
                logoHeight = 48;
                float logoWidth = Math.min(140, image.getWidth() * logoHeight / image.getHeight());
                logoHeight = logoWidth * image.getHeight() / image.getWidth();
                out.drawImage(image, MARGIN, top - logoHeight, logoWidth, logoHeight);
                textLeft = MARGIN + logoWidth + 14;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        text(letterhead.name(), fonts.bold(), 12, textLeft, WIDTH - (textLeft - MARGIN));
        colour(GREY);
        for (String line : letterhead.addressLines()) {
            text(line, fonts.regular(), 9, textLeft, WIDTH - (textLeft - MARGIN));
        }
        colour(Color.BLACK);
        y = Math.min(y, top - logoHeight) - 10;
        rule(y);
        y -= 22;
    }

    private void signatureBlock(SignatureBlock block, float left, float width) {
        text(block.name(), fonts.bold(), BODY, left, width);
        colour(GREY);
        text(block.role(), fonts.regular(), SMALL, left, width);
        colour(Color.BLACK);
        for (String line : block.lines()) {
            y -= 14;
            text(line, fonts.regular(), SMALL, left, width);
            rule(left + 70, y + 2, left + width);
        }
    }

    private float blockHeight(SignatureBlock block, float width) {
        return lines(block.name(), fonts.bold(), BODY, width).size() * lineHeight(BODY)
                + lines(block.role(), fonts.regular(), SMALL, width).size() * lineHeight(SMALL)
                + block.lines().size() * (14 + lineHeight(SMALL));
    }

    private void row(List<String> cells, float[] widths, PDFont font, boolean header) {
        float height = rowHeight(cells, widths, font);
        float top = y;
        try {
            if (header) {
                out.setNonStrokingColor(HEADER_FILL);
                out.addRect(MARGIN, top - height, WIDTH, height);
                out.fill();
                out.setNonStrokingColor(textColour);
            }
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                y = top - CELL_PADDING;
                drawLines(lines(cells.get(i), font, BODY, widths[i] - 2 * CELL_PADDING), font, BODY, x + CELL_PADDING);
                x += widths[i];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top - height;
        rule(y);
    }

    private float rowHeight(List<String> cells, float[] widths, PDFont font) {
        int most = 1;
        for (int i = 0; i < cells.size(); i++) {
            most = Math.max(most, lines(cells.get(i), font, BODY, widths[i] - 2 * CELL_PADDING).size());
        }
        return most * lineHeight(BODY) + 2 * CELL_PADDING;
    }

    private void text(String text, PDFont font, float size, float left, float width) {
        List<String> lines = lines(text, font, size, width);
        for (String line : lines) {
            room(lineHeight(size));
            drawLines(List.of(line), font, size, left);
        }
    }

    /** Draws lines from the current height down, without breaking the page (the caller made room). */
    private void drawLines(List<String> lines, PDFont font, float size, float left) {
        try {
            for (String line : lines) {
                y -= lineHeight(size);
                if (!line.isEmpty()) {
                    out.beginText();
                    out.setFont(font, size);
                    // The baseline sits a fifth of the line above its bottom, leaving room for descenders.
                    out.newLineAtOffset(left, y + lineHeight(size) * 0.22f);
                    out.showText(line);
                    out.endText();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> lines(String text, PDFont font, float size, float width) {
        return TextLines.wrap(fonts.drawable(text), font, size, width);
    }

    private static float lineHeight(float size) {
        return size * LEADING;
    }

    private void room(float height) {
        if (y - height < BOTTOM) {
            nextPage();
        }
    }

    private void nextPage() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out = newPage();
    }

    private PDPageContentStream newPage() {
        PDPage page = new PDPage(A4);
        document.addPage(page);
        y = A4.getHeight() - MARGIN;
        try {
            PDPageContentStream stream = new PDPageContentStream(document, page);
            stream.setNonStrokingColor(textColour);
            return stream;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The colour of the text that follows, kept over a page break. */
    private void colour(Color colour) {
        textColour = colour;
        try {
            out.setNonStrokingColor(colour);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rule(float at) {
        rule(MARGIN, at, MARGIN + WIDTH);
    }

    private void rule(float from, float at, float to) {
        try {
            out.setStrokingColor(RULE);
            out.setLineWidth(0.5f);
            out.moveTo(from, at);
            out.lineTo(to, at);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
