package nl.brug.mediationcase.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.base.BrugClock;
import nl.brug.base.DisplayFormats;
import nl.brug.base.Periods;
import nl.brug.base.ui.Choices;
import nl.brug.base.ui.DutchDates;
import nl.brug.base.ui.NarrowScreens;
import nl.brug.base.ui.SkipLink;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.CaseFilter;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseListItem;
import nl.brug.mediationcase.CaseSearchService;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Theme;

/**
 * All cases the user may see, paged, sorted and filtered in the database. The filter lives in the URL:
 * every change pushes a new address, so the back button and a shared link bring the same list back.
 */
@Route("cases")
@Menu(title = "nav.cases", order = 10, icon = "FOLDER_OPEN")
@RolesAllowed({"MEDIATOR", "SUPERVISOR"})
class CaseListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Longer search texts find nothing more; the field says so rather than cutting the text off. */
    private static final int TEXT_MAX = 100;

    private final CaseSearchService search;
    private final TextField text = new TextField();
    private final MultiSelectComboBox<CaseStatus> statuses = new MultiSelectComboBox<>();
    private final Select<CaseKind> kind;
    private final ComboBox<Theme> theme;
    private final DatePicker from;
    private final DatePicker to;
    private final Grid<CaseListItem> grid = new Grid<>();
    private final Span count = new Span();
    private final Anchor export;
    /** The filter on screen; volatile, since the download reads it on the download's own request. */
    private volatile CaseFilter filter = CaseFilter.all();
    private boolean applyingUrl;

    CaseListView(CaseSearchService search, BrugClock clock) {
        this.search = search;
        addClassName("brug-page");
        setSizeFull();

        // The load test (loadtest/) finds the field by this id in Vaadin's messages, as a browser test would.
        text.setId("cases-filter-text");
        text.setLabel(getTranslation("cases.filter.text"));
        text.setPlaceholder(getTranslation("cases.filter.textPlaceholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        TextLimits.limit(text, TEXT_MAX);
        statuses.setLabel(getTranslation("cases.filter.status"));
        statuses.setItems(CaseStatus.values());
        statuses.setItemLabelGenerator(status -> getTranslation(status.messageKey()));
        kind = Choices.select(this, "cases.filter.kind", CaseKind.class);
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("cases.filter.any"));
        theme = Choices.comboBox(this, "cases.filter.theme", Theme.class);
        theme.setClearButtonVisible(true);
        from = DutchDates.datePicker(this, "cases.filter.from");
        to = DutchDates.datePicker(this, "cases.filter.to");
        Button reset = new Button(getTranslation("cases.filter.reset"), e -> navigateTo(CaseFilter.all()));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        text.addValueChangeListener(e -> filterChanged());
        statuses.addValueChangeListener(e -> filterChanged());
        kind.addValueChangeListener(e -> filterChanged());
        theme.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());

        // The download request carries the user's session, so the service's access rules apply to it too.
        export = new Anchor(csvDownload(clock), AttachmentType.DOWNLOAD, "");
        Button exportButton = new Button(getTranslation("cases.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);
        export.setId("cases-export");

        FlexLayout filters = new FlexLayout(text, statuses, kind, theme, from, to, reset, export);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("brug-filters");

        Button register = new Button(getTranslation("cases.new"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(RegisterCaseView.class));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("cases.title")), count, register);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        header.expand(count);
        count.setId("case-count");
        count.addClassName("brug-muted");

        configureGrid();
        add(skipToList(), header, filters, grid);
    }

    /** Past the seven filters in one key: the focus lands on the first case's reference link. */
    private Anchor skipToList() {
        return SkipLink.to("case-grid", getTranslation("cases.skipToList"), "skip-to-case-list",
                "const grid = document.getElementById('case-grid');"
                + " const first = [...grid.querySelectorAll('vaadin-grid-cell-content a')]"
                + ".filter(link => link.checkVisibility())"
                + ".sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];"
                + " if (first) { first.focus(); }");
    }

    private void configureGrid() {
        grid.setId("case-grid");
        // The reference is a link, so keyboard users reach each case with Tab as well as by clicking the row.
        grid.addComponentColumn(item -> CaseView.link(item.reference(), item.reference()))
                .setHeader(getTranslation("case.reference")).setSortProperty("reference").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CaseListItem::title).setHeader(getTranslation("case.title")).setSortProperty("title")
                .setWidth("12rem").setFlexGrow(3);
        // An overdue intake is told under the status, not in a column of its own: a tablet has no room to spare.
        grid.addComponentColumn(item -> {
            Div status = new Div(new StatusBadge(item.status()));
            if (item.intakeOverdue()) {
                Span overdue = new Span(getTranslation("case.intakeOverdue"));
                overdue.addClassName("brug-overdue");
                status.add(new Div(overdue));
            }
            return status;
        }).setHeader(getTranslation("case.status")).setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<CaseListItem> kindColumn = grid.addColumn(item -> getTranslation(item.kind().messageKey()))
                .setHeader(getTranslation("case.kind")).setSortProperty("kind").setAutoWidth(true).setFlexGrow(0);
        Grid.Column<CaseListItem> themeColumn = grid.addColumn(item -> getTranslation(item.theme().messageKey()))
                .setHeader(getTranslation("case.theme")).setSortProperty("theme").setWidth("9rem")
                .setFlexGrow(0);
        // Kind and theme are also filters above the list; on a tablet the title needs their room more.
        NarrowScreens.hideColumns(grid, kindColumn, themeColumn);
        grid.addColumn(item -> DisplayFormats.date(item.registeredOn())).setHeader(getTranslation("case.registeredOn"))
                .setSortProperty("registeredOn").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.leadMediator() == null ? getTranslation("case.unassigned") : item.leadMediator())
                .setHeader(getTranslation("case.lead")).setWidth("9rem").setFlexGrow(0);
        // Long titles, themes and names wrap in their cell instead of pushing the other columns out; the columns
        // that fit their content do not grow, so the room a wide screen has goes to the title first.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // A period that ends before it starts holds no case: the list says why instead of asking the database.
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return periodReversed() ? Stream.empty() : search.rows(filter, page).stream();
        });
        grid.addItemClickListener(click -> CaseView.open(click.getItem().reference()));
        grid.setSizeFull();
    }

    /**
     * Every case the filter finds, written straight into the response as the service reads them page by page: a
     * list of 100,000 cases is never held in memory, neither as cases nor as the file.
     */
    private DownloadHandler csvDownload(BrugClock clock) {
        return event -> {
            CaseFilter exported = filter;
            if (Periods.reversed(exported.registeredFrom(), exported.registeredTo())) {
                event.getResponse().setStatus(400);
                return;
            }
            event.setFileName("brug-zaken-" + clock.today() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                search.exportCsv(exported, getLocale(), writer);
            }
        };
    }

    /** A field changed: put the new filter in the URL (a new history entry), which then refreshes the list. */
    private void filterChanged() {
        if (applyingUrl) {
            return;
        }
        // A date that cannot be read, or a search text over the limit, is said at its field, and the list keeps
        // its filter until the field is put right: dropping the field from the filter would widen the list unseen.
        boolean datesReadable = !DutchDates.unreadable(from) && !DutchDates.unreadable(to);
        if (!datesReadable || !TextLimits.allWithin(text)) {
            DutchDates.checkPeriod(this, from, to);
            return;
        }
        navigateTo(new CaseFilter(text.getValue(), statuses.getValue(), kind.getValue(), theme.getValue(),
                from.getValue(), to.getValue()));
    }

    private void navigateTo(CaseFilter newFilter) {
        UI.getCurrent().navigate(CaseListView.class, CaseFilterParameters.write(newFilter));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CaseFilter fromUrl = CaseFilterParameters.read(event.getLocation().getQueryParameters());
        applyingUrl = true;
        try {
            text.setValue(fromUrl.text());
            statuses.setValue(fromUrl.statuses());
            kind.setValue(fromUrl.kind());
            theme.setValue(fromUrl.theme());
            from.setValue(fromUrl.registeredFrom());
            to.setValue(fromUrl.registeredTo());
        } finally {
            applyingUrl = false;
        }
        if (!Objects.equals(fromUrl, filter) || count.getText().isEmpty()) {
            filter = fromUrl;
            DutchDates.checkPeriod(this, from, to);
            grid.setEmptyStateText(getTranslation(periodReversed() ? "field.period.nothingShown"
                    : filter.equals(CaseFilter.all()) ? "cases.empty.none" : "cases.empty.filtered"));
            grid.getDataProvider().refreshAll();
            export.setEnabled(!periodReversed());
            long found = periodReversed() ? 0 : search.countUpTo(filter);
            count.setText(found > CaseSearchService.COUNT_LIMIT
                    ? getTranslation("cases.countMore", CaseSearchService.COUNT_LIMIT)
                    : getTranslation("cases.count", found));
        }
    }

    private boolean periodReversed() {
        return Periods.reversed(filter.registeredFrom(), filter.registeredTo());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title");
    }
}
