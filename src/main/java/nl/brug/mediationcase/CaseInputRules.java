package nl.brug.mediationcase;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.brug.base.ContactRules;
import nl.brug.base.InputProblems;
import nl.brug.base.TextRules;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.lifecycle.CaseLifecycle;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionStatus;

/**
 * The checks on what is entered about a case. Services call them before saving anything (so nothing is
 * half-saved); forms call the same methods to show the message next to the field. The field names are the
 * form's field names: the sets below say, per form, which names the case services may refuse with, and
 * {@code FormFieldNamesTest} checks each one is a field of that form (or shown in the page's message area).
 */
public final class CaseInputRules {

    /** The overview form ({@code OverviewForm}): {@link #problemsWith(CaseOverview)}, the deadline remark, kind. */
    public static final Set<String> OVERVIEW_FIELDS = Set.of("title", "kind", "description", "municipality",
            "neighbourhood", "procedureReference", "procedureDeadline");
    /** The party form ({@code PartyForm}); {@code publicBody} when a vertical case would lose its public body. */
    public static final Set<String> PARTY_FIELDS = Set.of("name", "publicBody", "represents", "contactPerson",
            "address", "preferredLanguage", "email", "phone", "consentOn");
    /** The registration page beyond its overview form: its party list and the lead. */
    public static final Set<String> REGISTRATION_FIELDS = Set.of("parties", "lead", "conflictReason");
    /** The parties section: removing the last party, or a vertical case's last public body. */
    public static final Set<String> PARTIES_SECTION_FIELDS = Set.of("parties", "publicBody");
    /** The session dialog. */
    public static final Set<String> SESSION_FIELDS = Set.of("start", "end", "location", "attendees");
    /** The "held" dialog of a session: its summary. */
    public static final Set<String> SESSION_HELD_FIELDS = Set.of("summary");
    /** The agreement item dialog. */
    public static final Set<String> ITEM_FIELDS = Set.of("description", "responsible", "dueOn");
    /** The agreement's signing date. */
    public static final Set<String> AGREEMENT_FIELDS = Set.of("form", "signedOn");
    /** The follow-up of an agreement. */
    public static final Set<String> FOLLOW_UP_FIELDS = Set.of("followUpOn", "finding");
    /** A journal note. */
    public static final Set<String> NOTE_FIELDS = Set.of("text");
    /** The dialog that assigns mediators. */
    public static final Set<String> ASSIGN_FIELDS = Set.of("lead", "co", "conflictReason");
    /** The close (and reopen) dialog: its reason. */
    public static final Set<String> CLOSE_FIELDS = Set.of("reason");
    /** Declaring a conflict of interest on a case: its optional reason. */
    public static final Set<String> DECLARE_CONFLICT_FIELDS = Set.of("reason");
    /** The review section: a supervisor's comment, the mediators' answer, and refusals of the review itself. */
    public static final Set<String> REVIEW_FIELDS = Set.of("comment", "answer", "review");

    private CaseInputRules() {
    }

    public static InputProblems problemsWith(CaseOverview overview) {
        InputProblems errors = InputProblems.none();
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

    public static InputProblems problemsWith(PartyData party, LocalDate today) {
        InputProblems errors = InputProblems.none();
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

    public static InputProblems problemsWith(SessionData session) {
        InputProblems errors = InputProblems.none();
        if (!session.end().isAfter(session.start())) {
            errors.put("end", "session.endBeforeStart");
        }
        maxLength(errors, "location", session.location(), SessionData.LOCATION_MAX);
        maxLength(errors, "attendees", session.attendees(), SessionData.ATTENDEES_MAX);
        maxLength(errors, "summary", session.summary(), SessionData.SUMMARY_MAX);
        return errors;
    }

    public static InputProblems problemsWith(AgreementItemData item) {
        InputProblems errors = InputProblems.none();
        requireText(errors, "description", item.description(), AgreementItemData.DESCRIPTION_MAX);
        requireText(errors, "responsible", item.responsible(), AgreementItemData.RESPONSIBLE_MAX);
        return errors;
    }

    public static InputProblems problemsWithNote(String text) {
        InputProblems errors = InputProblems.none();
        requireText(errors, "text", text, CaseLimits.NOTE_MAX);
        return errors;
    }

    public static InputProblems problemsWithFollowUp(@Nullable String finding) {
        InputProblems errors = InputProblems.none();
        maxLength(errors, "finding", finding, CaseLimits.FINDING_MAX);
        return errors;
    }

    // --- dates that must agree with the case ---------------------------------------------------------

    /**
     * A session must lie within the case's life and be what it says: not before the case was registered, on
     * one day (a session is a meeting of hours; several days are several sessions), and not marked held while
     * it has yet to start.
     */
    public static InputProblems problemsWithSessionDates(SessionData session, LocalDate registeredOn,
            LocalDateTime now) {
        InputProblems errors = InputProblems.none();
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
    public static InputProblems problemsWithItemDates(AgreementItemData item, LocalDate registeredOn) {
        return item.dueOn() != null && item.dueOn().isBefore(registeredOn)
                ? InputProblems.of("dueOn", "field.date.beforeRegistration")
                : InputProblems.none();
    }

    /** Signed between registration and today, and not after the follow-up that checks on it. */
    public static InputProblems problemsWithSignedDate(@Nullable LocalDate signedOn, LocalDate registeredOn,
            @Nullable LocalDate followUpOn, LocalDate today) {
        if (signedOn == null) {
            return InputProblems.none();
        }
        if (signedOn.isAfter(today)) {
            return InputProblems.of("signedOn", "field.date.future");
        }
        if (signedOn.isBefore(registeredOn)) {
            return InputProblems.of("signedOn", "field.date.beforeRegistration");
        }
        if (followUpOn != null && followUpOn.isBefore(signedOn)) {
            return InputProblems.of("signedOn", "agreement.signedAfterFollowUp");
        }
        return InputProblems.none();
    }

    /** The follow-up checks on a signed agreement: it cannot come before the signing. */
    public static InputProblems problemsWithFollowUpDate(@Nullable LocalDate followUpOn,
            @Nullable LocalDate signedOn, LocalDate registeredOn) {
        if (followUpOn == null) {
            return InputProblems.none();
        }
        if (signedOn != null && followUpOn.isBefore(signedOn)) {
            return InputProblems.of("followUpOn", "followUp.beforeSigned");
        }
        if (followUpOn.isBefore(registeredOn)) {
            return InputProblems.of("followUpOn", "field.date.beforeRegistration");
        }
        return InputProblems.none();
    }

    /**
     * A procedure deadline that has already passed is accepted only once the user has seen the remark that
     * it has passed and confirmed it: a typing error in the year must not silently become an overdue case.
     * Only a deadline that is new or changed needs it; one that passed while stored does not.
     */
    public static InputProblems problemsWithDeadline(CaseOverview overview, @Nullable LocalDate stored,
            LocalDate today, boolean pastDeadlineConfirmed) {
        LocalDate deadline = overview.kind() == CaseKind.VERTICAL && overview.procedureKind() != null
                ? overview.procedureDeadline() : null;
        if (deadline != null && deadline.isBefore(today) && !deadline.equals(stored) && !pastDeadlineConfirmed) {
            return InputProblems.of("procedureDeadline", "case.procedure.deadlinePassedConfirm");
        }
        return InputProblems.none();
    }

    /** A registration: valid facts, at least one valid party, and a public body for a vertical case. */
    static void checkRegistration(CaseRegistration registration, LocalDate today) {
        InputProblems errors = problemsWith(registration.overview());
        errors.putAllIfAbsent(problemsWithDeadline(registration.overview(), null, today,
                registration.pastDeadlineConfirmed()));
        List<PartyData> parties = registration.parties();
        if (parties.isEmpty()) {
            errors.put("parties", "case.missing.PARTY");
        }
        for (PartyData party : parties) {
            // The registration page lists its parties; a party's problem is shown on that list.
            problemsWith(party, today).errors().forEach(error -> {
                if (!errors.has("parties")) {
                    errors.add(error.on("parties"));
                }
            });
        }
        if (CaseLifecycle.publicBodyMissing(registration.overview().kind() == CaseKind.VERTICAL,
                parties.stream().anyMatch(PartyData::isPublicBody))) {
            errors.put("parties", "case.missing.PUBLIC_BODY_PARTY");
        }
        throwIfAny(errors);
    }

    static void throwIfAny(InputProblems errors) {
        errors.throwIfAny();
    }

    private static void requireText(InputProblems errors, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, "field.required");
        } else {
            maxLength(errors, field, value, max);
        }
    }

    private static void maxLength(InputProblems errors, String field, @Nullable String value, int max) {
        TextRules.problemWith(field, value, max).ifPresent(errors::add);
    }
}
