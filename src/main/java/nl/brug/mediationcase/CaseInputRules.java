package nl.brug.mediationcase;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.brug.base.ContactRules;
import nl.brug.base.InvalidInputException;
import nl.brug.base.TextRules;

/**
 * The checks on what is entered about a case. Services call them before saving anything (so nothing is
 * half-saved); forms call the same methods to show the message next to the field. Field names in the
 * returned map are the form's field names; values are translation keys.
 */
public final class CaseInputRules {

    private CaseInputRules() {
    }

    public static Map<String, String> problemsWith(CaseOverview overview) {
        Map<String, String> errors = new LinkedHashMap<>();
        requireText(errors, "title", overview.title(), CaseOverview.TITLE_MAX);
        maxLength(errors, "description", overview.description(), CaseOverview.DESCRIPTION_MAX);
        maxLength(errors, "municipality", overview.municipality(), CaseOverview.PLACE_MAX);
        maxLength(errors, "neighbourhood", overview.neighbourhood(), CaseOverview.PLACE_MAX);
        maxLength(errors, "procedureReference", overview.procedureReference(), CaseOverview.PROCEDURE_REFERENCE_MAX);
        if (overview.procedureKind() != null && overview.procedureDeadline() == null) {
            errors.put("procedureDeadline", "case.procedure.deadlineRequired");
        }
        return errors;
    }

    public static Map<String, String> problemsWith(PartyData party, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        requireText(errors, "name", party.name(), PartyData.NAME_MAX);
        maxLength(errors, "represents", party.represents(), PartyData.REPRESENTS_MAX);
        maxLength(errors, "contactPerson", party.contactPerson(), PartyData.CONTACT_MAX);
        maxLength(errors, "address", party.address(), PartyData.ADDRESS_MAX);
        maxLength(errors, "preferredLanguage", party.preferredLanguage(), PartyData.LANGUAGE_MAX);
        if (party.email() != null && !party.email().isBlank() && !ContactRules.validEmail(party.email())) {
            errors.put("email", "field.email.invalid");
        }
        if (party.phone() != null && !party.phone().isBlank() && !ContactRules.validPhone(party.phone())) {
            errors.put("phone", "field.phone.invalid");
        }
        if (party.consentOn() != null && party.consentOn().isAfter(today)) {
            errors.put("consentOn", "field.date.future");
        }
        return errors;
    }

    public static Map<String, String> problemsWith(SessionData session) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!session.end().isAfter(session.start())) {
            errors.put("end", "session.endBeforeStart");
        }
        maxLength(errors, "location", session.location(), SessionData.LOCATION_MAX);
        maxLength(errors, "attendees", session.attendees(), SessionData.ATTENDEES_MAX);
        maxLength(errors, "summary", session.summary(), SessionData.SUMMARY_MAX);
        return errors;
    }

    public static Map<String, String> problemsWith(AgreementItemData item) {
        Map<String, String> errors = new LinkedHashMap<>();
        requireText(errors, "description", item.description(), AgreementItemData.DESCRIPTION_MAX);
        requireText(errors, "responsible", item.responsible(), AgreementItemData.RESPONSIBLE_MAX);
        return errors;
    }

    public static Map<String, String> problemsWithNote(String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        requireText(errors, "text", text, CaseLimits.NOTE_MAX);
        return errors;
    }

    public static Map<String, String> problemsWithFollowUp(@Nullable String finding) {
        Map<String, String> errors = new LinkedHashMap<>();
        maxLength(errors, "finding", finding, CaseLimits.FINDING_MAX);
        return errors;
    }

    // --- dates that must agree with the case ---------------------------------------------------------

    /**
     * A session must lie within the case's life and be what it says: not before the case was registered, on
     * one day (a session is a meeting of hours; several days are several sessions), and not marked held while
     * it has yet to start.
     */
    public static Map<String, String> problemsWithSessionDates(SessionData session, LocalDate registeredOn,
            LocalDateTime now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (session.start().toLocalDate().isBefore(registeredOn)) {
            errors.put("start", "session.beforeRegistration");
        } else if (session.status() == SessionStatus.HELD && session.start().isAfter(now)) {
            errors.put("start", "session.heldInFuture");
        }
        if (!session.end().toLocalDate().equals(session.start().toLocalDate())) {
            errors.putIfAbsent("end", "session.multiDay");
        }
        return errors;
    }

    /** An agreement item cannot be due before the case existed. */
    public static Map<String, String> problemsWithItemDates(AgreementItemData item, LocalDate registeredOn) {
        return item.dueOn() != null && item.dueOn().isBefore(registeredOn)
                ? Map.of("dueOn", "field.date.beforeRegistration")
                : Map.of();
    }

    /** Signed between registration and today, and not after the follow-up that checks on it. */
    public static Map<String, String> problemsWithSignedDate(@Nullable LocalDate signedOn, LocalDate registeredOn,
            @Nullable LocalDate followUpOn, LocalDate today) {
        if (signedOn == null) {
            return Map.of();
        }
        if (signedOn.isAfter(today)) {
            return Map.of("signedOn", "field.date.future");
        }
        if (signedOn.isBefore(registeredOn)) {
            return Map.of("signedOn", "field.date.beforeRegistration");
        }
        if (followUpOn != null && followUpOn.isBefore(signedOn)) {
            return Map.of("signedOn", "agreement.signedAfterFollowUp");
        }
        return Map.of();
    }

    /** The follow-up checks on a signed agreement: it cannot come before the signing. */
    public static Map<String, String> problemsWithFollowUpDate(@Nullable LocalDate followUpOn,
            @Nullable LocalDate signedOn, LocalDate registeredOn) {
        if (followUpOn == null) {
            return Map.of();
        }
        if (signedOn != null && followUpOn.isBefore(signedOn)) {
            return Map.of("followUpOn", "followUp.beforeSigned");
        }
        if (followUpOn.isBefore(registeredOn)) {
            return Map.of("followUpOn", "field.date.beforeRegistration");
        }
        return Map.of();
    }

    /**
     * A procedure deadline that has already passed is accepted only once the user has seen the remark that
     * it has passed and confirmed it: a typing error in the year must not silently become an overdue case.
     * Only a deadline that is new or changed needs it; one that passed while stored does not.
     */
    public static Map<String, String> problemsWithDeadline(CaseOverview overview, @Nullable LocalDate stored,
            LocalDate today, boolean pastDeadlineConfirmed) {
        LocalDate deadline = overview.kind() == CaseKind.VERTICAL && overview.procedureKind() != null
                ? overview.procedureDeadline() : null;
        if (deadline != null && deadline.isBefore(today) && !deadline.equals(stored) && !pastDeadlineConfirmed) {
            return Map.of("procedureDeadline", "case.procedure.deadlinePassedConfirm");
        }
        return Map.of();
    }

    /** A registration: valid facts, at least one valid party, and a public body for a vertical case. */
    static void checkRegistration(CaseRegistration registration, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>(problemsWith(registration.overview()));
        problemsWithDeadline(registration.overview(), null, today, registration.pastDeadlineConfirmed())
                .forEach(errors::putIfAbsent);
        List<PartyData> parties = registration.parties();
        if (parties.isEmpty()) {
            errors.put("parties", "case.missing.PARTY");
        }
        for (PartyData party : parties) {
            problemsWith(party, today).forEach((field, key) -> errors.putIfAbsent("parties", key));
        }
        if (CaseLifecycle.publicBodyMissing(registration.overview().kind() == CaseKind.VERTICAL,
                parties.stream().anyMatch(PartyData::isPublicBody))) {
            errors.put("parties", "case.missing.PUBLIC_BODY_PARTY");
        }
        throwIfAny(errors);
    }

    static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void requireText(Map<String, String> errors, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "field.required");
        } else {
            maxLength(errors, field, value, max);
        }
    }

    private static void maxLength(Map<String, String> errors, String field, @Nullable String value, int max) {
        TextRules.problemWith(value, max).ifPresent(problem -> errors.put(field, problem));
    }
}
