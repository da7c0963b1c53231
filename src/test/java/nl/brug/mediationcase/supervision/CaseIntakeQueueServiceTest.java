package nl.brug.mediationcase.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.brug.account.AccountService;
import nl.brug.account.internal.AccountRepository;
import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.CaseListItem;
import nl.brug.mediationcase.CaseService;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;

/** The supervisors' intake queue: cases waiting for a lead mediator, and cases whose mediator has left. */
@ReviewSpringTest
class CaseIntakeQueueServiceTest {

    @Autowired
    CaseIntakeQueueService queue;
    @Autowired
    CaseService cases;
    @Autowired
    AccountService accountService;
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
    BrugUser administrator;

    @BeforeEach
    void setUp() {
        support = new ReviewTestSupport(jdbc, accountRepository, passwordEncoder, cases);
        support.cleanDatabase();
        anna = support.person("anna", Role.MEDIATOR);
        youssef = support.person("youssef", Role.MEDIATOR);
        coordinator = support.person("coordinator", Role.SUPERVISOR);
        administrator = support.person("beheer", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCaseRegisteredByASupervisorWaitsForALeadAndOneRegisteredByAMediatorDoesNot() {
        support.signIn(anna);
        String mediatorsOwn = support.register("Aangemeld door Anna");
        support.signIn(coordinator);
        String waiting = support.register("Aangemeld door de coördinator");

        Page<CaseListItem> page = queue.unassigned(PageRequest.of(0, 20));

        assertThat(references(page.getContent())).containsExactly(waiting).doesNotContain(mediatorsOwn);
        assertThat(page.getContent().getFirst().leadMediator()).isNull();
        assertThat(queue.unassignedCount()).isEqualTo(1);
    }

    @Test
    void theQueueIsPagedOldestFirst() {
        support.signIn(coordinator);
        String first = support.register("Eerste");
        String second = support.register("Tweede");
        String third = support.register("Derde");

        Page<CaseListItem> firstPage = queue.unassigned(PageRequest.of(0, 2));
        Page<CaseListItem> secondPage = queue.unassigned(PageRequest.of(1, 2));

        assertThat(firstPage.getTotalElements()).isEqualTo(3);
        assertThat(references(firstPage.getContent())).containsExactly(first, second);
        assertThat(references(secondPage.getContent())).containsExactly(third);
    }

    @Test
    void anAssignedCaseLeavesTheQueue() {
        support.signIn(coordinator);
        String reference = support.register("Toe te wijzen");

        cases.assignMediators(reference, support.version(reference), anna.accountId(), youssef.accountId());

        assertThat(queue.unassigned(PageRequest.of(0, 20))).isEmpty();
        assertThat(queue.unassignedCount()).isZero();
        assertThat(cases.details(reference).overview().lead()).isNotNull();
    }

    @Test
    void onlyEnabledMediatorsCanBeAssigned() {
        support.signIn(coordinator);
        String reference = support.register("Toe te wijzen");
        long version = support.version(reference);

        assertThatThrownBy(() -> cases.assignMediators(reference, version, coordinator.accountId(), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("lead", "case.assign.notAMediator"));
        deactivate(youssef);
        support.signIn(coordinator);
        assertThatThrownBy(() -> cases.assignMediators(reference, version, anna.accountId(), youssef.accountId()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).containsEntry("co", "case.assign.notAMediator"));
        assertThat(queue.unassignedCount()).as("nothing changed").isEqualTo(1);
    }

    @Test
    void anOpenCaseWhoseLeadOrCoIsDeactivatedNeedsAnotherMediator() {
        String ledByYoussef = registeredBy(youssef, "Youssef is hoofdbemiddelaar");
        String coByYoussef = registeredBy(anna, "Youssef is co-bemiddelaar");
        support.signIn(coordinator);
        cases.assignMediators(coByYoussef, support.version(coByYoussef), anna.accountId(), youssef.accountId());
        String annasOnly = registeredBy(anna, "Alleen Anna");
        String closedOfYoussef = support.closedCaseOf(youssef, "Afgesloten zaak van Youssef");

        support.signIn(coordinator);
        assertThat(queue.needingAnotherMediator()).as("nobody deactivated yet").isEmpty();

        deactivate(youssef);

        support.signIn(coordinator);
        assertThat(references(queue.needingAnotherMediator())).containsExactlyInAnyOrder(ledByYoussef, coByYoussef)
                .doesNotContain(annasOnly, closedOfYoussef);
    }

    @Test
    void reassigningTheCaseTakesItOffTheNeedsAnotherMediatorList() {
        String reference = registeredBy(youssef, "Overdragen");
        deactivate(youssef);
        support.signIn(coordinator);
        assertThat(references(queue.needingAnotherMediator())).containsExactly(reference);

        cases.assignMediators(reference, support.version(reference), anna.accountId(), null);

        assertThat(queue.needingAnotherMediator()).isEmpty();
    }

    @Test
    void theIntakeQueueIsForSupervisorsOnly() {
        support.signIn(anna);
        assertThatThrownBy(() -> queue.unassigned(PageRequest.of(0, 20))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.unassignedCount()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.needingAnotherMediator()).isInstanceOf(AccessDeniedException.class);
        support.signIn(administrator);
        assertThatThrownBy(() -> queue.unassigned(PageRequest.of(0, 20))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.needingAnotherMediator()).isInstanceOf(AccessDeniedException.class);
    }

    private String registeredBy(BrugUser mediator, String title) {
        support.signIn(mediator);
        return support.register(title);
    }

    /** Through the real account service, as an administrator does it. */
    private void deactivate(BrugUser person) {
        support.signIn(administrator);
        long version = accountService.find(person.accountId()).orElseThrow().version();
        accountService.deactivate(person.accountId(), version);
    }

    private static List<String> references(List<CaseListItem> items) {
        return items.stream().map(CaseListItem::reference).toList();
    }
}
