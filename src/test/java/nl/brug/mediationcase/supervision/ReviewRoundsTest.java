package nl.brug.mediationcase.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.internal.CaseReview;
import nl.brug.mediationcase.internal.MediationCase;
import nl.brug.mediationcase.internal.ReviewState;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;

/** The review rounds on the case itself, without Spring: the rules of decision 004, one by one. */
class ReviewRoundsTest {

    private static final long MEDIATOR = 1;
    private static final long SUPERVISOR = 2;
    private static final LocalDate CLOSED_ON = LocalDate.of(2026, 11, 20);
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void anOpenCaseHasNoReview() {
        MediationCase c = registered();

        assertThat(c.reviews().rounds()).isEmpty();
        assertThat(c.reviews().state()).isNull();
        assertThat(c.reviews().awaitsVerdict()).isFalse();
        assertThatThrownBy(() -> c.reviews().decide(ReviewVerdict.APPROVED, null, NOW, SUPERVISOR))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingStartsARoundAwaitingAVerdict() {
        MediationCase c = closed();

        assertThat(c.reviews().awaitsVerdict()).isTrue();
        assertThat(c.reviews().state()).isEqualTo(ReviewState.AWAITING_REVIEW);
        assertThat(c.reviews().rounds()).singleElement().satisfies(round -> {
            assertThat(round.getRound()).isEqualTo(1);
            assertThat(round.getClosedOn()).isEqualTo(CLOSED_ON);
            assertThat(round.awaitsVerdict()).isTrue();
        });
    }

    @Test
    void anApprovedRoundIsFinal() {
        MediationCase c = closed();

        c.reviews().decide(ReviewVerdict.APPROVED, " ", NOW, SUPERVISOR);

        assertThat(c.reviews().state()).isEqualTo(ReviewState.APPROVED);
        assertThat(c.reviews().awaitsVerdict()).isFalse();
        assertThat(c.reviews().rounds().getFirst().getComment()).as("blank is no comment").isNull();
        assertThatThrownBy(() -> c.reviews().decide(ReviewVerdict.RETURNED, "Toch niet", NOW, SUPERVISOR))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> c.reviews().answer("Antwoord", NOW, MEDIATOR)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRoundIsReturnedOnlyWithAComment() {
        MediationCase c = closed();

        assertThatThrownBy(() -> c.reviews().decide(ReviewVerdict.RETURNED, "  ", NOW, SUPERVISOR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(c.reviews().awaitsVerdict()).as("nothing changed").isTrue();
    }

    @Test
    void onlyReopeningSupersedesARound() {
        MediationCase c = closed();

        assertThatThrownBy(() -> c.reviews().decide(ReviewVerdict.SUPERSEDED, null, NOW, SUPERVISOR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAnswerToAReturnedRoundStartsTheNextRoundAboutTheSameClosing() {
        MediationCase c = closed();
        c.reviews().decide(ReviewVerdict.RETURNED, "Waarom geen intake?", NOW, SUPERVISOR);
        assertThat(c.reviews().awaitsAnswer()).isTrue();

        c.reviews().answer(" De aanmelder trok zich terug. ", NOW.plusSeconds(60), MEDIATOR);

        List<CaseReview> rounds = c.reviews().rounds();
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0).getVerdict()).isEqualTo(ReviewVerdict.RETURNED);
        assertThat(rounds.get(0).getAnswer()).isEqualTo("De aanmelder trok zich terug.");
        assertThat(rounds.get(0).getAnsweredBy()).isEqualTo(MEDIATOR);
        assertThat(rounds.get(0).awaitsAnswer()).isFalse();
        assertThat(rounds.get(1).getRound()).isEqualTo(2);
        assertThat(rounds.get(1).getClosedOn()).isEqualTo(CLOSED_ON);
        assertThat(c.reviews().awaitsVerdict()).isTrue();
        assertThat(c.reviews().awaitsAnswer()).isFalse();
    }

    @Test
    void reopeningSupersedesTheRoundAwaitingAVerdict() {
        MediationCase c = closed();

        c.transition(TransitionRequest.reopen("Nieuwe klacht"), true, CLOSED_ON.plusDays(3), NOW, SUPERVISOR);

        assertThat(c.getStatus()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(c.reviews().state()).isNull();
        assertThat(c.reviews().rounds()).singleElement().satisfies(round -> {
            assertThat(round.getVerdict()).isEqualTo(ReviewVerdict.SUPERSEDED);
            assertThat(round.getReviewerId()).isEqualTo(SUPERVISOR);
        });
    }

    @Test
    void closingAgainAfterReopeningStartsANewRound() {
        MediationCase c = closed();
        c.reviews().decide(ReviewVerdict.APPROVED, null, NOW, SUPERVISOR);
        c.transition(TransitionRequest.reopen("Afspraken niet nagekomen"), true, CLOSED_ON.plusDays(3), NOW, SUPERVISOR);
        assertThat(c.reviews().rounds().getFirst().getVerdict()).as("an approval stays").isEqualTo(ReviewVerdict.APPROVED);

        c.transition(TransitionRequest.close(Outcome.NO_AGREEMENT, null, "Geen nieuwe afspraken"), false,
                CLOSED_ON.plusDays(10), NOW, MEDIATOR);

        assertThat(c.reviews().rounds()).extracting(CaseReview::getRound, CaseReview::getClosedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, CLOSED_ON),
                        org.assertj.core.groups.Tuple.tuple(2, CLOSED_ON.plusDays(10)));
        assertThat(c.reviews().awaitsVerdict()).isTrue();
    }

    private static MediationCase registered() {
        return new MediationCase("2026-0001", CaseOverview.of("Geluidsoverlast", CaseKind.HORIZONTAL, Theme.NOISE,
                Source.PARTY_ITSELF), List.of(PartyData.person("Jan Jansen", PartyRole.REQUESTING_PARTY)),
                CLOSED_ON.minusDays(30), MEDIATOR, NOW, MEDIATOR);
    }

    private static MediationCase closed() {
        MediationCase c = registered();
        c.transition(TransitionRequest.close(Outcome.NOT_SUITABLE, null, "Niet geschikt"), false, CLOSED_ON, NOW,
                MEDIATOR);
        return c;
    }
}
