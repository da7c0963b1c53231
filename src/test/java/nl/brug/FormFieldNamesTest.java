package nl.brug;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.brug.account.AccountInputRules;
import nl.brug.conflictofinterest.ConflictInputRules;
import nl.brug.mediationcase.CaseInputRules;
import nl.brug.mediationcase.subjectaccess.SubjectAccessService;

/**
 * Every field name a service refuses with is a field of the form that shows the refusal, or is said on purpose
 * in that page's (or dialog's) message area. A name that no form has used to turn a message next to a field
 * into a sentence in the message area without anyone noticing; here it fails the build instead.
 * <p>
 * Two checks: (1) every field name the services and input rules name in {@code src/main/java} belongs to a
 * declared form ({@code CaseInputRules.*_FIELDS}, {@code AccountInputRules.*_FIELDS}); (2) every name declared
 * for a form is a key of that form's field map in its view's source, or on the form's list of page-level
 * names below, each with the reason it is shown there.
 */
class FormFieldNamesTest {

    private static final Path MAIN = Path.of("src/main/java/nl/brug");

    /** One form: the names the services may refuse it with, where its field map is, and its page-level names. */
    private record Form(String name, Set<String> refusedFields, String viewSource, Map<String, String> pageLevel) {
    }

    private static final List<Form> FORMS = List.of(
            new Form("case overview", CaseInputRules.OVERVIEW_FIELDS, "mediationcase/ui/OverviewForm.java", Map.of()),
            new Form("party", CaseInputRules.PARTY_FIELDS, "mediationcase/ui/PartyForm.java", Map.of()),
            new Form("case registration", CaseInputRules.REGISTRATION_FIELDS, "mediationcase/ui/RegisterCaseView.java",
                    Map.of("parties", "RegisterCaseView writes it above its list of parties (errorFor(\"parties\"))",
                            "lead", "RegisterCaseView marks its lead chooser itself (errorFor(\"lead\"))",
                            "conflictReason", "RegisterCaseView marks its reason for going on despite a conflict of"
                                    + " interest itself (errorFor(\"conflictReason\"))")),
            new Form("parties section", CaseInputRules.PARTIES_SECTION_FIELDS, "mediationcase/ui/PartiesSection.java",
                    Map.of("parties", "removing the last party has no form: the section's message area says why",
                            "publicBody", "removing the last public body has no form: the section's message area")),
            new Form("session", CaseInputRules.SESSION_FIELDS, "mediationcase/ui/SessionsSection.java", Map.of()),
            new Form("session held", CaseInputRules.SESSION_HELD_FIELDS, "mediationcase/ui/SessionsSection.java",
                    Map.of()),
            new Form("agreement item", CaseInputRules.ITEM_FIELDS, "mediationcase/ui/AgreementSection.java", Map.of()),
            new Form("agreement", CaseInputRules.AGREEMENT_FIELDS, "mediationcase/ui/AgreementSection.java", Map.of()),
            new Form("follow-up", CaseInputRules.FOLLOW_UP_FIELDS, "mediationcase/ui/AgreementSection.java", Map.of()),
            new Form("journal note", CaseInputRules.NOTE_FIELDS, "mediationcase/ui/JournalSection.java", Map.of()),
            new Form("assign mediators", CaseInputRules.ASSIGN_FIELDS, "mediationcase/ui/AssignMediatorsDialog.java",
                    Map.of()),
            new Form("declare a conflict of interest", CaseInputRules.DECLARE_CONFLICT_FIELDS,
                    "mediationcase/ui/DeclareConflictDialog.java", Map.of()),
            new Form("conflicts of interest: neighbourhood", ConflictInputRules.NEIGHBOURHOOD_FIELDS,
                    "conflictofinterest/ui/ConflictsOfInterestView.java", Map.of()),
            new Form("conflicts of interest: known person", ConflictInputRules.PERSON_FIELDS,
                    "conflictofinterest/ui/ConflictsOfInterestView.java", Map.of()),
            new Form("close case", CaseInputRules.CLOSE_FIELDS, "mediationcase/ui/CloseCaseDialog.java", Map.of()),
            new Form("postpone anonymisation", Set.of("until", "reason"), "mediationcase/ui/RetentionView.java",
                    Map.of()),
            new Form("reopen case", CaseInputRules.CLOSE_FIELDS, "mediationcase/ui/CaseHeader.java",
                    Map.of("reason", "the reopen dialog (ReasonDialog) passes no fields: its own message area")),
            new Form("review", CaseInputRules.REVIEW_FIELDS, "mediationcase/ui/ReviewSection.java",
                    Map.of("review", "a refusal of the review itself (not awaiting one, own case): the section's"
                            + " message area")),
            new Form("new account", AccountInputRules.NEW_ACCOUNT_FIELDS, "account/ui/AccountDialogs.java", Map.of()),
            new Form("account roles", AccountInputRules.ROLES_FIELDS, "account/ui/AccountDialogs.java", Map.of()),
            new Form("account active", AccountInputRules.ENABLED_FIELDS, "account/ui/AccountDialogs.java",
                    Map.of("enabled", "(de)activating is a button, no field: the dialog's message area")),
            new Form("set-up", AccountInputRules.SETUP_FIELDS, "account/ui/SetupView.java", Map.of()),
            new Form("change password", AccountInputRules.CHANGE_PASSWORD_FIELDS, "account/ui/ChangePasswordView.java",
                    Map.of()),
            new Form("access request", SubjectAccessService.FIELDS, "mediationcase/ui/SubjectAccessView.java",
                    Map.of("parties", "the downloads are offered only once a record is ticked; an export of nothing"
                            + " is refused by the service all the same")),
            new Form("second factor code", AccountInputRules.SECOND_FACTOR_FIELDS, "account/ui/SecondFactorView.java",
                    Map.of()),
            new Form("second factor set-up", AccountInputRules.SECOND_FACTOR_FIELDS,
                    "account/ui/SecondFactorSetupView.java", Map.of()),
            new Form("report period", Set.of("to"), "reporting/ui/OutcomesView.java",
                    Map.of("to", "ReportPeriod refuses a reversed period, but OutcomesView checks the dates first"
                            + " and a reversed period in the address falls back to the year so far")));

    /** Where main code names the field of a refusal. */
    private static final List<Pattern> REFUSED_FIELD = List.of(
            // InvalidInputException.of("field", ...), InputProblems.of("field", ...), x.put("field", ...)
            Pattern.compile("(?:\\.of|\\.put|\\.putIfAbsent)\\(\\s*\"([a-zA-Z]+)\"\\s*,"),
            // helpers that take the problems and a field: requireText(errors, "title", ...)
            Pattern.compile("\\(\\s*errors\\s*,\\s*\"([a-zA-Z]+)\""),
            // helpers that take a field and then its value: problemWith("reason", ...), requireEnabledMediator("lead", ...)
            Pattern.compile("(?:problemWith|problemsWithText|requireEnabledMediator)\\(\\s*\"([a-zA-Z]+)\""),
            Pattern.compile("requireAnotherAdministrator\\(\\s*\\w+\\s*,\\s*\"([a-zA-Z]+)\""));

    /** A form's field map: fields.put("name", field) and Map.of("name", field, ...). */
    private static final Pattern FIELD_MAP_ENTRY =
            Pattern.compile("(?:fields\\.put\\(|Map\\.of\\(|,)\\s*\"([a-zA-Z]+)\"\\s*,\\s*[a-z][a-zA-Z]*(?=\\s*[,)])");

    @Test
    void everyFieldNameTheServicesUseBelongsToADeclaredForm() throws IOException {
        Set<String> declared = new HashSet<>();
        FORMS.forEach(form -> declared.addAll(form.refusedFields()));

        Set<String> used = fieldNamesRefusedInMainCode();
        assertThat(used).as("names found (is the scan still working?)")
                .contains("title", "publicBody", "parties", "lead", "co", "reason", "comment", "review", "enabled",
                        "current", "roles", "to", "summary", "signedOn", "followUpOn");

        Set<String> undeclared = new TreeSet<>(used);
        undeclared.removeAll(declared);
        assertThat(undeclared).as("field names refused in src/main/java that no form declares").isEmpty();
    }

    @Test
    void everyDeclaredNameIsAFieldOfItsFormOrSaidOnPurposeInItsMessageArea() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Form form : FORMS) {
            Set<String> onForm = fieldMapKeys(MAIN.resolve(form.viewSource()));
            for (String name : form.refusedFields()) {
                boolean pageLevel = form.pageLevel().containsKey(name);
                if (!onForm.contains(name) && !pageLevel) {
                    problems.add(form.name() + ": \"" + name + "\" is no field of " + form.viewSource()
                            + " (fields there: " + new TreeSet<>(onForm) + ")");
                }
            }
            form.pageLevel().keySet().stream().filter(name -> !form.refusedFields().contains(name))
                    .forEach(name -> problems.add(form.name() + ": page-level \"" + name + "\" is never refused"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theFieldMapScanFindsTheFormsFields() throws IOException {
        assertThat(fieldMapKeys(MAIN.resolve("mediationcase/ui/PartyForm.java")))
                .contains("name", "publicBody", "consentOn");
        assertThat(fieldMapKeys(MAIN.resolve("account/ui/ChangePasswordView.java")))
                .containsExactlyInAnyOrder("current", "password", "repeat");
        assertThat(fieldMapKeys(MAIN.resolve("mediationcase/ui/AssignMediatorsDialog.java")))
                .containsExactlyInAnyOrder("lead", "co", "conflictReason");
    }

    private static Set<String> fieldNamesRefusedInMainCode() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                // The views name their own fields; the services and rules are what this checks.
                if (file.toString().contains("/ui/")) {
                    continue;
                }
                String code = Files.readString(file, StandardCharsets.UTF_8);
                if (!code.contains("InvalidInputException") && !code.contains("InputProblems")) {
                    continue;
                }
                for (Pattern pattern : REFUSED_FIELD) {
                    Matcher matcher = pattern.matcher(code);
                    while (matcher.find()) {
                        names.add(matcher.group(1));
                    }
                }
            }
        }
        return names;
    }

    private static Set<String> fieldMapKeys(Path source) throws IOException {
        assertThat(source).as("run from the project root").isRegularFile();
        Set<String> keys = new TreeSet<>();
        Matcher matcher = FIELD_MAP_ENTRY.matcher(Files.readString(source, StandardCharsets.UTF_8));
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
