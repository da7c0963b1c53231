package nl.brug.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import nl.brug.base.BrugI18NProvider;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.internal.CaseAuditDetail;
import nl.brug.mediationcase.supervision.ReviewVerdict;
import nl.brug.reporting.ReportPeriod;
import nl.brug.security.Role;

/**
 * The audit trail in the reader's words. The first test reads the sources: every place that writes an audit
 * detail ({@code audit.record(...)}, {@code audit.recordFor(...)}) is
 * found, its detail reduced to a shape ({@code "transition " + from + " -> " + to} becomes
 * {@code transition {} -> {}}), and each shape must have words in {@link AuditWording}. A new label written
 * without words fails here.
 */
class AuditWordingTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Pattern CALL = Pattern.compile("\\b(access\\.saved|audit\\.record|audit\\.recordFor|record|recordFor)\\(");
    /** Passing a detail on unchanged: CaseAccess.saved(case, what) and AuditService.record(...) itself. */
    /**
     * Files that pass an action on from their caller; AccountService's one template for an administrator's
     * change writes the account's name as the detail (see anAdministratorsChangeOfAnAccountHasWords).
     */
    private static final Set<String> PASS_THROUGH = Set.of("CaseAccess.java", "AuditService.java",
            "AccountService.java");

    private static final Locale DUTCH = BrugI18NProvider.DUTCH;
    private static final Locale ENGLISH = Locale.ENGLISH;

    private final AuditWording wording = new AuditWording(new BrugI18NProvider(),
            new StaticListableBeanFactory(Map.of("names", (AccountNames) ids -> ids.contains(7L)
                    ? Map.of(7L, "Anna de Vries") : Map.of())).getBeanProvider(AccountNames.class));

    record Site(String file, AuditAction action, String shape) {
    }

    @Test
    void everyDetailTheCodeWritesHasWords() throws IOException {
        List<Site> sites = detailSites();
        assertThat(sites).as("the scan finds the audit calls (is it still working?)")
                .contains(new Site("LoginRecorder.java", AuditAction.ACCOUNT_LOCKED, "after {} failed logins, for {}"),
                        new Site("AuditService.java", AuditAction.EXPORT, "audit log {}"))
                .hasSizeGreaterThan(8);

        assertThat(sites.stream().filter(site -> !AuditWording.knows(site.action(), site.shape())).toList())
                .as("audit details written without words in AuditWording").isEmpty();
    }

    @Test
    void anAdministratorsChangeOfAnAccountHasWords() {
        for (AuditAction action : List.of(AuditAction.ACCOUNT_DEACTIVATED, AuditAction.ACCOUNT_REACTIVATED,
                AuditAction.ACCOUNT_PASSWORD_RESET, AuditAction.ACCOUNT_UNLOCKED)) {
            assertThat(AuditWording.knows(action, "{}")).as(action.name()).isTrue();
        }
    }

    /** Every change of a case the case feature can record (CaseAuditDetail) is said in words, not as its code. */
    @Test
    void everyChangeOfACaseHasWords() {
        List<CaseAuditDetail> details = new ArrayList<>();
        for (CaseAuditDetail.Change change : CaseAuditDetail.Change.values()) {
            details.add(CaseAuditDetail.of(change));
        }
        details.add(CaseAuditDetail.transition(CaseStatus.REGISTERED, CaseStatus.INTAKE));
        details.add(CaseAuditDetail.assignment(7L, null));
        details.add(CaseAuditDetail.assignmentDespiteConflict(7L, 99L));
        details.add(CaseAuditDetail.reviewDecided(2, ReviewVerdict.RETURNED));
        details.add(CaseAuditDetail.reviewAnswered(2));
        for (CaseAuditDetail detail : details) {
            for (Locale locale : List.of(DUTCH, ENGLISH)) {
                assertThat(wording.detail(AuditAction.CASE_CHANGED, detail.code(), locale))
                        .as(detail.code() + " in " + locale).isNotEqualTo(detail.code()).doesNotContain("audit.detail");
            }
        }
    }

    @Test
    void theWordsExistInBothLanguages() {
        BrugI18NProvider i18n = new BrugI18NProvider();
        List<String> missing = new ArrayList<>();
        for (String key : AuditWording.messageKeys()) {
            for (Locale locale : List.of(DUTCH, ENGLISH)) {
                if (!i18n.hasTranslation(key, locale)) {
                    missing.add(key + " (" + locale + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
        for (AuditAction action : AuditAction.values()) {
            assertThat(wording.action(action, DUTCH)).as(action.name()).doesNotContain("!", "_");
            assertThat(wording.action(action, ENGLISH)).as(action.name()).doesNotContain("!", "_");
        }
    }

    @Test
    void caseChangesAreSaidInTheReadersLanguage() {
        assertThat(wording.detail(AuditAction.CASE_CHANGED, "transition REGISTERED -> INTAKE", DUTCH))
                .isEqualTo("Status gewijzigd van Aangemeld naar Intake");
        assertThat(wording.detail(AuditAction.CASE_CHANGED, "transition REGISTERED -> INTAKE", ENGLISH))
                .isEqualTo("Status changed from Registered to Intake");
        assertThat(wording.detail(AuditAction.CASE_CHANGED, "planSession", DUTCH)).isEqualTo("Gesprek gepland");
        assertThat(wording.detail(AuditAction.CASE_CHANGED, "planSession", ENGLISH)).isEqualTo("Session planned");
        assertThat(wording.detail(AuditAction.CASE_CHANGED, "assignMediators lead=7 co=null", DUTCH))
                .isEqualTo("Bemiddelaars toegewezen: hoofdbemiddelaar Anna de Vries, co-bemiddelaar geen");
        assertThat(wording.detail(AuditAction.CASE_CHANGED, "assignMediators lead=99 co=7", ENGLISH))
                .as("an account that no longer exists keeps its number")
                .isEqualTo("Mediators assigned: lead #99, co-mediator Anna de Vries");
        assertThat(wording.detail(AuditAction.CASE_CHANGED, "assignMediators lead=7 co=null despite conflict", DUTCH))
                .isEqualTo("Bemiddelaars toegewezen ondanks mogelijke belangenverstrengeling: hoofdbemiddelaar"
                        + " Anna de Vries, co-bemiddelaar geen");
        assertThat(wording.detail(AuditAction.CASE_CHANGED, "declareConflict", ENGLISH))
                .isEqualTo("Conflict of interest declared; mediator taken off the case");
        assertThat(wording.detail(AuditAction.CASE_CHANGED, "review round 2 " + ReviewVerdict.RETURNED, DUTCH))
                .isEqualTo("Beoordeling ronde 2: teruggestuurd");
        assertThat(wording.detail(AuditAction.CASE_CHANGED, "review round 2 answered", ENGLISH))
                .isEqualTo("Review round 2: answered by the mediator");
    }

    @Test
    void everyStatusCanBeSaidSoNoTransitionShowsACode() {
        for (CaseStatus from : CaseStatus.values()) {
            for (Locale locale : List.of(DUTCH, ENGLISH)) {
                String words = wording.detail(AuditAction.CASE_CHANGED, "transition " + from + " -> CLOSED", locale);
                assertThat(words).as(from + " " + locale).doesNotContain(from.name(), "CLOSED");
            }
        }
    }

    @Test
    void accountsLoginsAndExportsAreSaidInWords() {
        assertThat(wording.detail(AuditAction.ACCOUNT_CREATED, "kees " + EnumSet.of(Role.MEDIATOR, Role.SUPERVISOR),
                DUTCH)).isEqualTo("kees, rollen: Bemiddelaar, Coördinator");
        assertThat(wording.detail(AuditAction.ACCOUNT_CREATED, "first administrator bram", ENGLISH))
                .isEqualTo("First administrator: bram");
        assertThat(wording.detail(AuditAction.ACCOUNT_ROLES_CHANGED,
                "kees " + Set.of(Role.MEDIATOR) + " -> " + EnumSet.of(Role.MEDIATOR, Role.ADMIN), ENGLISH))
                .isEqualTo("kees: roles Mediator changed to Mediator, Administrator");
        assertThat(wording.detail(AuditAction.LOGIN_FAILED, "BadCredentialsException", DUTCH))
                .isEqualTo("Reden: onbekende gebruikersnaam of onjuist wachtwoord");
        assertThat(wording.detail(AuditAction.LOGIN_FAILED, "SomeNewException", ENGLISH))
                .isEqualTo("Reason: refused (SomeNewException)");
        assertThat(wording.detail(AuditAction.ACCOUNT_LOCKED, "after 5 failed logins, for " + Duration.ofMinutes(15),
                DUTCH)).isEqualTo("Na 5 mislukte inlogpogingen, voor 15 minuten");
        assertThat(wording.detail(AuditAction.EXPORT, "outcomes csv "
                + new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), DUTCH))
                .isEqualTo("Uitkomsten geëxporteerd: zaken aangemeld van 01-01-2026 tot en met 31-03-2026");
        assertThat(wording.detail(AuditAction.EXPORT, "audit log " + new AuditFilter("kees",
                AuditAction.LOGIN_FAILED, "", LocalDate.of(2026, 11, 1), null), DUTCH))
                .isEqualTo("Auditlog geëxporteerd: gebruiker kees, handeling Inloggen mislukt, vanaf 01-11-2026");
        assertThat(wording.detail(AuditAction.EXPORT, "audit log " + AuditFilter.all(), ENGLISH))
                .isEqualTo("Audit log exported: all lines");
    }

    @Test
    void backupsAreSaidInWords() {
        assertThat(wording.detail(AuditAction.BACKUP_MADE, "on demand brug-20261125-143000.zip", DUTCH))
                .isEqualTo("Op verzoek: brug-20261125-143000.zip");
        assertThat(wording.detail(AuditAction.BACKUP_MADE, "scheduled brug-20261125-023000.zip", ENGLISH))
                .isEqualTo("Scheduled: brug-20261125-023000.zip");
        assertThat(wording.action(AuditAction.BACKUP_MADE, DUTCH)).isEqualTo("Back-up gemaakt");
    }

    @Test
    void accessRequestsAreSaidInWords() {
        assertThat(wording.detail(AuditAction.SUBJECT_ACCESS_SEARCHED, "2 2026-0001, 2026-0007", DUTCH))
                .isEqualTo("Zaken gevonden: 2. 2026-0001, 2026-0007");
        assertThat(wording.detail(AuditAction.SUBJECT_ACCESS_EXPORTED, "html 2026-0001, 2026-0007", ENGLISH))
                .isEqualTo("HTML overview; cases: 2026-0001, 2026-0007");
        assertThat(wording.detail(AuditAction.SUBJECT_ACCESS_EXPORTED, "json 2026-0001", DUTCH))
                .isEqualTo("JSON-bestand; zaken: 2026-0001");
    }

    @Test
    void nothingIsLostWhenADetailHasNoWords() {
        assertThat(wording.detail(AuditAction.CASE_CHANGED, "something from an older version", DUTCH))
                .isEqualTo("something from an older version");
        assertThat(wording.detail(AuditAction.CASE_OPENED, null, DUTCH)).isEmpty();
    }

    // --- reading the sources -------------------------------------------------------------------------

    private static List<Site> detailSites() throws IOException {
        List<Site> sites = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String name = file.getFileName().toString();
                String code = Files.readString(file, StandardCharsets.UTF_8);
                Matcher call = CALL.matcher(code);
                while (call.find()) {
                    if (!call.group(1).contains(".") && !name.equals("AuditService.java")) {
                        continue; // a bare record( or recordFor( is a call only inside the audit service itself
                    }
                    List<String> arguments = arguments(code, call.end());
                    site(name, call.group(1), arguments).ifPresent(sites::add);
                }
            }
        }
        return sites;
    }

    private static java.util.Optional<Site> site(String file, String method, List<String> arguments) {
        String actionArgument;
        String detail;
        switch (method) {
            case "access.saved" -> {
                // The case feature's details are typed (CaseAuditDetail): see everyChangeOfACaseHasWords.
                return java.util.Optional.empty();
            }
            case "audit.record", "record" -> {
                if (arguments.size() != 3) {
                    return java.util.Optional.empty();
                }
                actionArgument = arguments.get(0);
                detail = arguments.get(2);
            }
            default -> { // recordFor
                if (arguments.size() != 5) {
                    return java.util.Optional.empty();
                }
                actionArgument = arguments.get(2);
                detail = arguments.get(4);
            }
        }
        if (detail.equals("null") || !actionArgument.startsWith("AuditAction.")
                || (detail.matches("[a-z][A-Za-z]*(\\.code\\(\\))?") && PASS_THROUGH.contains(file))) {
            assertThat(actionArgument.startsWith("AuditAction.") || PASS_THROUGH.contains(file))
                    .as("an audit call in " + file + " whose action cannot be read: " + actionArgument).isTrue();
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Site(file,
                AuditAction.valueOf(actionArgument.substring("AuditAction.".length())), shape(detail)));
    }

    /** The arguments of the call whose opening parenthesis ends at {@code start}, as source text. */
    private static List<String> arguments(String code, int start) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\\') {
                    current.append(code.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    arguments.add(current.toString().strip());
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        throw new IllegalStateException("Unclosed call");
    }

    /** {@code "transition " + from + " -> " + c.getStatus()} becomes {@code transition {} -> {}}. */
    static String shape(String expression) {
        StringBuilder shape = new StringBuilder();
        for (String part : topLevelParts(expression)) {
            String operand = part.strip();
            if (operand.length() >= 2 && operand.startsWith("\"") && operand.endsWith("\"")) {
                shape.append(operand, 1, operand.length() - 1);
            } else {
                shape.append("{}");
            }
        }
        return shape.toString().replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static List<String> topLevelParts(String expression) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\\') {
                    current.append(expression.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '+' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }

    @Test
    void theShapeOfAnExpressionKeepsItsLiteralsOnly() {
        assertThat(shape("\"transition \" + from + \" -> \" + c.getStatus()")).isEqualTo("transition {} -> {}");
        assertThat(shape("\"review round \" + (next.getRound() - 1) + \" answered\"")).isEqualTo("review round {} answered");
        assertThat(shape("event.getException().getClass().getSimpleName()")).isEqualTo("{}");
        assertThat(new TreeSet<>(List.of(shape("\"planSession\"")))).containsExactly("planSession");
    }
}
