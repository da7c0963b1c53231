package nl.brug.document;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * What a PDF draws, read back from its content streams: the filled shapes with their colours, and how many
 * images it places. It tells a chart drawn as vectors from a picture of a chart.
 */
public final class PdfDrawings {

    /** A filled rectangle: its colour as 0xRRGGBB and its size in points. */
    public record Fill(int rgb, double width, double height) {
    }

    private final List<Fill> fills = new ArrayList<>();
    private int images;

    private PdfDrawings() {
    }

    public static PdfDrawings of(byte[] pdf) throws IOException {
        PdfDrawings drawings = new PdfDrawings();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                drawings.read(page);
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        drawings.images++;
                    }
                }
            }
        }
        return drawings;
    }

    public List<Fill> fills() {
        return fills;
    }

    /** Images placed on the pages (a logo is one). */
    public int images() {
        return images;
    }

    private void read(PDPage page) throws IOException {
        new PDFGraphicsStreamEngine(page) {
            private double width;
            private double height;

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                width = Math.abs(p1.getX() - p0.getX());
                height = Math.abs(p3.getY() - p0.getY());
            }

            @Override
            public void fillPath(int windingRule) throws IOException {
                fills.add(new Fill(getGraphicsState().getNonStrokingColor().toRGB() & 0xFFFFFF, width, height));
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
            }

            @Override
            public void lineTo(float x, float y) {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            }

            @Override
            public Point2D getCurrentPoint() {
                return new Point2D.Float(0, 0);
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
            }

            @Override
            public void strokePath() {
            }

            @Override
            public void fillAndStrokePath(int windingRule) throws IOException {
                fillPath(windingRule);
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            void run() throws IOException {
                processPage(getPage());
            }
        }.run();
    }
}
