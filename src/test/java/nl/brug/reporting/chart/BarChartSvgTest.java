package nl.brug.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import nl.brug.reporting.chart.BarChartSvg.Bar;

class BarChartSvgTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @Test
    void isOneValidSvgElementNamedForScreenReaders() throws Exception {
        Document svg = parse(BarChartSvg.render("Per status", List.of(new Bar("Aangemeld", 3), new Bar("Intake", 1))));

        Element root = svg.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("Per status");
        assertThat(root.getAttribute("width")).isEqualTo(String.valueOf(BarChartSvg.WIDTH));
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 640 " + root.getAttribute("height"));
        Element firstChild = firstElementChild(root);
        assertThat(firstChild.getLocalName()).isEqualTo("title");
        assertThat(firstChild.getTextContent()).isEqualTo("Per status");
    }

    @Test
    void drawsOneRectPerBarWithWidthProportionalToItsValue() throws Exception {
        List<Bar> bars = List.of(new Bar("a", 10), new Bar("b", 5), new Bar("c", 1), new Bar("d", 0), new Bar("e", 7));

        List<Element> rects = elements(parse(BarChartSvg.render("t", bars)), "rect");

        assertThat(rects).hasSize(bars.size());
        // Widths carry one decimal, so compare to within half of that.
        assertThat(widths(rects)).usingElementComparator((a, b) -> Math.abs(a - b) < 0.05 ? 0 : Double.compare(a, b))
                .containsExactly(
                (double) BarChartSvg.MAX_BAR_WIDTH,
                BarChartSvg.MAX_BAR_WIDTH * 0.5,
                BarChartSvg.MAX_BAR_WIDTH * 0.1,
                0.0,
                BarChartSvg.MAX_BAR_WIDTH * 0.7);
    }

    @Test
    void widthsAreRoundedToOneDecimalOnly() throws Exception {
        List<Element> rects = elements(parse(BarChartSvg.render("t", List.of(new Bar("a", 3), new Bar("b", 1)))), "rect");

        assertThat(Double.parseDouble(rects.get(1).getAttribute("width")))
                .isCloseTo(BarChartSvg.MAX_BAR_WIDTH / 3.0, within(0.05));
        assertThat(rects.get(1).getAttribute("width")).matches("\\d+(\\.\\d)?");
    }

    @Test
    void barsStackDownwardsAndTheChartGrowsWithThem() throws Exception {
        Document svg = parse(BarChartSvg.render("t", List.of(new Bar("a", 1), new Bar("b", 2), new Bar("c", 3))));

        List<Element> rects = elements(svg, "rect");
        assertThat(rects).extracting(rect -> Integer.parseInt(rect.getAttribute("y")))
                .containsExactly(BarChartSvg.PADDING, BarChartSvg.PADDING + BarChartSvg.ROW_HEIGHT,
                        BarChartSvg.PADDING + 2 * BarChartSvg.ROW_HEIGHT);
        int height = Integer.parseInt(svg.getDocumentElement().getAttribute("height"));
        assertThat(height).isEqualTo(BarChartSvg.height(3)).isGreaterThan(BarChartSvg.height(2));
        Element last = rects.get(2);
        assertThat(Integer.parseInt(last.getAttribute("y")) + BarChartSvg.BAR_HEIGHT + BarChartSvg.PADDING)
                .isEqualTo(height);
    }

    @Test
    void showsEachLabelAndValue() throws Exception {
        Document svg = parse(BarChartSvg.render("t", List.of(new Bar("Horizontaal", 12), new Bar("Verticaal", 0))));

        assertThat(elements(svg, "text")).extracting(Element::getTextContent)
                .containsExactly("Horizontaal", "12", "Verticaal", "0");
    }

    @Test
    void escapesXmlInTitleAndLabels() throws Exception {
        String nasty = "<script>\"x\"</script> & 'Tom'";

        String rendered = BarChartSvg.render(nasty, List.of(new Bar(nasty, 2)));

        assertThat(rendered).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp;")
                .contains("&quot;").contains("&apos;");
        Document svg = parse(rendered);
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo(nasty);
        assertThat(elements(svg, "text").get(0).getTextContent()).isEqualTo(nasty);
        assertThat(elements(svg, "script")).isEmpty();
    }

    @Test
    void dropsControlCharactersThatXmlForbids() throws Exception {
        Document svg = parse(BarChartSvg.render("t\u0007", List.of(new Bar("a\u0000b", 1))));

        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("t");
        assertThat(elements(svg, "text").get(0).getTextContent()).isEqualTo("ab");
    }

    @Test
    void allZeroDataDrawsEmptyBarsWithoutDividingByZero() throws Exception {
        String rendered = BarChartSvg.render("t", List.of(new Bar("a", 0), new Bar("b", 0)));

        assertThat(rendered).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(widths(elements(parse(rendered), "rect"))).containsExactly(0.0, 0.0);
    }

    @Test
    void noBarsGiveAnEmptyButValidChart() throws Exception {
        Document svg = parse(BarChartSvg.render("Leeg", List.of()));

        assertThat(elements(svg, "rect")).isEmpty();
        assertThat(svg.getDocumentElement().getAttribute("height")).isEqualTo(String.valueOf(2 * BarChartSvg.PADDING));
    }

    @Test
    void longLabelsAreCutButKeptWholeInTheTooltip() throws Exception {
        String longLabel = "Dienstverlening van de gemeente en de woningcorporatie samen";

        Document svg = parse(BarChartSvg.render("t", List.of(new Bar(longLabel, 4))));

        String shown = elements(svg, "text").get(0).getTextContent();
        assertThat(shown).hasSize(BarChartSvg.MAX_LABEL_CHARACTERS).endsWith("…").startsWith("Dienstverlening");
        assertThat(elements(svg, "title")).extracting(Element::getTextContent).contains(longLabel + ": 4");
    }

    @Test
    void barsTakeThePaletteColoursInTurn() throws Exception {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i <= BarChartSvg.PALETTE.size(); i++) {
            bars.add(new Bar("bar " + i, i + 1));
        }

        List<Element> rects = elements(parse(BarChartSvg.render("t", bars)), "rect");

        assertThat(rects.subList(0, BarChartSvg.PALETTE.size())).extracting(rect -> rect.getAttribute("fill"))
                .containsExactlyElementsOf(BarChartSvg.PALETTE);
        assertThat(rects.getLast().getAttribute("fill")).isEqualTo(BarChartSvg.PALETTE.getFirst());
    }

    @Test
    void refusesNegativeValues() {
        assertThatThrownBy(() -> new Bar("minus", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<Element> elements(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(SVG_NS, localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static List<Double> widths(List<Element> rects) {
        return rects.stream().map(rect -> Double.parseDouble(rect.getAttribute("width"))).toList();
    }

    private static Element firstElementChild(Element parent) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("no child element");
    }
}
