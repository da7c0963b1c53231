package nl.brug.mediationcase.subjectaccess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditService;
import nl.brug.base.BrugClock;
import nl.brug.base.BrugI18NProvider;
import nl.brug.base.ContactRules;
import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.internal.JournalNote;
import nl.brug.mediationcase.internal.MediationCase;
import nl.brug.mediationcase.internal.Party;
import nl.brug.mediationcase.internal.SubjectAccessRepository;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.retention.PartyFingerprints;
import nl.brug.mediationcase.session.SessionData;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person asks which data Brug holds about them (inzageverzoek, GDPR article 15). A supervisor finds the
 * person's party records by name, e-mail address or phone number, ticks the ones that are this person, and
 * exports what the cases hold about them as a readable HTML page or as JSON (decision 030). Confidential
 * journal notes are listed as existing, never shown. Every search and every export is in the audit trail
 * with the case references; what was searched for is not (it is itself personal data).
 *
 * <p>An anonymised case is found through the fingerprints it kept of its parties, by exactly the name, e-mail
 * address or phone number typed (after normalisation), and is listed as having no data left (decision 034).
 */
@Service
@PreAuthorize("hasRole('SUPERVISOR')")
public class SubjectAccessService {

    /** The field names the page's refusals use. */
    public static final Set<String> FIELDS = Set.of("query", "parties");
    /** The shortest part of a name that is looked for. */
    public static final int QUERY_MIN = 3;
    /** More party records than this: the search is refused, to be narrowed (and the audit detail stays short). */
    public static final int MATCHES_MAX = 50;

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final SubjectAccessRepository parties;
    private final PartyFingerprints fingerprints;
    private final AuditService audit;
    private final BrugClock clock;
    private final BrugI18NProvider i18n;

    SubjectAccessService(SubjectAccessRepository parties, PartyFingerprints fingerprints, AuditService audit,
            BrugClock clock, BrugI18NProvider i18n) {
        this.parties = parties;
        this.fingerprints = fingerprints;
        this.audit = audit;
        this.clock = clock;
        this.i18n = i18n;
    }

    /**
     * The party records matching the query, in every case (the newest case first). Audited with the number of
     * cases and their references.
     */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<PartyMatch> find(String query) {
        SubjectQuery parsed = SubjectQuery.parse(query);
        List<Party> found = new ArrayList<>();
        List<Long> anonymised;
        if (parsed.email() instanceof String email) {
            found.addAll(parties.findByEmail(email));
            anonymised = fingerprints.anonymisedParties(PartyFingerprints.Kind.EMAIL, email);
        } else if (parsed.phone() instanceof String wanted) {
            parties.findByPhoneEnding(parsed.phoneTailPattern()).stream()
                    .filter(p -> wanted.equals(ContactRules.comparablePhone(Objects.requireNonNull(p.toData().phone()))))
                    .forEach(found::add);
            anonymised = fingerprints.anonymisedParties(PartyFingerprints.Kind.PHONE, wanted);
        } else {
            found.addAll(parties.findByNameLike(parsed.namePattern()));
            anonymised = fingerprints.anonymisedParties(PartyFingerprints.Kind.NAME, Objects.requireNonNull(parsed.name()));
        }
        if (!anonymised.isEmpty()) {
            found.addAll(parties.findWithCase(Set.copyOf(anonymised)));
        }
        if (found.size() > MATCHES_MAX) {
            throw InvalidInputException.of("query", "subjectAccess.query.tooMany", MATCHES_MAX);
        }
        List<PartyMatch> matches = found.stream()
                .sorted(Comparator.comparing((Party p) -> p.getMediationCaseForQueries().getRegisteredOn()).reversed()
                        .thenComparing(p -> p.getMediationCaseForQueries().getReference())
                        .thenComparing(Party::getName))
                .map(SubjectAccessService::match).toList();
        List<String> references = matches.stream().map(PartyMatch::caseReference).distinct().toList();
        audit.record(AuditAction.SUBJECT_ACCESS_SEARCHED, null, references.size() + " " + String.join(", ", references));
        return matches;
    }

    /** A readable, printable page in the language chosen. Audited with the case references. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public String html(Collection<Long> partyIds, Locale locale) {
        SubjectAccessReport report = report(partyIds);
        audit.record(AuditAction.SUBJECT_ACCESS_EXPORTED, null, "html " + String.join(", ", report.references()));
        return new ReportHtml(i18n, locale).render(report);
    }

    /** The same data for machines: {@link SubjectAccessReport} as JSON. Audited with the case references. */
    @Transactional
    @PreAuthorize("hasRole('SUPERVISOR')")
    public String json(Collection<Long> partyIds) {
        SubjectAccessReport report = report(partyIds);
        audit.record(AuditAction.SUBJECT_ACCESS_EXPORTED, null, "json " + String.join(", ", report.references()));
        return JSON.writeValueAsString(report);
    }

    private SubjectAccessReport report(Collection<Long> partyIds) {
        List<Party> chosen = partyIds.isEmpty() ? List.of() : parties.findWithCase(Set.copyOf(partyIds));
        if (chosen.isEmpty()) {
            throw InvalidInputException.of("parties", "subjectAccess.nothingChosen");
        }
        // One entry per case, the oldest case first; each with the person's records in it. An anonymised case
        // holds nothing about them any more: it is only named.
        Map<Long, List<Party>> byCase = new LinkedHashMap<>();
        Map<Long, SubjectAccessReport.AnonymisedCase> anonymised = new LinkedHashMap<>();
        chosen.stream()
                .sorted(Comparator.comparing((Party p) -> p.getMediationCaseForQueries().getRegisteredOn())
                        .thenComparing(p -> p.getMediationCaseForQueries().getReference()))
                .forEach(p -> {
                    MediationCase c = p.getMediationCaseForQueries();
                    long caseId = Objects.requireNonNull(c.getId());
                    if (c.retention().anonymisedOn() instanceof LocalDate anonymisedOn) {
                        anonymised.putIfAbsent(caseId, new SubjectAccessReport.AnonymisedCase(c.getReference(),
                                anonymisedOn));
                    } else {
                        byCase.computeIfAbsent(caseId, id -> new ArrayList<>()).add(p);
                    }
                });
        Set<String> names = new LinkedHashSet<>();
        byCase.values().forEach(own -> own.forEach(p -> names.add(p.getName())));
        NameMentions mentions = NameMentions.of(names);
        List<SubjectAccessReport.CaseData> data = byCase.values().stream()
                .map(own -> caseData(own.getFirst().getMediationCaseForQueries(), own, mentions)).toList();
        return new SubjectAccessReport(clock.now(), List.copyOf(names), data, List.copyOf(anonymised.values()));
    }

    /**
     * One case as it concerns the person: their own party records; the sessions whose attendees name them, or
     * that record no attendees; the agreement items that name them; the ordinary journal notes; and of the
     * confidential notes only when they were written.
     */
    private static SubjectAccessReport.CaseData caseData(MediationCase c, List<Party> own, NameMentions mentions) {
        List<SessionData> sessions = c.parts().sessions().stream().map(s -> s.toData())
                .filter(s -> s.attendees() == null || s.attendees().isBlank() || mentions.in(s.attendees()))
                .toList();
        var items = c.parts().agreementItems().stream().map(i -> i.toData())
                .filter(i -> mentions.in(i.description()) || mentions.in(i.responsible())).toList();
        List<JournalNote> notes = c.parts().notes().reversed(); // oldest first, as a record reads
        var ordinary = notes.stream().filter(n -> !n.isConfidential())
                .map(n -> new SubjectAccessReport.Note(n.getWrittenAt(), n.getText())).toList();
        var confidential = notes.stream().filter(JournalNote::isConfidential)
                .map(n -> new SubjectAccessReport.ConfidentialNote(n.getWrittenAt())).toList();
        var subject = c.subject();
        return new SubjectAccessReport.CaseData(c.getReference(), subject.title(), subject.kind(), subject.theme(),
                subject.description(), subject.municipality(), subject.neighbourhood(), c.getStatus(),
                c.closing().outcome(), c.getRegisteredOn(), c.milestones().intakeOn(),
                c.milestones().firstJointSessionOn(), c.agreement().signedOn(), c.closing().closedOn(),
                own.stream().map(p -> partyRecord(p.toData())).toList(), sessions, items, ordinary, confidential);
    }

    private static SubjectAccessReport.PartyRecord partyRecord(PartyData p) {
        return new SubjectAccessReport.PartyRecord(p.kind(), p.name(), p.publicBody(), p.role(), p.represents(),
                p.contactPerson(), p.hasMandate(), p.email(), p.phone(), p.address(), p.preferredLanguage(),
                p.interpreterNeeded(), p.consentOn());
    }

    private static PartyMatch match(Party party) {
        MediationCase c = party.getMediationCaseForQueries();
        PartyData data = party.toData();
        return new PartyMatch(Objects.requireNonNull(party.getId()), c.getReference(), c.subject().title(),
                data.name(), data.email(), data.phone(), data.role(), c.getStatus(), c.closing().closedOn(),
                c.retention().anonymisedOn());
    }
}
