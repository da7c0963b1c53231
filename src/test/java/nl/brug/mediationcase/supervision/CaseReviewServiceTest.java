package nl.brug.mediationcase.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.brug.account.internal.AccountRepository;
import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.CaseDetails;
import nl.brug.mediationcase.CaseListItem;
import nl.brug.mediationcase.CaseNotFoundException;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.CaseWorkService;
import nl.brug.mediationcase.StaleCaseException;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;

/** The review of closed cases, through the service: the queue, the verdicts, the answers, who may do what. */
@ReviewSpringTest
class CaseReviewServiceTest {

    @Autowired
    CaseReviewService reviews;
    @Autowired
    CaseService cases;
    @Autowired
    CaseWorkService work;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountRepository accountRepository;
    @Autowired
    PasswordEncoder passwordEncoder;

    ReviewTestSupport support;
    BrugUser anna;
    BrugUser youssef;
    BrugUser coordinator;

    @BeforeEach
    void setUp() {
        support = new ReviewTestSupport(jdbc, accountRepository, passwordEncoder, cases);
        support.cleanDatabase();
        anna = support.person("anna", Role.MEDIATOR);
        youssef = support.person("youssef", Role.MEDIATOR);
        coordinator = support.person("coordinator", Role.SUPERVISOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aClosedCaseAwaitsReviewInTheQueue() {
        signIn(anna);
        String open = support.register("Nog open");
        String closed = support.closedCaseOf(anna, "Geluidsoverlast bovenburen");

        signIn(coordinator);
        assertThat(references(reviews.reviewQueue(PageRequest.of(0, 20)).getContent())).containsExactly(closed)
                .doesNotContain(open);
        assertThat(reviews.reviewQueueCount()).isEqualTo(1);
        CaseDetails details = cases.details(closed);
        assertThat(details.reviews()).singleElement().satisfies(round -> {
            assertThat(round.round()).isEqualTo(1);
            assertThat(round.verdict()).isNull();
            assertThat(round.awaitingVerdict()).isTrue();
            assertThat(round.closedOn()).isEqualTo(details.overview().dates().closedOn());
        });
        assertThat(details.actions().canReview()).isTrue();
        assertThat(details.actions().canAnswerReview()).isFalse();
    }

    @Test
    void approvingRecordsTheVerdictAndTakesTheCaseOutOfTheQueue() {
        String reference = support.closedCaseOf(anna, "Heg en erfgrens");
        signIn(coordinator);

        reviews.approve(reference, support.version(reference), "  Goed gedocumenteerd.  ");

        assertThat(reviews.reviewQueue(PageRequest.of(0, 20))).isEmpty();
        assertThat(reviews.reviewQueueCount()).isZero();
        CaseDetails details = cases.details(reference);
        assertThat(details.reviews()).singleElement().satisfies(round -> {
            assertThat(round.verdict()).isEqualTo(ReviewVerdict.APPROVED);
            assertThat(round.reviewer()).isEqualTo("Coordinator");
            assertThat(round.reviewedAt()).isNotNull();
            assertThat(round.comment()).isEqualTo("Goed gedocumenteerd.");
        });
        assertThat(details.actions().canReview()).isFalse();
        assertThat(details.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void approvingNeedsNoComment() {
        String reference = support.closedCaseOf(anna, "Hond blaft overdag");
        signIn(coordinator);

        reviews.approve(reference, support.version(reference), null);

        assertThat(cases.details(reference).reviews()).singleElement()
                .satisfies(round -> assertThat(round.comment()).isNull());
    }

    @Test
    void aReturnedCaseIsAnsweredByItsMediatorAndKeepsEveryRound() {
        String reference = support.closedCaseOf(anna, "Spanningen rond het speelveld");

        signIn(coordinator);
        reviews.returnForAnswer(reference, support.version(reference), "Waarom is er geen intake gehouden?");
        assertThat(reviews.reviewQueue(PageRequest.of(0, 20))).isEmpty();

        signIn(youssef);
        assertThat(reviews.returnedToMe()).isEmpty();
        signIn(anna);
        assertThat(references(reviews.returnedToMe())).containsExactly(reference);
        CaseDetails returned = cases.details(reference);
        assertThat(returned.actions().canAnswerReview()).isTrue();
        assertThat(returned.reviews()).singleElement().satisfies(round -> {
            assertThat(round.verdict()).isEqualTo(ReviewVerdict.RETURNED);
            assertThat(round.comment()).isEqualTo("Waarom is er geen intake gehouden?");
            assertThat(round.answer()).isNull();
        });

        reviews.answer(reference, returned.version(), "De aanmelder trok zich terug voor de intake.");

        assertThat(reviews.returnedToMe()).isEmpty();
        assertThat(cases.details(reference).actions().canAnswerReview()).isFalse();
        signIn(coordinator);
        assertThat(references(reviews.reviewQueue(PageRequest.of(0, 20)).getContent())).containsExactly(reference);
        List<ReviewRoundView> rounds = cases.details(reference).reviews();
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0)).satisfies(round -> {
            assertThat(round.verdict()).isEqualTo(ReviewVerdict.RETURNED);
            assertThat(round.comment()).isEqualTo("Waarom is er geen intake gehouden?");
            assertThat(round.answer()).isEqualTo("De aanmelder trok zich terug voor de intake.");
            assertThat(round.answeredBy()).isEqualTo("Anna");
            assertThat(round.answeredAt()).isNotNull();
        });
        assertThat(rounds.get(1)).satisfies(round -> {
            assertThat(round.round()).isEqualTo(2);
            assertThat(round.awaitingVerdict()).isTrue();
            assertThat(round.closedOn()).isEqualTo(rounds.get(0).closedOn());
        });

        reviews.approve(reference, support.version(reference), "Helder, dank.");

        assertThat(reviews.reviewQueueCount()).isZero();
        assertThat(cases.details(reference).reviews()).extracting(ReviewRoundView::verdict)
                .containsExactly(ReviewVerdict.RETURNED, ReviewVerdict.APPROVED);
        assertThat(cases.details(reference).reviews()).extracting(ReviewRoundView::comment)
                .containsExactly("Waarom is er geen intake gehouden?", "Helder, dank.");
    }

    @Test
    void theCoMediatorMayAnswerToo() {
        String reference = support.closedCaseOf(anna, "Scheldwoorden in het portiek");
        signIn(coordinator);
        cases.assignMediators(reference, support.version(reference), anna.accountId(), youssef.accountId());
        reviews.returnForAnswer(reference, support.version(reference), "Graag de verwijzing toelichten.");

        signIn(youssef);
        assertThat(references(reviews.returnedToMe())).containsExactly(reference);
        reviews.answer(reference, support.version(reference), "Verwezen naar het antidiscriminatiebureau.");

        signIn(coordinator);
        assertThat(cases.details(reference).reviews().get(0).answeredBy()).isEqualTo("Youssef");
    }

    @Test
    void returningNeedsAComment() {
        String reference = support.closedCaseOf(anna, "Jongeren bij het winkelcentrum");
        signIn(coordinator);
        long version = support.version(reference);

        assertThatThrownBy(() -> reviews.returnForAnswer(reference, version, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("comment", "field.required"));
        assertThatThrownBy(() -> reviews.returnForAnswer(reference, version, "   "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsKey("comment"));
        assertThat(reviews.reviewQueueCount()).as("nothing changed").isEqualTo(1);
        assertThat(cases.details(reference).reviews()).singleElement()
                .satisfies(round -> assertThat(round.awaitingVerdict()).isTrue());
    }

    @Test
    void aCommentOrAnswerLongerThanTheColumnIsRefused() {
        String reference = support.closedCaseOf(anna, "Ruzie over het schoolplein");
        signIn(coordinator);
        String tooLong = "x".repeat(2001);

        assertThatThrownBy(() -> reviews.approve(reference, support.version(reference), tooLong))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("comment", "field.tooLong"));
        reviews.returnForAnswer(reference, support.version(reference), "x".repeat(2000));

        signIn(anna);
        assertThatThrownBy(() -> reviews.answer(reference, support.version(reference), tooLong))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("answer", "field.tooLong"));
        assertThatThrownBy(() -> reviews.answer(reference, support.version(reference), " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("answer", "field.required"));
    }

    @Test
    void onlyARoundAwaitingReviewCanBeDecidedAndOnlyAReturnedOneAnswered() {
        signIn(anna);
        String open = support.register("Parkeren voor de uitrit");
        String closed = support.closedCaseOf(anna, "Klacht over bejegening");

        signIn(coordinator);
        assertThatThrownBy(() -> reviews.approve(open, support.version(open), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("review", "review.notAwaiting"));
        reviews.approve(closed, support.version(closed), null);
        assertThatThrownBy(() -> reviews.returnForAnswer(closed, support.version(closed), "Toch nog iets."))
                .isInstanceOf(InvalidInputException.class);

        signIn(anna);
        assertThatThrownBy(() -> reviews.answer(closed, support.version(closed), "Antwoord zonder vraag."))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("answer", "review.nothingToAnswer"));
    }

    @Test
    void aMediatorCannotReview() {
        String reference = support.closedCaseOf(anna, "Achterstallig onderhoud");
        long version = support.version(reference);
        signIn(anna);

        assertThatThrownBy(() -> reviews.approve(reference, version, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.returnForAnswer(reference, version, "Eigen zaak terugsturen"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.reviewQueue(PageRequest.of(0, 20))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.reviewQueueCount()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSupervisorAndAnAdministratorCannotAnswer() {
        String reference = support.closedCaseOf(anna, "Wantrouwen na politieoptreden");
        signIn(coordinator);
        reviews.returnForAnswer(reference, support.version(reference), "Graag aanvullen.");
        long version = support.version(reference);

        assertThatThrownBy(() -> reviews.answer(reference, version, "Namens de bemiddelaar"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.returnedToMe()).isInstanceOf(AccessDeniedException.class);
        signIn(support.person("beheer", Role.ADMIN));
        assertThatThrownBy(() -> reviews.answer(reference, version, "Beheerder")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.reviewQueueCount()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMediatorOfOtherCasesGetsNotFoundWhenAnswering() {
        String reference = support.closedCaseOf(anna, "Inrichting van het buurtplein");
        signIn(coordinator);
        reviews.returnForAnswer(reference, support.version(reference), "Graag aanvullen.");
        long version = support.version(reference);

        signIn(youssef);
        assertThatThrownBy(() -> reviews.answer(reference, version, "Ik ben niet van deze zaak"))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> reviews.answer("2099-9999", version, "Bestaat niet"))
                .isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void aVerdictOrAnswerOnAnOutdatedPageIsRefusedAsStale() {
        String reference = support.closedCaseOf(anna, "Bezwaar tegen handhavingsbesluit");
        signIn(coordinator);
        long seenByBoth = support.version(reference);
        BrugUser secondCoordinator = support.person("tweede", Role.SUPERVISOR);

        reviews.returnForAnswer(reference, seenByBoth, "Graag de uitkomst toelichten.");
        signIn(secondCoordinator);
        assertThatThrownBy(() -> reviews.approve(reference, seenByBoth, null))
                .isInstanceOfSatisfying(StaleCaseException.class,
                        e -> assertThat(e.changedBy()).isEqualTo("Coordinator"));

        signIn(anna);
        long returnedVersion = support.version(reference);
        assertThatThrownBy(() -> reviews.answer(reference, returnedVersion - 1, "Te laat"))
                .isInstanceOf(StaleCaseException.class);
        assertThat(cases.details(reference).reviews()).singleElement()
                .satisfies(round -> assertThat(round.verdict()).isEqualTo(ReviewVerdict.RETURNED));
    }

    @Test
    void everyReviewChangeIsAudited() {
        String reference = support.closedCaseOf(anna, "Geluid van de buren");
        signIn(coordinator);
        reviews.returnForAnswer(reference, support.version(reference), "Graag aanvullen.");
        signIn(anna);
        reviews.answer(reference, support.version(reference), "Aangevuld.");
        signIn(coordinator);
        reviews.approve(reference, support.version(reference), null);

        assertThat(support.changesRecorded(reference, "review")).containsExactly("review round 1 RETURNED",
                "review round 1 answered", "review round 2 APPROVED");
        assertThat(jdbc.queryForList("select actor_username from audit_log where action = 'CASE_CHANGED'"
                + " and detail like 'review%' order by id", String.class))
                .containsExactly("coordinator", "anna", "coordinator");
    }

    @Test
    void reopeningSupersedesTheRoundAwaitingReviewAndTheNextClosingStartsANewOne() {
        String reference = support.closedCaseOf(anna, "Heropende zaak");
        signIn(coordinator);
        cases.transition(reference, support.version(reference), TransitionRequest.reopen("Nieuwe klacht van de buren."));

        assertThat(reviews.reviewQueueCount()).isZero();
        CaseDetails reopened = cases.details(reference);
        assertThat(reopened.actions().canReview()).isFalse();
        assertThat(reopened.reviews()).singleElement().satisfies(round -> {
            assertThat(round.verdict()).isEqualTo(ReviewVerdict.SUPERSEDED);
            assertThat(round.reviewer()).isEqualTo("Coordinator");
        });

        signIn(anna);
        support.close(reference);
        signIn(coordinator);
        assertThat(reviews.reviewQueueCount()).isEqualTo(1);
        assertThat(cases.details(reference).reviews()).extracting(ReviewRoundView::round, ReviewRoundView::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ReviewVerdict.SUPERSEDED),
                        org.assertj.core.groups.Tuple.tuple(2, null));
    }

    @Test
    void aReturnedCaseThatIsReopenedNoLongerAwaitsAnAnswer() {
        String reference = support.closedCaseOf(anna, "Teruggestuurd en heropend");
        signIn(coordinator);
        reviews.returnForAnswer(reference, support.version(reference), "Graag aanvullen.");
        cases.transition(reference, support.version(reference), TransitionRequest.reopen("Partijen willen verder."));

        signIn(anna);
        assertThat(reviews.returnedToMe()).isEmpty();
        assertThat(cases.details(reference).actions().canAnswerReview()).isFalse();
        assertThat(cases.details(reference).reviews()).singleElement()
                .satisfies(round -> assertThat(round.verdict()).isEqualTo(ReviewVerdict.RETURNED));
    }

    @Test
    void aSupervisorReviewingACaseStillCannotReadItsConfidentialNotes() {
        signIn(anna);
        String reference = support.register("Vertrouwelijk journaal");
        work.addNote(reference, "Alleen voor de bemiddelaars.", true);
        work.addNote(reference, "Voor iedereen die de zaak mag zien.", false);
        support.close(reference);

        signIn(coordinator);
        CaseDetails details = cases.details(reference);
        assertThat(details.actions().canReview()).isTrue();
        assertThat(details.notes()).extracting(CaseDetails.NoteView::text)
                .containsExactly("Voor iedereen die de zaak mag zien.");
    }

    @Test
    void aSupervisorWhoMediatedTheCaseDoesNotReviewIt() {
        BrugUser sanne = support.person("sanne", Role.MEDIATOR, Role.SUPERVISOR);
        signIn(sanne);
        String reference = support.register("Eigen zaak");
        support.close(reference);

        CaseDetails own = cases.details(reference);
        assertThat(own.actions().canReview()).isFalse();
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> reviews.approve(reference, own.version(), "Prima gedaan"));
        assertThat(refused.fieldMessageKeys()).containsEntry("review", "review.ownCase");

        signIn(coordinator);
        CaseDetails other = cases.details(reference);
        assertThat(other.actions().canReview()).isTrue();
        reviews.approve(reference, other.version(), null);
        assertThat(reviews.reviewQueueCount()).isZero();
    }

    private void signIn(BrugUser user) {
        support.signIn(user);
    }

    private static List<String> references(List<CaseListItem> items) {
        return items.stream().map(CaseListItem::reference).toList();
    }
}
