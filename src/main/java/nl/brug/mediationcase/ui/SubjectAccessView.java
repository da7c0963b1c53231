package nl.brug.mediationcase.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.base.BrugClock;
import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.ActionRunner;
import nl.brug.base.ui.TextLimits;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.subjectaccess.PartyMatch;
import nl.brug.mediationcase.subjectaccess.SubjectAccessService;

/**
 * Inzageverzoek: a supervisor answers a person's request to see their data. Search by name, e-mail address
 * or phone number; tick the party records that are this person; download everything Brug holds about them
 * as a printable HTML page (in Dutch or English) or as JSON. What goes into the file, and the audit of every
 * search and download, is {@link SubjectAccessService}'s.
 */
@Route("subject-access")
@Menu(title = "nav.subjectAccess", order = 55, icon = "USER_CHECK")
@RolesAllowed("SUPERVISOR")
class SubjectAccessView extends VerticalLayout implements HasDynamicTitle {

    private final SubjectAccessService subjectAccess;
    private final BrugClock clock;
    private final TextField query = new TextField();
    private final Grid<PartyMatch> matches = new Grid<>(PartyMatch.class, false);
    private final Paragraph found = new Paragraph();
    private final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    private final Anchor html;
    private final Anchor json;
    private final ActionRunner runner = new ActionRunner(this, "subject-message");
    /** The ticked party records and the language, read by the downloads (which run outside the UI's lock). */
    private final Set<Long> chosen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Locale exportLanguage;

    SubjectAccessView(SubjectAccessService subjectAccess, BrugClock clock) {
        this.subjectAccess = subjectAccess;
        this.clock = clock;
        addClassName("brug-page");

        query.setId("subject-query");
        query.setLabel(getTranslation("subjectAccess.query"));
        query.setHelperText(getTranslation("subjectAccess.query.help"));
        TextLimits.limit(query, PartyData.EMAIL_MAX);
        query.setWidth("24rem");
        query.setClearButtonVisible(true);
        Button search = new Button(getTranslation("subjectAccess.search"), VaadinIcon.SEARCH.create(),
                e -> search());
        search.setId("subject-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(query);
        FlexLayout searchBar = new FlexLayout(query, search);
        searchBar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        searchBar.setAlignItems(Alignment.BASELINE);
        searchBar.addClassName("brug-filters");

        found.setId("subject-found");
        found.addClassName("brug-muted");
        matches.setId("subject-matches");
        matches.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        matches.addComponentColumn(this::pick).setHeader(getTranslation("subjectAccess.pick")).setAutoWidth(true)
                .setFlexGrow(0);
        matches.addColumn(PartyMatch::caseReference).setHeader(getTranslation("subjectAccess.field.reference"))
                .setAutoWidth(true).setFlexGrow(0);
        // An anonymised case has a blanked title: the row says instead that nothing about the person is left.
        matches.addColumn(m -> m.anonymisedOn() == null ? m.caseTitle()
                        : getTranslation("subjectAccess.anonymisedOn", DisplayFormats.date(m.anonymisedOn())))
                .setHeader(getTranslation("subjectAccess.field.title")).setFlexGrow(2);
        matches.addColumn(PartyMatch::partyName).setHeader(getTranslation("subjectAccess.field.name"));
        matches.addColumn(m -> m.email() == null ? "" : m.email())
                .setHeader(getTranslation("subjectAccess.field.email")).setAutoWidth(true);
        matches.addColumn(m -> m.phone() == null ? "" : m.phone())
                .setHeader(getTranslation("subjectAccess.field.phone")).setAutoWidth(true);
        matches.addColumn(m -> getTranslation(m.role().messageKey()))
                .setHeader(getTranslation("subjectAccess.field.role")).setAutoWidth(true);
        matches.addColumn(m -> getTranslation(m.caseStatus().messageKey()))
                .setHeader(getTranslation("subjectAccess.field.status")).setAutoWidth(true);
        matches.addColumn(m -> DisplayFormats.date(m.closedOn()))
                .setHeader(getTranslation("subjectAccess.field.closedOn")).setAutoWidth(true);
        matches.setAllRowsVisible(true);
        matches.setVisible(false);

        language.setId("subject-language");
        language.setLabel(getTranslation("subjectAccess.language"));
        language.setItems(BrugI18NProvider.DUTCH, BrugI18NProvider.ENGLISH);
        language.setItemLabelGenerator(locale -> locale == BrugI18NProvider.ENGLISH ? "English" : "Nederlands");
        exportLanguage = BrugI18NProvider.supported(getLocale());
        language.setValue(exportLanguage);
        language.addValueChangeListener(e -> exportLanguage = e.getValue() == null ? BrugI18NProvider.DUTCH : e.getValue());

        // The download request carries the user's session, so the service's supervisor check applies to it too.
        html = download("subject-download-html", "subjectAccess.downloadHtml",
                ids -> subjectAccess.html(ids, exportLanguage), "html", "text/html; charset=utf-8");
        json = download("subject-download-json", "subjectAccess.downloadJson", subjectAccess::json, "json",
                "application/json");
        FlexLayout downloads = new FlexLayout(language, html, json);
        downloads.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        downloads.setAlignItems(Alignment.BASELINE);
        downloads.addClassName("brug-filters");

        Paragraph intro = new Paragraph(getTranslation("subjectAccess.intro"));
        intro.addClassName("brug-muted");
        add(new H2(getTranslation("subjectAccess.title")), intro, searchBar, runner.pageMessage(), found, matches,
                downloads);
        updateDownloads();
    }

    private void search() {
        runner.run(() -> {
            List<PartyMatch> result = subjectAccess.find(query.getValue());
            chosen.clear();
            matches.setItems(result);
            matches.setVisible(!result.isEmpty());
            found.setText(result.isEmpty() ? getTranslation("subjectAccess.found.none")
                    : getTranslation("subjectAccess.found", result.size(),
                            result.stream().map(PartyMatch::caseReference).distinct().count()));
            updateDownloads();
        }, Map.of("query", query));
    }

    private Checkbox pick(PartyMatch match) {
        Checkbox box = new Checkbox(chosen.contains(match.partyId()));
        box.setId("subject-pick-" + match.partyId());
        box.setAriaLabel(getTranslation("subjectAccess.pick.row", match.partyName(), match.caseReference()));
        box.addValueChangeListener(e -> {
            if (Boolean.TRUE.equals(e.getValue())) {
                chosen.add(match.partyId());
            } else {
                chosen.remove(match.partyId());
            }
            updateDownloads();
        });
        return box;
    }

    private void updateDownloads() {
        boolean any = !chosen.isEmpty();
        html.setEnabled(any);
        json.setEnabled(any);
    }

    private Anchor download(String id, String labelKey, Function<List<Long>, String> export, String extension,
            String mimeType) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            List<Long> ids = List.copyOf(new LinkedHashSet<>(chosen));
            if (ids.isEmpty()) {
                return DownloadResponse.error(400);
            }
            byte[] content = export.apply(ids).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(content), "inzage-" + clock.today() + "." + extension,
                    mimeType, content.length);
        }), AttachmentType.DOWNLOAD, "");
        Button button = new Button(getTranslation(labelKey), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
        anchor.setId(id);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subjectAccess.title");
    }
}
