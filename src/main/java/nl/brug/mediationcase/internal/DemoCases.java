package nl.brug.mediationcase.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.brug.base.DisplayFormats;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.ProcedureKind;
import nl.brug.mediationcase.ReferralTarget;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.Urgency;
import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.agreement.ItemStatus;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;

/**
 * About sixty demo cases for the {@code demo} profile: both kinds, every status and every outcome, spread
 * over the demo mediators Anna and Youssef, so a newcomer sees a living system. Each case is walked
 * through the real lifecycle (with its parties, consents, sessions, agreement and follow-up), so demo data
 * obeys the same rules as real data. Runs only when there are no cases yet.
 */
@Component
@Profile("demo")
@Order(2)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final CaseRepository cases;
    private final ReferenceNumbers referenceNumbers;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Random random = new Random(2026);

    DemoCases(CaseRepository cases, ReferenceNumbers referenceNumbers, JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.referenceNumbers = referenceNumbers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Place(String municipality, String neighbourhood) {
    }

    private record Story(String title, CaseKind kind, Theme theme, Source source, String description,
            boolean publicBody) {
    }

    private static final List<Place> PLACES = List.of(new Place("Utrecht", "Kanaleneiland"),
            new Place("Utrecht", "Overvecht"), new Place("Rotterdam", "Feijenoord"), new Place("Rotterdam", "Delfshaven"),
            new Place("Amsterdam", "Bos en Lommer"), new Place("Amsterdam", "Noord"), new Place("Den Haag", "Schilderswijk"),
            new Place("Den Haag", "Moerwijk"), new Place("Tilburg", "Groenewoud"), new Place("Arnhem", "Presikhaaf"),
            new Place("Zwolle", "Holtenbroek"), new Place("Leeuwarden", "Heechterp-Schieringen"));

    /** Read from {@code demo/stories.tsv}: one story a line, its columns separated by tabs. */
    private static final List<Story> STORIES = DemoData.lines("demo/stories.tsv").stream()
            .map(column -> new Story(column.get(0), CaseKind.valueOf(column.get(1)), Theme.valueOf(column.get(2)),
                    Source.valueOf(column.get(3)), column.get(4), Boolean.parseBoolean(column.get(5))))
            .toList();

    private static final List<String> FIRST = List.of("Fatima", "Jan", "Mehmet", "Els", "Priya", "Kees", "Noura",
            "Henk", "Sanne", "Dewi", "Mohamed", "Ingrid", "Rachid", "Marieke", "Tomasz", "Ayşe", "Bart", "Latifa");
    private static final List<String> LAST = List.of("de Jong", "Yılmaz", "Jansen", "El Idrissi", "Bakker", "Visser",
            "Kaya", "Smit", "de Boer", "Mulder", "Bouzid", "Meijer", "Nowak", "van Dijk", "Haddou", "Brouwer");
    private static final List<String> BODIES = List.of("Gemeente", "Woningcorporatie Woonstede", "Politie eenheid",
            "Gemeente, afdeling Handhaving", "Gemeente, team Wijkzaken");

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (cases.count() > 0) {
            return;
        }
        Optional<Long> anna = accountId("anna");
        Optional<Long> youssef = accountId("youssef");
        Optional<Long> coordinator = accountId("coordinator");
        if (anna.isEmpty() || youssef.isEmpty() || coordinator.isEmpty()) {
            log.info("Demo cases skipped: the demo accounts are not there");
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(DisplayFormats.ZONE));
        List<Plan> plans = plans();
        for (int i = 0; i < plans.size(); i++) {
            Plan plan = plans.get(i);
            boolean annaLeads = i % 2 == 0;
            Long lead = plan.unassigned ? null : (annaLeads ? anna.get() : youssef.get());
            Long co = plan.unassigned || i % 3 != 0 ? null : (annaLeads ? youssef.get() : anna.get());
            create(i, plan, lead, co, coordinator.get(), today);
        }
        log.info("Demo cases created: {}", plans.size());
    }

    private record Plan(CaseStatus status, @Nullable Outcome outcome, boolean unassigned, int ageDays) {
    }

    /** 60 cases: every status, every outcome three times, a few unassigned and overdue intakes. */
    private static List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        plans.add(new Plan(CaseStatus.REGISTERED, null, true, 1));
        plans.add(new Plan(CaseStatus.REGISTERED, null, true, 9));
        plans.add(new Plan(CaseStatus.REGISTERED, null, false, 2));
        plans.add(new Plan(CaseStatus.REGISTERED, null, false, 3));
        plans.add(new Plan(CaseStatus.REGISTERED, null, false, 10));
        plans.add(new Plan(CaseStatus.REGISTERED, null, false, 12));
        for (int i = 0; i < 9; i++) {
            plans.add(new Plan(CaseStatus.INTAKE, null, false, 4 + i * 3));
        }
        for (int i = 0; i < 9; i++) {
            plans.add(new Plan(CaseStatus.IN_MEDIATION, null, false, 25 + i * 5));
        }
        for (int i = 0; i < 6; i++) {
            plans.add(new Plan(CaseStatus.AGREEMENT, null, false, 50 + i * 6));
        }
        for (int i = 0; i < 8; i++) {
            plans.add(new Plan(CaseStatus.FOLLOW_UP, null, false, 70 + i * 7));
        }
        int age = 90;
        for (Outcome outcome : Outcome.values()) {
            for (int i = 0; i < 3; i++) {
                plans.add(new Plan(CaseStatus.CLOSED, outcome, false, age));
                age += 11;
            }
        }
        return plans;
    }

    private void create(int index, Plan plan, @Nullable Long lead, @Nullable Long co, long coordinator, LocalDate today) {
        Story story = STORIES.get(index % STORIES.size());
        Place place = PLACES.get(index % PLACES.size());
        LocalDate registeredOn = today.minusDays(plan.ageDays());
        long actor = lead == null ? coordinator : lead;
        Instant at = registeredOn.atTime(9, 30).atZone(DisplayFormats.ZONE).toInstant();

        CaseOverview overview = new CaseOverview(story.title() + " " + place.neighbourhood(), story.kind(), story.theme(),
                story.description(), story.source(), place.municipality(), place.neighbourhood(),
                index % 7 == 0 ? Urgency.HIGH : Urgency.NORMAL,
                story.publicBody() && index % 2 == 0 ? ProcedureKind.OBJECTION : null,
                story.publicBody() && index % 2 == 0 ? "BZ-" + (2026_0100 + index) : null,
                story.publicBody() && index % 2 == 0 ? deadline(index, today) : null);
        List<PartyData> parties = new ArrayList<>();
        parties.add(person(PartyRole.REQUESTING_PARTY));
        MediationCase c = new MediationCase(referenceNumbers.next(registeredOn), overview, parties, registeredOn, lead, at, actor);
        if (story.publicBody()) {
            c.parts().addParty(PartyData.publicBody(BODIES.get(index % BODIES.size()) + " " + place.municipality(),
                    PartyRole.OTHER_PARTY, name(), index % 3 != 0), at, actor);
        } else {
            c.parts().addParty(person(PartyRole.OTHER_PARTY), at, actor);
        }
        if (co != null) {
            c.assign(lead, co, at, coordinator);
        }
        cases.save(c);
        if (plan.status() == CaseStatus.REGISTERED) {
            return;
        }
        walk(c, plan, registeredOn, today, actor);
        cases.save(c);
    }

    /** Takes a case along the lifecycle, recording what each step needs on the way. */
    private void walk(MediationCase c, Plan plan, LocalDate registeredOn, LocalDate today, long actor) {
        LocalDate day = registeredOn.plusDays(2);
        step(c, TransitionRequest.forward(CaseStatus.INTAKE), day, actor);
        if (plan.status() == CaseStatus.CLOSED && earlyClose(plan.outcome())) {
            if (plan.outcome() != Outcome.NOT_SUITABLE) {
                held(c, SessionKind.INTAKE, day.plusDays(1), "Intake met de aanmelder.", actor);
            }
            close(c, plan.outcome(), day.plusDays(5), actor);
            return;
        }
        held(c, SessionKind.INTAKE, day.plusDays(1), "Intake met de aanmelder: verhaal en wensen gehoord.", actor);
        if (plan.status() == CaseStatus.INTAKE) {
            if (plan.ageDays() > 15) {
                planned(c, SessionKind.INDIVIDUAL, today.plusDays(2 + random.nextInt(10)), actor);
            }
            return;
        }
        held(c, SessionKind.INDIVIDUAL, day.plusDays(4), "Gesprek met de andere partij: bereid tot gesprek.", actor);
        c.parts().parties().forEach(p -> c.parts().updateParty(p, p.toData().withConsent(day.plusDays(6)), instant(day.plusDays(6)), actor));
        step(c, TransitionRequest.forward(CaseStatus.IN_MEDIATION), day.plusDays(7), actor);
        if (plan.status() == CaseStatus.IN_MEDIATION) {
            planned(c, random.nextBoolean() ? SessionKind.JOINT : SessionKind.SHUTTLE, today.plusDays(1 + random.nextInt(13)), actor);
            return;
        }
        held(c, SessionKind.JOINT, day.plusDays(12), "Gezamenlijk gesprek; partijen hebben elkaar gehoord.", actor);
        if (plan.status() == CaseStatus.CLOSED && plan.outcome() == Outcome.NO_AGREEMENT) {
            close(c, plan.outcome(), day.plusDays(20), actor);
            return;
        }
        LocalDate signed = day.plusDays(14);
        c.parts().addAgreementItem(AgreementItemData.open("Geen harde muziek na 22:00 uur", "Bovenburen", signed.plusDays(30)), instant(signed), actor);
        c.parts().addAgreementItem(AgreementItemData.open("Eerst aanbellen bij overlast, niet de politie bellen", "Beide partijen", null), instant(signed), actor);
        c.recordAgreement(index(c) % 4 == 0 ? AgreementForm.SETTLEMENT : AgreementForm.INTENT, signed, instant(signed), actor);
        step(c, TransitionRequest.forward(CaseStatus.AGREEMENT), signed, actor);
        if (plan.status() == CaseStatus.AGREEMENT) {
            return;
        }
        c.recordFollowUp(c.agreement().proposedFollowUpDate(), null, instant(signed), actor);
        step(c, TransitionRequest.forward(CaseStatus.FOLLOW_UP), signed.plusDays(1), actor);
        if (plan.status() == CaseStatus.FOLLOW_UP) {
            return;
        }
        LocalDate followUp = Objects.requireNonNull(c.agreement().proposedFollowUpDate(), "the agreement was signed above");
        c.recordFollowUp(followUp, "Afspraken worden grotendeels nagekomen; partijen groeten elkaar weer.", instant(followUp), actor);
        c.parts().agreementItems().forEach(item -> c.parts().updateAgreementItem(item,
                new AgreementItemData(item.toData().description(), item.toData().responsible(), item.toData().dueOn(),
                        plan.outcome() == Outcome.FULL_AGREEMENT ? ItemStatus.DONE : ItemStatus.NOT_DONE), instant(followUp), actor));
        close(c, plan.outcome(), followUp.plusDays(1), actor);
    }

    /** Most deadlines lie ahead; some have passed unhandled, as happens in practice, so Mijn werk shows both. */
    private static LocalDate deadline(int index, LocalDate today) {
        return index % 6 == 0 ? today.minusDays(2 + index % 5) : today.plusDays(5 + index % 30);
    }

    private static boolean earlyClose(@Nullable Outcome outcome) {
        return outcome == Outcome.WITHDRAWN || outcome == Outcome.REFERRED || outcome == Outcome.NOT_SUITABLE;
    }

    private void close(MediationCase c, @Nullable Outcome outcome, LocalDate day, long actor) {
        ReferralTarget referral = outcome == Outcome.REFERRED
                ? ReferralTarget.values()[index(c) % ReferralTarget.values().length] : null;
        String reason = switch (outcome == null ? Outcome.NO_AGREEMENT : outcome) {
            case WITHDRAWN -> "Andere partij wil niet meer in gesprek.";
            case REFERRED -> "Melding hoort bij een andere instantie; aanmelder daarheen begeleid.";
            case NOT_SUITABLE -> "Bij de intake bleek de situatie niet geschikt voor bemiddeling.";
            case NO_AGREEMENT -> "Partijen kwamen na het gezamenlijke gesprek niet tot afspraken.";
            default -> "Nazorg gedaan; zaak afgerond.";
        };
        step(c, TransitionRequest.close(outcome, referral, reason), day, actor);
    }

    private void step(MediationCase c, TransitionRequest request, LocalDate day, long actor) {
        c.transition(request, false, day, instant(day), actor);
    }

    private void held(MediationCase c, SessionKind kind, LocalDate day, String summary, long actor) {
        LocalDateTime start = day.atTime(LocalTime.of(10 + random.nextInt(8), 0));
        c.parts().addSession(SessionData.planned(kind, start, start.plusHours(1), "Buurthuis").held(summary), instant(day), actor);
    }

    private void planned(MediationCase c, SessionKind kind, LocalDate day, long actor) {
        LocalDateTime start = day.atTime(LocalTime.of(10 + random.nextInt(8), 30));
        c.parts().addSession(SessionData.planned(kind, start, start.plusMinutes(90), "Wijkcentrum"), clock.instant(), actor);
    }

    private PartyData person(PartyRole role) {
        PartyData person = PartyData.person(name(), role);
        String phone = "06-" + (10_000_000 + random.nextInt(89_999_999));
        return person.withContact(null, phone);
    }

    private String name() {
        return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
    }

    private static int index(MediationCase c) {
        return Math.abs(c.getReference().hashCode());
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(12, 0).atZone(DisplayFormats.ZONE).toInstant();
    }

    /** Demo only: finds a demo account's id without going through the (secured) account service. */
    private Optional<Long> accountId(String username) {
        return jdbc.sql("select id from account where username_key = ?").param(username).query(Long.class).optional();
    }
}
