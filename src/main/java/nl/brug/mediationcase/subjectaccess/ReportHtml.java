package nl.brug.mediationcase.subjectaccess;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.base.Labelled;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.session.SessionData;

/**
 * {@link SubjectAccessReport} as one self-contained HTML page in Dutch or English, laid out for A4 so that
 * any browser prints it, or saves it as PDF. Every value, and every translated word, is escaped: a name such
 * as {@code <script>} is shown as typed, never run.
 */
final class ReportHtml {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; font-size: 11pt;
                   line-height: 1.4; color: #111; max-width: 178mm; margin: 1.5em auto; padding: 0 1em; }
            h1 { font-size: 18pt; margin: 0 0 .3em; }
            h2 { font-size: 14pt; margin: 1.6em 0 .4em; border-bottom: 1px solid #666; padding-bottom: .15em; }
            h3 { font-size: 12pt; margin: 1.1em 0 .3em; }
            .muted { color: #555; }
            dl { display: grid; grid-template-columns: 14em 1fr; gap: .15em 1em; margin: .3em 0 .8em; }
            dt { font-weight: 600; }
            dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
            table { width: 100%; border-collapse: collapse; margin: .3em 0 .8em; }
            th, td { border: 1px solid #999; padding: .25em .4em; text-align: left; vertical-align: top;
                     white-space: pre-wrap; overflow-wrap: anywhere; }
            th { background: #eee; }
            .note { margin: .4em 0; white-space: pre-wrap; overflow-wrap: anywhere; }
            .note-date { font-weight: 600; display: block; }
            .confidential { font-style: italic; color: #555; }
            section.case { break-inside: auto; }
            section.case + section.case { break-before: page; }
            tr, .note, dl { break-inside: avoid; }
            """;

    private final BrugI18NProvider i18n;
    private final Locale locale;
    private final StringBuilder out = new StringBuilder();

    ReportHtml(BrugI18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = BrugI18NProvider.supported(locale);
    }

    String render(SubjectAccessReport report) {
        // Only anonymised cases chosen: no name is left to put in the title.
        String title = report.names().isEmpty() ? say("subjectAccess.title")
                : say("subjectAccess.html.title", String.join(", ", report.names()));
        out.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        element("h1", title);
        out.append("<p class=\"muted\">").append(escape(say("subjectAccess.html.made",
                DisplayFormats.dateTime(report.madeAt())))).append("</p>\n");
        element("p", say("subjectAccess.html.intro"));
        element("p", say("subjectAccess.html.caseCount", report.cases().size() + report.anonymisedCases().size()));
        report.cases().forEach(this::caseSection);
        anonymisedSection(report.anonymisedCases());
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void caseSection(SubjectAccessReport.CaseData c) {
        out.append("<section class=\"case\">\n");
        element("h2", say("subjectAccess.html.case", c.reference(), c.title()));
        element("h3", say("subjectAccess.html.caseFacts"));
        out.append("<dl>\n");
        row("subjectAccess.field.reference", c.reference());
        row("subjectAccess.field.title", c.title());
        row("subjectAccess.field.kind", label(c.kind()));
        row("subjectAccess.field.theme", label(c.theme()));
        row("subjectAccess.field.description", c.description());
        row("subjectAccess.field.municipality", c.municipality());
        row("subjectAccess.field.neighbourhood", c.neighbourhood());
        row("subjectAccess.field.status", label(c.status()));
        row("subjectAccess.field.outcome", label(c.outcome()));
        row("subjectAccess.field.registeredOn", date(c.registeredOn()));
        row("subjectAccess.field.intakeOn", date(c.intakeOn()));
        row("subjectAccess.field.firstJointSessionOn", date(c.firstJointSessionOn()));
        row("subjectAccess.field.agreementSignedOn", date(c.agreementSignedOn()));
        row("subjectAccess.field.closedOn", date(c.closedOn()));
        out.append("</dl>\n");

        element("h3", say("subjectAccess.html.partyRecords"));
        for (SubjectAccessReport.PartyRecord p : c.partyRecords()) {
            out.append("<dl>\n");
            row("subjectAccess.field.name", p.name());
            row("subjectAccess.field.partyKind", label(p.kind()));
            row("subjectAccess.field.role", label(p.role()));
            row("subjectAccess.field.publicBody", yesNo(p.publicBody()));
            row("subjectAccess.field.represents", p.represents());
            row("subjectAccess.field.contactPerson", p.contactPerson());
            row("subjectAccess.field.hasMandate", p.hasMandate() == null ? null : yesNo(p.hasMandate()));
            row("subjectAccess.field.email", p.email());
            row("subjectAccess.field.phone", p.phone());
            row("subjectAccess.field.address", p.address());
            row("subjectAccess.field.preferredLanguage", p.preferredLanguage());
            row("subjectAccess.field.interpreterNeeded", yesNo(p.interpreterNeeded()));
            row("subjectAccess.field.consentOn", date(p.consentOn()));
            out.append("</dl>\n");
        }

        element("h3", say("subjectAccess.html.sessions"));
        if (c.sessions().isEmpty()) {
            element("p", say("subjectAccess.html.none"));
        } else {
            table(List.of("subjectAccess.field.when", "subjectAccess.field.sessionKind", "subjectAccess.field.status",
                    "subjectAccess.field.location", "subjectAccess.field.attendees", "subjectAccess.field.summary"),
                    c.sessions().stream().map(this::sessionCells).toList());
        }

        element("h3", say("subjectAccess.html.items"));
        if (c.agreementItems().isEmpty()) {
            element("p", say("subjectAccess.html.none"));
        } else {
            table(List.of("subjectAccess.field.itemDescription", "subjectAccess.field.responsible",
                    "subjectAccess.field.dueOn", "subjectAccess.field.status"),
                    c.agreementItems().stream().map(this::itemCells).toList());
        }

        element("h3", say("subjectAccess.html.notes"));
        if (c.journalNotes().isEmpty() && c.confidentialNotes().isEmpty()) {
            element("p", say("subjectAccess.html.none"));
        }
        for (SubjectAccessReport.Note note : c.journalNotes()) {
            out.append("<div class=\"note\"><span class=\"note-date\">")
                    .append(escape(DisplayFormats.dateTime(note.writtenAt()))).append("</span>")
                    .append(escape(note.text())).append("</div>\n");
        }
        for (SubjectAccessReport.ConfidentialNote note : c.confidentialNotes()) {
            out.append("<div class=\"note confidential\">")
                    .append(escape(say("subjectAccess.html.confidentialNote", DisplayFormats.dateTime(note.writtenAt()))))
                    .append("</div>\n");
        }
        out.append("</section>\n");
    }

    /** The anonymised cases: named, with the day; nothing else of them is kept (decision 034). */
    private void anonymisedSection(List<SubjectAccessReport.AnonymisedCase> anonymised) {
        if (anonymised.isEmpty()) {
            return;
        }
        out.append("<section class=\"case\">\n");
        element("h2", say("subjectAccess.html.anonymised"));
        element("p", say("subjectAccess.html.anonymisedIntro"));
        out.append("<ul>\n");
        for (SubjectAccessReport.AnonymisedCase c : anonymised) {
            element("li", say("subjectAccess.html.anonymisedCase", c.reference(), date(c.anonymisedOn())));
        }
        out.append("</ul>\n</section>\n");
    }

    private List<@Nullable String> sessionCells(SessionData s) {
        LocalDateTime start = s.start();
        String when = DisplayFormats.date(start.toLocalDate()) + " " + TIME.format(start) + "–" + TIME.format(s.end());
        String where = s.online() ? joined(say("subjectAccess.html.online"), s.location()) : s.location();
        return List.of(when, label(s.kind()), label(s.status()), text(where), text(s.attendees()), text(s.summary()));
    }

    private List<@Nullable String> itemCells(AgreementItemData i) {
        return List.of(i.description(), i.responsible(), date(i.dueOn()), label(i.status()));
    }

    private static String joined(String first, @Nullable String second) {
        return second == null || second.isBlank() ? first : first + ", " + second;
    }

    private void table(List<String> headerKeys, List<List<@Nullable String>> rows) {
        out.append("<table>\n<thead><tr>");
        headerKeys.forEach(key -> out.append("<th>").append(escape(say(key))).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<@Nullable String> cells : rows) {
            out.append("<tr>");
            cells.forEach(cell -> out.append("<td>").append(escape(text(cell))).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** A field with a value; a field without one is left out. */
    private void row(String labelKey, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        out.append("<dt>").append(escape(say(labelKey))).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    private void element(String tag, String text) {
        out.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
    }

    private String label(@Nullable Labelled value) {
        return value == null ? "" : say(value.messageKey());
    }

    private String yesNo(boolean value) {
        return say(value ? "subjectAccess.html.yes" : "subjectAccess.html.no");
    }

    private static String date(@Nullable LocalDate date) {
        return DisplayFormats.date(date);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private String say(String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }

    static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
