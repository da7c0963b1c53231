package nl.brug.mediationcase.ui;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.account.AccountService;
import nl.brug.base.BrugClock;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseNotFoundException;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.CaseWorkService;
import nl.brug.mediationcase.SessionCalendarDownload;
import nl.brug.mediationcase.documents.CaseDocumentService;
import nl.brug.mediationcase.supervision.CaseReviewService;

/**
 * One case at {@code cases/{reference}}: a header with the lifecycle buttons, and the sections Overview,
 * Parties, Sessions, Journal, Agreement, History and Review. A case the user may not see gives the same
 * "not found" page as a case that does not exist. A case that awaits the user's review verdict or answer
 * opens on the Review section.
 */
@Route("cases/:reference")
@RolesAllowed({"MEDIATOR", "SUPERVISOR"})
class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "reference";

    private final CaseService cases;
    private final CaseWorkService work;
    private final AccountService accounts;
    private final CaseReviewService reviews;
    private final CaseDocumentService documents;
    private final BrugClock clock;
    private final SessionCalendarDownload calendar;
    private final Div header = new Div();
    private final TabSheet sections = new TabSheet();
    private final CaseActionRunner runner = new CaseActionRunner(this, this::reload);
    private String reference = "";
    private String title = "";

    CaseView(CaseService cases, CaseWorkService work, AccountService accounts, CaseReviewService reviews,
            CaseDocumentService documents, BrugClock clock, SessionCalendarDownload calendar) {
        this.clock = clock;
        this.documents = documents;
        this.calendar = calendar;
        this.cases = cases;
        this.work = work;
        this.accounts = accounts;
        this.reviews = reviews;
        addClassName("brug-page");
        sections.setWidthFull();
        sections.setId("case-sections");
        // The tab bar's scroller carries tabindex="-1", which makes it a child a tablist may not have (axe-core:
        // aria-required-children, critical) and hides the tabs' structure from assistive technology. The tabs
        // wrap instead of scrolling here (styles.css), so the scroller needs no focus handling: drop the index.
        sections.getElement().executeJs("let tries = 0; const fix = () => { const tabs = this.querySelector("
                + "':scope > vaadin-tabs'); const scroller = tabs && tabs.shadowRoot"
                + " && tabs.shadowRoot.querySelector('[part=tabs]'); if (scroller) { scroller.removeAttribute("
                + "'tabindex'); } else if (tries++ < 50) { requestAnimationFrame(fix); } }; fix();");
        add(header, runner.pageMessage(), sections);
    }

    static RouteParameters parameters(String reference) {
        return new RouteParameters(PARAMETER, reference);
    }

    static RouterLink link(String text, String reference) {
        return new RouterLink(text, CaseView.class, parameters(reference));
    }

    static void open(String reference) {
        UI.getCurrent().navigate(CaseView.class, parameters(reference));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get(PARAMETER).orElse("");
        try {
            CaseDetails details = cases.details(reference);
            boolean reviewAwaitsUser = details.actions().canReview() || details.actions().canAnswerReview();
            show(details, 0);
            if (reviewAwaitsUser) {
                sections.setSelectedIndex(sections.getTabCount() - 1);
            }
            // A keyboard or screen-reader user starts on the case's heading, not at the top of the page.
            header.getElement().executeJs("const title = this.querySelector('#case-title');"
                    + " if (title) { title.focus({preventScroll: true}); }");
        } catch (CaseNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Loads the case again and shows it, staying on the section the user was in. */
    void reload() {
        int selected = Math.max(0, sections.getSelectedIndex());
        show(cases.details(reference), selected);
    }

    private void show(CaseDetails details, int selectedSection) {
        title = details.reference() + " — " + details.overview().facts().title();
        header.removeAll();
        CasePage page = CasePage.of(details, runner, this::reload, clock);
        header.add(new CaseHeader(page, details, cases, work));
        while (sections.getTabCount() > 0) {
            sections.remove(0);
        }
        add("case.section.overview", new OverviewSection(page, details.overview(), cases, accounts));
        add("case.section.parties", new PartiesSection(page, details.parties(), work, papers(details)));
        add("case.section.sessions", new SessionsSection(page, details.sessions(), work, calendar));
        add("case.section.journal", new JournalSection(page, details.notes(), work));
        add("case.section.agreement", new AgreementSection(page, details.agreement(), work, papers(details)));
        add("case.section.history", new HistorySection(details.history()));
        Tab review = add("case.section.review", new ReviewSection(page, details.reviews(), reviews));
        review.setId("case-section-review");
        sections.setSelectedIndex(selectedSection);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** Links to the case's papers; none for an anonymised case, which has nothing left to print. */
    private @Nullable CaseDocumentLinks papers(CaseDetails details) {
        return details.overview().dates().anonymisedOn() == null
                ? new CaseDocumentLinks(details.reference(), documents) : null;
    }

    private Tab add(String labelKey, Component content) {
        return sections.add(getTranslation(labelKey), content);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
