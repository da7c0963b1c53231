package nl.brug.reporting.chart;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A heat chart as SVG: rows by columns of squares, darker for more, with the number in each square; a hidden
 * number is a light grey square saying "&lt;5". Drawn on the server like {@link BarChartSvg}, so the page and
 * the PDF show the same chart; only {@code rect}, {@code text}, {@code g} and {@code title}. The numbers belong
 * in a table next to it for screen readers; the chart is one image named by its title.
 */
public final class HeatChartSvg {

    static final int LABEL_WIDTH = 200;
    static final int CELL = 64;
    static final int HEADER = 28;
    static final int PADDING = 8;
    /** From light to dark blue (colour-blind safe in one hue); white text from the fourth shade on. */
    static final List<String> SHADES = List.of("#DEEBF7", "#9ECAE1", "#6BAED6", "#3182BD", "#08519C");
    static final String HIDDEN = "#EEEEEE";

    private HeatChartSvg() {
    }

    /** {@code values[row][column]}; null for a hidden number. */
    public static String render(String title, List<String> rowLabels, List<String> columnLabels,
            @Nullable Long[][] values, String hiddenText) {
        long max = 0;
        for (@Nullable Long[] row : values) {
            for (@Nullable Long value : row) {
                if (value != null) {
                    max = Math.max(max, value);
                }
            }
        }
        int width = LABEL_WIDTH + columnLabels.size() * CELL + PADDING;
        int height = HEADER + rowLabels.size() * CELL + PADDING;
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"")
                .append(BarChartSvg.escape(title)).append("\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"system-ui, sans-serif\" font-size=\"12\"><title>")
                .append(BarChartSvg.escape(title)).append("</title>");
        for (int c = 0; c < columnLabels.size(); c++) {
            svg.append("<text x=\"").append(LABEL_WIDTH + c * CELL + CELL / 2).append("\" y=\"").append(HEADER / 2)
                    .append("\" text-anchor=\"middle\" dominant-baseline=\"central\" fill=\"currentColor\">")
                    .append(BarChartSvg.escape(columnLabels.get(c))).append("</text>");
        }
        for (int r = 0; r < rowLabels.size(); r++) {
            int top = HEADER + r * CELL;
            svg.append("<g><text x=\"").append(LABEL_WIDTH - PADDING).append("\" y=\"").append(top + CELL / 2)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"central\" fill=\"currentColor\">")
                    .append(BarChartSvg.escape(shortened(rowLabels.get(r)))).append("</text>");
            for (int c = 0; c < columnLabels.size(); c++) {
                cell(svg, values[r][c], max, LABEL_WIDTH + c * CELL, top, hiddenText);
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static void cell(StringBuilder svg, @Nullable Long value, long max, int x, int y, String hiddenText) {
        String fill;
        String text;
        String ink;
        if (value == null) {
            fill = HIDDEN;
            text = hiddenText;
            ink = "#333333";
        } else {
            int shade = max == 0 ? 0 : (int) Math.min(SHADES.size() - 1, value * SHADES.size() / (max + 1));
            fill = SHADES.get(shade);
            text = Long.toString(value);
            ink = shade >= 3 ? "#FFFFFF" : "#000000";
        }
        svg.append("<rect x=\"").append(x + 1).append("\" y=\"").append(y + 1).append("\" width=\"").append(CELL - 2)
                .append("\" height=\"").append(CELL - 2).append("\" fill=\"").append(fill).append("\"/>")
                .append("<text x=\"").append(x + CELL / 2).append("\" y=\"").append(y + CELL / 2)
                .append("\" text-anchor=\"middle\" dominant-baseline=\"central\" fill=\"").append(ink).append("\">")
                .append(BarChartSvg.escape(text)).append("</text>");
    }

    private static String shortened(String label) {
        return label.length() <= 28 ? label : label.substring(0, 27) + "…";
    }
}
