package nl.brug.mediationcase.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.MenuFor;
import nl.brug.mediationcase.CaseListItem;
import nl.brug.mediationcase.CaseSearchService;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.DeadlineStatus;
import nl.brug.mediationcase.MyWork;
import nl.brug.mediationcase.supervision.CaseReviewService;
import nl.brug.security.CurrentUser;
import nl.brug.security.Role;

/**
 * Mijn werk, the home page: procedure deadlines that are near or passed (at the top, passed ones in red),
 * my open cases by status, my sessions in the next 14 days, and the agreement items and follow-ups that
 * are due. A mediator sees first the cases a supervisor
 * returned for their answer; supervisors also see every overdue intake.
 * An administrator (who sees no case content) is sent to the account list instead.
 */
@Route("")
@Menu(title = "nav.mywork", order = 0, icon = "HOME")
@PermitAll
@MenuFor({"MEDIATOR", "SUPERVISOR"})
class MyWorkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseSearchService search;
    private final CaseReviewService reviews;

    MyWorkView(CaseSearchService search, CaseReviewService reviews) {
        this.search = search;
        this.reviews = reviews;
        addClassName("brug-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean worksOnCases = CurrentUser.find()
                .map(user -> user.hasRole(Role.MEDIATOR) || user.hasRole(Role.SUPERVISOR)).orElse(false);
        if (!worksOnCases) {
            // An administrator's work is the accounts; a funder's the tension picture.
            boolean administrator = CurrentUser.find().map(user -> user.hasRole(Role.ADMIN)).orElse(false);
            event.forwardTo(administrator ? "accounts" : "tension");
            return;
        }
        removeAll();
        MyWork work = search.myWork();
        add(new H2(getTranslation("mywork.title")));
        // Deadlines first: mediation does not stop a procedure's clock, and a passed one must not be missed.
        add(section("mywork-deadlines", getTranslation("mywork.deadlines"), "mywork.empty.deadlines",
                work.deadlines().stream().map(this::deadlineLine).toList()));
        if (CurrentUser.require().hasRole(Role.MEDIATOR)) {
            add(section("mywork-returned", getTranslation("mywork.returned"), "mywork.empty.returned", reviews.returnedToMe().stream()
                    .map(this::caseLine).toList()));
        }
        if (!work.overdueIntakes().isEmpty()) {
            Section overdue = section("mywork-overdue", getTranslation("mywork.overdueIntakesCount",
                    work.overdueIntakeCount()), "mywork.empty.overdueIntakes",
                    work.overdueIntakes().stream().map(this::caseLine).toList());
            addFirstShown(overdue, work.overdueIntakes().size(), work.overdueIntakeCount());
            add(overdue);
        }
        add(openCases(work.openCases(), work.openCaseCount()));
        add(section("mywork-sessions", getTranslation("mywork.sessions"), "mywork.empty.sessions", work.sessions().stream().map(s -> line(s.reference(),
                getTranslation("mywork.session", DisplayFormats.dateTime(s.start().atZone(DisplayFormats.ZONE).toInstant()),
                        getTranslation(s.kind().messageKey()), s.caseTitle(),
                        s.online() ? getTranslation("session.online") : s.location() == null ? "" : s.location()),
                false)).toList()));
        add(section("mywork-items", getTranslation("mywork.dueItems"), "mywork.empty.dueItems", work.dueItems().stream().map(i -> line(i.reference(),
                getTranslation("mywork.item", DisplayFormats.date(i.dueOn()), i.description(), i.responsible(),
                        i.caseTitle()), i.overdue())).toList()));
        add(section("mywork-followups", getTranslation("mywork.followUps"), "mywork.empty.followUps", work.followUps().stream().map(f -> line(f.reference(),
                getTranslation("mywork.followUp", DisplayFormats.date(f.followUpOn()), f.caseTitle()), f.overdue()))
                .toList()));
    }

    private Component openCases(List<CaseListItem> cases, long total) {
        Section section = new Section();
        section.setId("mywork-cases");
        section.add(new H3(getTranslation("mywork.openCases", total)));
        if (cases.isEmpty()) {
            section.add(emptyText("mywork.empty.openCases"));
            return section;
        }
        Map<CaseStatus, List<CaseListItem>> byStatus = new EnumMap<>(CaseStatus.class);
        cases.forEach(item -> byStatus.computeIfAbsent(item.status(), s -> new java.util.ArrayList<>()).add(item));
        byStatus.forEach((status, items) -> {
            Div group = new Div(new StatusBadge(status));
            group.addClassName("brug-status-group");
            UnorderedList list = new UnorderedList();
            items.forEach(item -> list.add(caseLine(item)));
            group.add(list);
            section.add(group);
        });
        addFirstShown(section, cases.size(), total);
        return section;
    }

    /** Says that a list shows only its first rows (the service never sends more than {@link MyWork#MAX_ROWS}). */
    private void addFirstShown(Section section, int shown, long total) {
        if (total > shown) {
            Paragraph more = new Paragraph(getTranslation("mywork.firstShown", shown, total));
            more.addClassName("brug-muted");
            section.add(more);
        }
    }

    private ListItem caseLine(CaseListItem item) {
        ListItem line = new ListItem(CaseView.link(item.reference() + " — " + item.title(), item.reference()));
        if (item.intakeOverdue()) {
            Span overdue = new Span(getTranslation("case.intakeOverdue"));
            overdue.addClassName("brug-overdue");
            line.add(new Span(" "), overdue);
        }
        return line;
    }

    private ListItem deadlineLine(MyWork.ProcedureDeadline deadline) {
        DeadlineStatus status = deadline.status();
        String kind = getTranslation(status.kind().messageKey());
        if (status.state() == DeadlineStatus.State.PASSED) {
            ListItem line = line(deadline.reference(), getTranslation("mywork.deadlinePassed", kind,
                    DisplayFormats.date(status.deadline()), deadline.caseTitle()), true);
            line.addClassName("brug-overdue");
            return line;
        }
        return line(deadline.reference(), getTranslation("mywork.deadline", kind, DisplayFormats.date(status.deadline()),
                status.daysLeft(), deadline.caseTitle()), status.daysLeft() <= 7);
    }

    private ListItem line(String reference, String text, boolean urgent) {
        ListItem line = new ListItem(CaseView.link(reference, reference), new Span(" " + text));
        if (urgent) {
            line.addClassName("brug-urgent");
        }
        return line;
    }

    /** A list of work; when it is empty, a sentence that says why (the overdue intakes only show when there are any). */
    private Section section(String id, String title, String emptyKey, List<ListItem> lines) {
        Section section = new Section();
        section.setId(id);
        section.add(new H3(title));
        if (lines.isEmpty()) {
            section.add(emptyText(emptyKey));
        } else {
            UnorderedList list = new UnorderedList();
            lines.forEach(list::add);
            section.add(list);
            if (lines.size() >= MyWork.MAX_ROWS) {
                Paragraph more = new Paragraph(getTranslation("mywork.moreMaybe", lines.size()));
                more.addClassName("brug-muted");
                section.add(more);
            }
        }
        return section;
    }

    private Paragraph emptyText(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.addClassName("brug-muted");
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mywork.title");
    }
}
