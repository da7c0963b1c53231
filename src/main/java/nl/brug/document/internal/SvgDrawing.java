package nl.brug.document.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Draws an SVG chart into a PDF page as vectors: the very SVG string the page shows, so the report on paper
 * and on screen cannot drift apart. It understands the part of SVG that Brug's charts use ({@code svg} with a
 * {@code viewBox}, {@code g}, {@code title}, {@code rect}, {@code line}, {@code text} with {@code text-anchor}
 * and a central baseline, colours as {@code #rrggbb} or {@code currentColor}) and refuses anything else, so a
 * chart that grows a new kind of shape fails its test instead of printing half a chart. A full SVG renderer
 * (Apache Batik with a PDF transcoder) would bring some twenty jars for these few shapes (decision 031).
 */
public final class SvgDrawing {

    private static final Color TEXT = Color.BLACK;

    private final PDPageContentStream out;
    private final DocumentFonts fonts;
    private final float left;
    private final float top;
    private final float scale;

    private SvgDrawing(PDPageContentStream out, DocumentFonts fonts, float left, float top, float scale) {
        this.out = out;
        this.fonts = fonts;
        this.left = left;
        this.top = top;
        this.scale = scale;
    }

    /** The chart's root element, parsed without DTDs or external entities (it is our own text, but still). */
    public static Element parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
            if (!"svg".equals(root.getTagName())) {
                throw new IllegalArgumentException("Not an SVG document: <" + root.getTagName() + ">");
            }
            return root;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("Cannot read the chart's SVG", e);
        }
    }

    /** The chart's width and height in its own units (its {@code viewBox}). */
    public static float[] size(Element svg) {
        String[] box = svg.getAttribute("viewBox").trim().split("[\\s,]+");
        if (box.length != 4) {
            throw new IllegalArgumentException("A chart needs a viewBox");
        }
        return new float[] { Float.parseFloat(box[2]), Float.parseFloat(box[3]) };
    }

    /** Draws the chart with its top-left corner at (left, top) in PDF points, {@code width} points wide. */
    public static void draw(Element svg, PDPageContentStream out, DocumentFonts fonts, float left, float top,
            float width) throws IOException {
        float scale = width / size(svg)[0];
        float fontSize = number(svg, "font-size", 14);
        new SvgDrawing(out, fonts, left, top, scale).children(svg, fontSize);
    }

    private void children(Element parent, float fontSize) throws IOException {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                element(element, fontSize);
            }
        }
    }

    private void element(Element element, float inheritedFontSize) throws IOException {
        float fontSize = number(element, "font-size", inheritedFontSize);
        switch (element.getTagName()) {
            case "g" -> children(element, fontSize);
            case "title", "desc" -> {
                // Tooltips and names for screen readers: not drawn.
            }
            case "rect" -> rect(element);
            case "line" -> line(element);
            case "text" -> text(element, fontSize);
            default -> throw new IllegalArgumentException("SVG element not supported in documents: <"
                    + element.getTagName() + ">");
        }
    }

    private void rect(Element rect) throws IOException {
        // SVG fills a shape black when it names no fill.
        Color fill = rect.hasAttribute("fill") ? colour(rect.getAttribute("fill")) : TEXT;
        float width = number(rect, "width", 0) * scale;
        float height = number(rect, "height", 0) * scale;
        if (fill == null || width <= 0 || height <= 0) {
            return;
        }
        out.setNonStrokingColor(fill);
        out.addRect(x(number(rect, "x", 0)), y(number(rect, "y", 0)) - height, width, height);
        out.fill();
    }

    private void line(Element line) throws IOException {
        Color stroke = colour(line.getAttribute("stroke"));
        if (stroke == null) {
            return;
        }
        out.setStrokingColor(stroke);
        out.setLineWidth(Math.max(0.25f, number(line, "stroke-width", 1) * scale));
        out.moveTo(x(number(line, "x1", 0)), y(number(line, "y1", 0)));
        out.lineTo(x(number(line, "x2", 0)), y(number(line, "y2", 0)));
        out.stroke();
    }

    private void text(Element text, float fontSize) throws IOException {
        String content = fonts.drawable(text.getTextContent().strip());
        if (content.isEmpty()) {
            return;
        }
        PDFont font = "bold".equals(text.getAttribute("font-weight")) ? fonts.bold() : fonts.regular();
        float size = fontSize * scale;
        float width = DocumentFonts.width(font, content, size);
        float x = x(number(text, "x", 0));
        switch (text.getAttribute("text-anchor")) {
            case "end" -> x -= width;
            case "middle" -> x -= width / 2;
            default -> {
                // start
            }
        }
        float baseline = y(number(text, "y", 0));
        if ("central".equals(text.getAttribute("dominant-baseline")) || "middle".equals(text.getAttribute("dominant-baseline"))) {
            // The y is the middle of the letters: the baseline lies about a third of the size below it.
            baseline -= size * 0.35f;
        }
        Color fill = colour(text.getAttribute("fill"));
        out.setNonStrokingColor(fill == null ? TEXT : fill);
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(content);
        out.endText();
    }

    private float x(float svgX) {
        return left + svgX * scale;
    }

    private float y(float svgY) {
        return top - svgY * scale;
    }

    private static float number(Element element, String attribute, float fallback) {
        String value = element.getAttribute(attribute).trim();
        if (value.isEmpty()) {
            return fallback;
        }
        return Float.parseFloat(value.endsWith("px") ? value.substring(0, value.length() - 2) : value);
    }

    /** A colour, or null for "none" or no colour at all. {@code currentColor} is the text colour: black on paper. */
    static @Nullable Color colour(String value) {
        String colour = value.trim().toLowerCase(Locale.ROOT);
        if (colour.isEmpty() || "none".equals(colour)) {
            return null;
        }
        if ("currentcolor".equals(colour)) {
            return TEXT;
        }
        if (colour.matches("#[0-9a-f]{6}")) {
            return new Color(Integer.parseInt(colour.substring(1), 16));
        }
        if (colour.matches("#[0-9a-f]{3}")) {
            int r = Character.digit(colour.charAt(1), 16);
            int g = Character.digit(colour.charAt(2), 16);
            int b = Character.digit(colour.charAt(3), 16);
            return new Color(r * 17, g * 17, b * 17);
        }
        throw new IllegalArgumentException("Colour not supported in documents: " + value);
    }
}
