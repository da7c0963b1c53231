package nl.brug.reporting.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.base.BrugI18NProvider;
import nl.brug.base.ui.Choices;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.Theme;
import nl.brug.reporting.tension.CellSuppression;
import nl.brug.reporting.tension.Quarter;
import nl.brug.reporting.tension.TensionPicture;
import nl.brug.reporting.tension.TensionPictureService;
import nl.brug.reporting.tension.TensionQuery;

/**
 * Spanningsbeeld: cases per neighbourhood and quarter in one municipality, as a table and a heat chart, with
 * small numbers hidden ("< 5"); for supervisors and funders. The last eight quarters by default; a theme and a
 * kind narrow it. Downloads as CSV and PDF for the municipality's start photo.
 */
@Route("tension")
@Menu(title = "nav.tension", order = 52, icon = "GRID_BIG")
@RolesAllowed({"SUPERVISOR", "FUNDER"})
class TensionView extends VerticalLayout implements HasDynamicTitle {

    private static final int DEFAULT_QUARTERS = 8;

    private final TensionPictureService tension;
    private final ComboBox<String> municipality = new ComboBox<>();
    private final Select<Theme> theme;
    private final Select<CaseKind> kind;
    private final Select<Quarter> from = new Select<>();
    private final Select<Quarter> to = new Select<>();
    private final Div content = new Div();
    private final Anchor csv;
    private final Anchor pdfExport;
    private volatile @Nullable TensionQuery shown;

    TensionView(TensionPictureService tension) {
        this.tension = tension;
        addClassName("brug-page");
        boolean dutch = BrugI18NProvider.DUTCH.getLanguage().equals(getLocale().getLanguage());

        municipality.setLabel(getTranslation("tension.municipality"));
        municipality.setId("tension-municipality");
        municipality.setItems(tension.municipalities());
        theme = Choices.select(this, "tension.theme", Theme.class);
        theme.setId("tension-theme");
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption(getTranslation("tension.all"));
        theme.setPlaceholder(getTranslation("tension.all"));
        kind = Choices.select(this, "tension.kind", CaseKind.class);
        kind.setId("tension-kind");
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("tension.all"));
        kind.setPlaceholder(getTranslation("tension.all"));
        Quarter now = tension.currentQuarter();
        List<Quarter> quarters = new ArrayList<>();
        for (int back = 4 * 5 - 1; back >= 0; back--) {
            quarters.add(now.minus(back));
        }
        for (Select<Quarter> end : List.of(from, to)) {
            end.setItems(quarters);
            end.setItemLabelGenerator(q -> q.label(dutch));
        }
        from.setLabel(getTranslation("tension.from"));
        from.setId("tension-from");
        from.setValue(now.minus(DEFAULT_QUARTERS - 1));
        to.setLabel(getTranslation("tension.to"));
        to.setId("tension-to");
        to.setValue(now);

        csv = new Anchor(DownloadHandler.fromInputStream(event -> download(false)), AttachmentType.DOWNLOAD, "");
        csv.add(downloadButton("tension.exportCsv"));
        csv.setId("tension-export-csv");
        pdfExport = new Anchor(DownloadHandler.fromInputStream(event -> download(true)), AttachmentType.DOWNLOAD, "");
        pdfExport.add(downloadButton("tension.exportPdf"));
        pdfExport.setId("tension-export-pdf");

        FlexLayout filters = new FlexLayout(municipality, from, to, theme, kind, csv, pdfExport);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("brug-filters");
        Paragraph intro = new Paragraph(getTranslation("tension.intro"));
        intro.addClassName("brug-muted");
        Paragraph rule = new Paragraph(getTranslation("tension.suppressed", CellSuppression.THRESHOLD));
        rule.addClassName("brug-muted");
        content.setId("tension-content");
        content.setWidthFull();
        add(new H2(getTranslation("tension.title")), intro, filters, rule, content);

        municipality.addValueChangeListener(e -> show());
        theme.addValueChangeListener(e -> show());
        kind.addValueChangeListener(e -> show());
        from.addValueChangeListener(e -> show());
        to.addValueChangeListener(e -> show());
        List<String> known = tension.municipalities();
        if (!known.isEmpty()) {
            municipality.setValue(known.getFirst());
        }
        show();
    }

    private Button downloadButton(String key) {
        Button button = new Button(getTranslation(key), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void show() {
        content.removeAll();
        shown = null;
        csv.setEnabled(false);
        pdfExport.setEnabled(false);
        String place = municipality.getValue();
        Quarter start = from.getValue();
        Quarter end = to.getValue();
        to.setInvalid(false);
        if (place == null || start == null || end == null) {
            content.add(new Paragraph(getTranslation("tension.choose")));
            return;
        }
        if (end.compareTo(start) < 0) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("tension.toBeforeFrom"));
            return;
        }
        TensionQuery query = new TensionQuery(place, start, end, theme.getValue(), kind.getValue());
        TensionPicture picture = tension.picture(query);
        if (picture.isEmpty()) {
            content.add(new Paragraph(getTranslation("tension.empty")));
            return;
        }
        content.add(table(picture), chart(picture));
        shown = query;
        csv.setEnabled(true);
        pdfExport.setEnabled(true);
    }

    private NativeTable table(TensionPicture picture) {
        boolean dutch = BrugI18NProvider.DUTCH.getLanguage().equals(getLocale().getLanguage());
        NativeTable table = new NativeTable();
        table.setId("tension-table");
        table.addClassName("brug-report-table");
        NativeTableRow header = table.getHead().addRow();
        header.add(column(getTranslation("tension.neighbourhood")));
        picture.quarters().forEach(q -> header.add(column(q.label(dutch))));
        header.add(column(getTranslation("tension.total")), column(getTranslation("tension.trend")));
        for (TensionPicture.Row row : picture.rows()) {
            NativeTableRow line = table.getBody().addRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(row.neighbourhood().isEmpty()
                    ? getTranslation("tension.neighbourhood.unknown") : row.neighbourhood());
            name.getElement().setAttribute("scope", "row");
            line.add(name);
            row.counts().forEach(count -> line.add(number(count)));
            line.add(number(row.total()));
            NativeTableCell trend = new NativeTableCell(row.trend().arrow());
            if (row.trend() != TensionPicture.Trend.UNKNOWN) {
                trend.getElement().setAttribute("aria-label", getTranslation(row.trend().messageKey()));
            }
            line.add(trend);
        }
        NativeTableRow totals = table.getFoot().addRow();
        NativeTableHeaderCell label = new NativeTableHeaderCell(getTranslation("tension.total"));
        label.getElement().setAttribute("scope", "row");
        totals.add(label);
        picture.quarterTotals().forEach(count -> totals.add(number(count)));
        totals.add(number(picture.total()), new NativeTableCell(""));
        return table;
    }

    private Div chart(TensionPicture picture) {
        Div chart = new Div(new Svg(tension.chart(picture, getLocale())));
        chart.addClassName("brug-chart");
        chart.setId("tension-chart");
        return chart;
    }

    private static NativeTableHeaderCell column(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private NativeTableCell number(@Nullable Long count) {
        NativeTableCell cell = new NativeTableCell(count == null ? getTranslation("tension.hidden") : Long.toString(count));
        cell.addClassName("brug-number");
        return cell;
    }

    private DownloadResponse download(boolean asPdf) {
        TensionQuery query = shown;
        if (query == null) {
            return DownloadResponse.error(400);
        }
        byte[] content = asPdf ? tension.exportPdf(query, getLocale()) : tension.exportCsv(query, getLocale());
        String name = "spanningsbeeld-" + query.municipality().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-"
                + query.from().label(true) + "-" + query.to().label(true) + (asPdf ? ".pdf" : ".csv");
        return new DownloadResponse(new ByteArrayInputStream(content), name, asPdf ? "application/pdf" : "text/csv",
                content.length);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tension.title");
    }
}
