package nl.brug.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.brug.base.BrugI18NProvider;
import nl.brug.base.DisplayFormats;
import nl.brug.security.Role;

/**
 * Puts the audit trail into the reader's words. The trail stores what happened as short codes
 * ({@code transition REGISTERED -> INTAKE}, {@code planSession}, {@code BadCredentialsException}): rows
 * written years ago must stay readable, so the stored text never changes and is translated when it is read.
 * Each kind of detail the code writes is listed here as a <em>shape</em>, the literal text with {@code {}}
 * where a value goes; {@code AuditWordingTest} finds every detail the code can write and fails when one has
 * no shape here. A detail that matches no shape (written by an older version) is shown as stored.
 */
@Component
public class AuditWording {

    private static final List<Rule> RULES = rules();

    private final BrugI18NProvider i18n;
    private final ObjectProvider<AccountNames> accountNames;

    AuditWording(BrugI18NProvider i18n, ObjectProvider<AccountNames> accountNames) {
        this.i18n = i18n;
        this.accountNames = accountNames;
    }

    public String action(AuditAction action, Locale locale) {
        return i18n.getTranslation(action.messageKey(), locale);
    }

    /** The detail in words; empty for none; as stored when its shape is unknown. */
    public String detail(AuditAction action, @Nullable String detail, Locale locale) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        for (Rule rule : RULES) {
            if (rule.action() != action) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(detail);
            if (matcher.matches()) {
                Speaker speaker = new Speaker(locale);
                Object[] words = new Object[rule.values().size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = rule.values().get(i).say(matcher.group(i + 1), speaker);
                }
                return i18n.getTranslation(rule.key(), locale, words);
            }
        }
        return detail;
    }

    /** Whether details of this shape ({@code "transition {} -> {}"}) are put into words for this action. */
    public static boolean knows(AuditAction action, String shape) {
        return RULES.stream().anyMatch(rule -> rule.action() == action && rule.shape().equals(shape));
    }

    /** Every translation key the shapes use, for the test that they exist in both languages. */
    static List<String> messageKeys() {
        return RULES.stream().map(Rule::key).distinct().toList();
    }

    // --- the shapes the code writes ------------------------------------------------------------------

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        // CaseAccess.saved(case, what): the case services' changes.
        for (String plain : List.of("register", "updateOverview", "addParty", "updateParty", "removeParty",
                "planSession", "updateSession", "addNote", "addAgreementItem", "updateAgreementItem",
                "removeAgreementItem", "recordAgreement", "recordFollowUp", "makeNoteConfidential",
                "markProcedureHandled", "postponeAnonymisation", "registerDespiteConflict", "declareConflict")) {
            rules.add(rule(AuditAction.CASE_CHANGED, plain, "audit.detail." + plain));
        }
        rules.add(rule(AuditAction.CASE_CHANGED, "transition {} -> {}", "audit.detail.transition",
                Value.STATUS, Value.STATUS));
        rules.add(rule(AuditAction.CASE_CHANGED, "assignMediators lead={} co={}", "audit.detail.assignMediators",
                Value.ACCOUNT, Value.ACCOUNT));
        rules.add(rule(AuditAction.CASE_CHANGED, "assignMediators lead={} co={} despite conflict",
                "audit.detail.assignMediatorsDespiteConflict", Value.ACCOUNT, Value.ACCOUNT));
        rules.add(rule(AuditAction.CASE_CHANGED, "review round {} answered", "audit.detail.reviewAnswered",
                Value.AS_IS));
        rules.add(rule(AuditAction.CASE_CHANGED, "review round {} {}", "audit.detail.reviewDecided", Value.AS_IS,
                Value.VERDICT));
        // CaseAccess.openRefused: a made-up reference too long for the case column
        rules.add(rule(AuditAction.CASE_OPEN_REFUSED, "{}", "audit.detail.askedFor", Value.AS_IS));
        // AccountService and the login events
        rules.add(rule(AuditAction.ACCOUNT_CREATED, "first administrator {}", "audit.detail.firstAdministrator",
                Value.AS_IS));
        rules.add(rule(AuditAction.ACCOUNT_CREATED, "{} {}", "audit.detail.accountCreated", Value.AS_IS, Value.ROLES));
        rules.add(rule(AuditAction.ACCOUNT_ROLES_CHANGED, "{} {} -> {}", "audit.detail.rolesChanged", Value.AS_IS,
                Value.ROLES, Value.ROLES));
        for (AuditAction action : List.of(AuditAction.ACCOUNT_DEACTIVATED, AuditAction.ACCOUNT_REACTIVATED,
                AuditAction.ACCOUNT_PASSWORD_RESET, AuditAction.ACCOUNT_UNLOCKED, AuditAction.PASSWORD_CHANGED)) {
            rules.add(rule(action, "{}", "audit.detail.account", Value.AS_IS));
        }
        rules.add(rule(AuditAction.LOGIN_FAILED, "{}", "audit.detail.loginFailed", Value.LOGIN_FAILURE));
        rules.add(rule(AuditAction.ACCOUNT_LOCKED, "after {} failed logins, for {}", "audit.detail.locked",
                Value.AS_IS, Value.MINUTES));
        // exports
        rules.add(rule(AuditAction.EXPORT, "audit log {}", "audit.detail.auditExport", Value.AUDIT_FILTER));
        rules.add(rule(AuditAction.EXPORT, "outcomes csv {}", "audit.detail.outcomesExport", Value.PERIOD));
        rules.add(rule(AuditAction.EXPORT, "outcomes pdf {}", "audit.detail.outcomesPdf", Value.PERIOD));
        rules.add(rule(AuditAction.EXPORT, "tension csv {}", "audit.detail.tensionCsv", Value.AS_IS));
        rules.add(rule(AuditAction.EXPORT, "tension pdf {}", "audit.detail.tensionPdf", Value.AS_IS));
        // papers of a case (CaseDocumentService): which one, and its language
        rules.add(rule(AuditAction.DOCUMENT_PRINTED, "mediation agreement {}", "audit.detail.mediationAgreementPrinted",
                Value.AS_IS));
        rules.add(rule(AuditAction.DOCUMENT_PRINTED, "agreement {}", "audit.detail.agreementPrinted", Value.AS_IS));
        // backups (BackupMaker): the file's name
        rules.add(rule(AuditAction.BACKUP_MADE, "on demand {}", "audit.detail.backupOnDemand", Value.AS_IS));
        rules.add(rule(AuditAction.BACKUP_MADE, "scheduled {}", "audit.detail.backupScheduled", Value.AS_IS));
        // retention (CaseAnonymiser): the kind of failure, a class name
        rules.add(rule(AuditAction.CASE_ANONYMISATION_FAILED, "{}", "audit.detail.anonymisationFailed", Value.AS_IS));
        // a person's access request (SubjectAccessService): the number of cases and their references
        rules.add(rule(AuditAction.SUBJECT_ACCESS_SEARCHED, "{} {}", "audit.detail.subjectAccessSearched",
                Value.AS_IS, Value.AS_IS));
        rules.add(rule(AuditAction.SUBJECT_ACCESS_EXPORTED, "html {}", "audit.detail.subjectAccessHtml", Value.AS_IS));
        rules.add(rule(AuditAction.SUBJECT_ACCESS_EXPORTED, "json {}", "audit.detail.subjectAccessJson", Value.AS_IS));
        // second factor (SecondFactorService, AccountService.resetSecondFactor) and searches of the case list
        rules.add(rule(AuditAction.RECOVERY_CODE_USED, "{} left", "audit.detail.recoveryCodesLeft", Value.AS_IS));
        rules.add(rule(AuditAction.SECOND_FACTOR_RESET, "{}", "audit.detail.account", Value.AS_IS));
        rules.add(rule(AuditAction.CASE_LIST_SEARCHED, "{}", "audit.detail.searchedFor", Value.AS_IS));
        // calendars (CalendarService): which session of the case was downloaded
        rules.add(rule(AuditAction.CALENDAR_EVENT_DOWNLOADED, "session {}", "audit.detail.calendarSession",
                Value.AS_IS));
        // CaseSearchService.exportCsv: the number of cases and the list's filter
        rules.add(rule(AuditAction.CASE_LIST_EXPORTED, "{} cases {}", "audit.detail.caseListExported", Value.AS_IS,
                Value.CASE_FILTER));
        // The most literal shape first: "review round 2 answered" is not a verdict "answered".
        rules.sort(Comparator.comparingInt((Rule rule) -> rule.shape().replace("{}", "").length()).reversed());
        return List.copyOf(rules);
    }

    private static Rule rule(AuditAction action, String shape, String key, Value... values) {
        String[] literals = shape.split("\\{}", -1);
        if (literals.length - 1 != values.length) {
            throw new IllegalArgumentException("Shape " + shape + " takes " + (literals.length - 1) + " values");
        }
        String regex = Stream.of(literals).map(Pattern::quote).collect(Collectors.joining("(.*?)"));
        return new Rule(action, shape, key, List.of(values), Pattern.compile(regex, Pattern.DOTALL));
    }

    private record Rule(AuditAction action, String shape, String key, List<Value> values, Pattern pattern) {
    }

    /** How one value of a detail is said. */
    private enum Value {
        AS_IS {
            @Override
            String say(String raw, Speaker speaker) {
                return raw;
            }
        },
        STATUS {
            @Override
            String say(String raw, Speaker speaker) {
                return speaker.known("case.status." + raw).orElse(raw);
            }
        },
        VERDICT {
            @Override
            String say(String raw, Speaker speaker) {
                return speaker.known("review.verdict." + raw).map(word -> word.toLowerCase(speaker.locale))
                        .orElse(raw);
            }
        },
        ROLES {
            @Override
            String say(String raw, Speaker speaker) {
                String list = raw.strip();
                if (list.startsWith("[") && list.endsWith("]")) {
                    list = list.substring(1, list.length() - 1);
                }
                if (list.isBlank()) {
                    return speaker.say("audit.detail.none");
                }
                return Stream.of(list.split(","))
                        .map(String::strip)
                        .map(code -> Stream.of(Role.values()).filter(role -> role.name().equals(code)).findFirst()
                                .map(role -> speaker.say(role.messageKey())).orElse(code))
                        .collect(Collectors.joining(", "));
            }
        },
        ACCOUNT {
            @Override
            String say(String raw, Speaker speaker) {
                if (raw.equals("null")) {
                    return speaker.say("audit.detail.none");
                }
                try {
                    long id = Long.parseLong(raw);
                    return speaker.accountName(id).orElse("#" + raw);
                } catch (NumberFormatException notAnId) {
                    return raw;
                }
            }
        },
        LOGIN_FAILURE {
            @Override
            String say(String raw, Speaker speaker) {
                return speaker.known("audit.detail.loginFailed." + raw)
                        .orElseGet(() -> speaker.say("audit.detail.loginFailed.other", raw));
            }
        },
        MINUTES {
            @Override
            String say(String raw, Speaker speaker) {
                try {
                    return Long.toString(Duration.parse(raw).toMinutes());
                } catch (DateTimeParseException notADuration) {
                    return raw;
                }
            }
        },
        PERIOD {
            @Override
            String say(String raw, Speaker speaker) {
                String[] ends = raw.split("/");
                try {
                    return ends.length != 2 ? raw : speaker.say("audit.detail.period",
                            DisplayFormats.date(LocalDate.parse(ends[0])),
                            DisplayFormats.date(LocalDate.parse(ends[1])));
                } catch (DateTimeParseException notADate) {
                    return raw;
                }
            }
        },
        /** The filter as {@link AuditFilter#toString()} writes it. */
        AUDIT_FILTER {
            private static final Pattern FILTER = Pattern.compile(
                    "AuditFilter\\[username=(.*), action=(.*), caseReference=(.*), from=(.*), to=(.*)]",
                    Pattern.DOTALL);

            @Override
            String say(String raw, Speaker speaker) {
                Matcher filter = FILTER.matcher(raw);
                if (!filter.matches()) {
                    return raw;
                }
                List<String> parts = new ArrayList<>();
                if (!filter.group(1).isEmpty()) {
                    parts.add(speaker.say("audit.detail.filter.user", filter.group(1)));
                }
                if (!filter.group(2).equals("null")) {
                    String action = Stream.of(AuditAction.values()).filter(a -> a.name().equals(filter.group(2)))
                            .findFirst().map(a -> speaker.say(a.messageKey())).orElse(filter.group(2));
                    parts.add(speaker.say("audit.detail.filter.action", action));
                }
                if (!filter.group(3).isEmpty()) {
                    parts.add(speaker.say("audit.detail.filter.case", filter.group(3)));
                }
                if (!filter.group(4).equals("null")) {
                    parts.add(speaker.say("audit.detail.filter.from", date(filter.group(4))));
                }
                if (!filter.group(5).equals("null")) {
                    parts.add(speaker.say("audit.detail.filter.to", date(filter.group(5))));
                }
                return parts.isEmpty() ? speaker.say("audit.detail.filter.all") : String.join(", ", parts);
            }

            private static String date(String iso) {
                return isoDate(iso);
            }
        },
        /**
         * The case list's filter as {@code CaseFilter#toString()} writes it (the audit feature cannot name the case
         * feature's types: that would be a cycle); statuses, kind and theme by the case feature's keys.
         */
        CASE_FILTER {
            private static final Pattern FILTER = Pattern.compile("CaseFilter\\[text=(.*), statuses=\\[(.*)], "
                    + "kind=(.*), theme=(.*), registeredFrom=(.*), registeredTo=(.*)]", Pattern.DOTALL);

            @Override
            String say(String raw, Speaker speaker) {
                Matcher filter = FILTER.matcher(raw);
                if (!filter.matches()) {
                    return raw;
                }
                List<String> parts = new ArrayList<>();
                if (!filter.group(1).isEmpty()) {
                    parts.add(speaker.say("audit.detail.caseFilter.text", filter.group(1)));
                }
                if (!filter.group(2).isBlank()) {
                    parts.add(speaker.say("audit.detail.caseFilter.status", Stream.of(filter.group(2).split(","))
                            .map(String::strip).sorted()
                            .map(code -> speaker.known("case.status." + code).orElse(code))
                            .collect(Collectors.joining(", "))));
                }
                if (!filter.group(3).equals("null")) {
                    parts.add(speaker.say("audit.detail.caseFilter.kind",
                            speaker.known("case.kind." + filter.group(3)).orElse(filter.group(3))));
                }
                if (!filter.group(4).equals("null")) {
                    parts.add(speaker.say("audit.detail.caseFilter.theme",
                            speaker.known("case.theme." + filter.group(4)).orElse(filter.group(4))));
                }
                if (!filter.group(5).equals("null")) {
                    parts.add(speaker.say("audit.detail.caseFilter.from", isoDate(filter.group(5))));
                }
                if (!filter.group(6).equals("null")) {
                    parts.add(speaker.say("audit.detail.caseFilter.to", isoDate(filter.group(6))));
                }
                return parts.isEmpty() ? speaker.say("audit.detail.caseFilter.all") : String.join(", ", parts);
            }
        };

        /** A stored ISO date as users write it; as stored when it is none. */
        private static String isoDate(String iso) {
            try {
                return DisplayFormats.date(LocalDate.parse(iso));
            } catch (DateTimeParseException notADate) {
                return iso;
            }
        }

        abstract String say(String raw, Speaker speaker);
    }

    /** Translations in one language, for the values of one detail. */
    private final class Speaker {
        private final Locale locale;

        Speaker(Locale locale) {
            this.locale = BrugI18NProvider.supported(locale);
        }

        String say(String key, Object... arguments) {
            return i18n.getTranslation(key, locale, arguments);
        }

        /** The translation, if the bundle has the key (codes stored long ago may have none). */
        Optional<String> known(String key) {
            return i18n.hasTranslation(key, locale) ? Optional.of(say(key)) : Optional.empty();
        }

        Optional<String> accountName(long id) {
            AccountNames names = accountNames.getIfAvailable();
            if (names == null) {
                return Optional.empty();
            }
            Map<Long, String> found = names.displayNames(List.of(id));
            return Optional.ofNullable(found.get(id));
        }
    }
}
