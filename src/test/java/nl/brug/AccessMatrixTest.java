package nl.brug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import nl.brug.account.NewAccount;
import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditFilter;
import nl.brug.conflictofinterest.CaseCircumstances;
import nl.brug.mediationcase.CaseFilter;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseNotFoundException;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseService;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.documents.CaseDocument;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.reporting.tension.Quarter;
import nl.brug.reporting.tension.TensionPicture;
import nl.brug.reporting.tension.TensionQuery;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TestAccounts;

/**
 * The role table of PRODUCT.md as a matrix: every route and every public method of every application
 * service, against anonymous, the mediator assigned to the case, a mediator not assigned, a supervisor and
 * an administrator. Each cell is checked for real: routes with Vaadin's access checker, service methods by
 * calling them with that user signed in. A route or service method without a row here fails the build, so
 * nothing new is left unguarded by accident.
 *
 * <p>"Denied" means the call was refused before it did anything: access denied, not signed in, or (for a
 * case the user may not see) "not found". Any other outcome, including a refusal of the arguments, means the
 * security checks let the call through.
 */
@BrugSpringTest
class AccessMatrixTest {

    enum Actor { ANONYMOUS, MEDIATOR_ASSIGNED, MEDIATOR_NOT_ASSIGNED, SUPERVISOR, ADMIN, FUNDER }

    private static final Set<Actor> EVERYONE = EnumSet.allOf(Actor.class);
    private static final Set<Actor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS));
    private static final Set<Actor> CASE_WORKERS = EnumSet.of(Actor.MEDIATOR_ASSIGNED, Actor.MEDIATOR_NOT_ASSIGNED,
            Actor.SUPERVISOR);
    private static final Set<Actor> MEDIATORS = EnumSet.of(Actor.MEDIATOR_ASSIGNED, Actor.MEDIATOR_NOT_ASSIGNED);
    private static final Set<Actor> ASSIGNED_MEDIATOR = EnumSet.of(Actor.MEDIATOR_ASSIGNED);
    private static final Set<Actor> ASSIGNED_OR_SUPERVISOR = EnumSet.of(Actor.MEDIATOR_ASSIGNED, Actor.SUPERVISOR);
    private static final Set<Actor> SUPERVISOR = EnumSet.of(Actor.SUPERVISOR);
    private static final Set<Actor> ADMIN = EnumSet.of(Actor.ADMIN);
    /** The funder (opdrachtgever) reaches the tension picture and nothing of a case. */
    private static final Set<Actor> SUPERVISOR_OR_FUNDER = EnumSet.of(Actor.SUPERVISOR, Actor.FUNDER);
    /** Those for whom a second factor is not required (the supervisor and administrator here have one already). */
    private static final Set<Actor> MAY_CHOOSE_A_SECOND_FACTOR = EnumSet.of(Actor.MEDIATOR_ASSIGNED,
            Actor.MEDIATOR_NOT_ASSIGNED, Actor.FUNDER);

    /** Route template → who may open it. */
    private static final Map<String, Set<Actor>> ROUTES = Map.ofEntries(
            Map.entry("login", EVERYONE),
            Map.entry("setup", EVERYONE),
            Map.entry("password", SIGNED_IN),
            // the second step of a login and setting up the authenticator app (a login half done is tested in
            // SecondFactorServiceTest and PendingSecondStepTest)
            Map.entry("second-factor", SIGNED_IN),
            Map.entry("second-factor/setup", SIGNED_IN),
            Map.entry("", SIGNED_IN), // Mijn werk; an administrator is sent on to the accounts
            Map.entry("accounts", ADMIN),
            Map.entry("audit", ADMIN),
            Map.entry("backups", ADMIN),
            Map.entry("cases", CASE_WORKERS),
            Map.entry("cases/new", CASE_WORKERS),
            Map.entry("cases/:reference", CASE_WORKERS), // which case: decided by the service (see below)
            Map.entry("intake-queue", SUPERVISOR),
            Map.entry("review-queue", SUPERVISOR),
            Map.entry("retention", SUPERVISOR),
            Map.entry("reports/outcomes", SUPERVISOR),
            Map.entry("conflicts-of-interest", MEDIATORS),
            Map.entry("my-calendar", MEDIATORS),
            Map.entry("subject-access", SUPERVISOR),
            Map.entry("tension", SUPERVISOR_OR_FUNDER));

    /** Service.method → who may call it. Case methods are called on a case assigned to MEDIATOR_ASSIGNED. */
    private static final Map<String, Set<Actor>> SERVICE_METHODS = Map.ofEntries(
            // accounts
            Map.entry("AccountService.setupNeeded", EVERYONE),
            Map.entry("AccountService.createFirstAdministrator", EVERYONE), // refused once any account exists
            Map.entry("AccountService.create", ADMIN),
            Map.entry("AccountService.createWithTemporaryPassword", ADMIN),
            Map.entry("AccountService.changeRoles", ADMIN),
            Map.entry("AccountService.deactivate", ADMIN),
            Map.entry("AccountService.reactivate", ADMIN),
            Map.entry("AccountService.resetPassword", ADMIN),
            Map.entry("AccountService.unlock", ADMIN),
            Map.entry("AccountService.resetSecondFactor", ADMIN),
            Map.entry("AccountService.search", ADMIN),
            Map.entry("AccountService.count", ADMIN),
            Map.entry("AccountService.changeOwnPassword", SIGNED_IN),
            Map.entry("AccountService.mustChangePassword", SIGNED_IN),
            Map.entry("AccountService.displayNames", SIGNED_IN),
            Map.entry("AccountService.find", SIGNED_IN),
            Map.entry("AccountService.rememberForCurrentUser", SIGNED_IN),
            Map.entry("AccountService.enabledMediators", CASE_WORKERS),
            Map.entry("AccountService.deactivatedAccountIds", SUPERVISOR),
            // the second factor: the supervisor and the administrator here have one, the mediators may set one up;
            // the code step is only for a login half done (password only): see SecondFactorServiceTest
            Map.entry("SecondFactorService.isSetUpOrPending", SIGNED_IN),
            Map.entry("SecondFactorService.beginSetup", MAY_CHOOSE_A_SECOND_FACTOR),
            Map.entry("SecondFactorService.confirmSetup", MAY_CHOOSE_A_SECOND_FACTOR),
            Map.entry("SecondFactorService.verify", EnumSet.noneOf(Actor.class)),
            // audit: writing is part of every action (also a failed login); reading is for administrators
            Map.entry("AuditService.record", EVERYONE),
            // only the nightly anonymisation, which runs as the system (RetentionTest): no person
            Map.entry("AuditService.forgetDetailsOfCase", EnumSet.noneOf(Actor.class)),
            Map.entry("AuditService.recordFor", EVERYONE),
            Map.entry("AuditService.search", ADMIN),
            Map.entry("AuditService.count", ADMIN),
            Map.entry("AuditService.countUpTo", ADMIN),
            Map.entry("AuditService.exportCsv", ADMIN),
            // backups (on the in-memory test database backupNow refuses after the security check)
            Map.entry("BackupService.backupNow", ADMIN),
            Map.entry("BackupService.list", ADMIN),
            Map.entry("BackupService.status", ADMIN),
            // a whole case
            Map.entry("CaseService.register", CASE_WORKERS),
            Map.entry("CaseService.details", ASSIGNED_OR_SUPERVISOR),
            Map.entry("CaseService.updateOverview", ASSIGNED_MEDIATOR),
            Map.entry("CaseService.transition", ASSIGNED_MEDIATOR), // a forward step; reopening: see CaseLifecycleServiceTest
            Map.entry("CaseService.assignMediators", SUPERVISOR),
            Map.entry("CaseService.declareConflict", ASSIGNED_MEDIATOR),
            // conflicts of interest: each mediator's own list (see ConflictOfInterestServiceTest), the check
            Map.entry("ConflictOfInterestService.mine", MEDIATORS),
            Map.entry("ConflictOfInterestService.addNeighbourhood", MEDIATORS),
            Map.entry("ConflictOfInterestService.removeNeighbourhood", MEDIATORS),
            Map.entry("ConflictOfInterestService.addKnownPerson", MEDIATORS),
            Map.entry("ConflictOfInterestService.removeKnownPerson", MEDIATORS),
            // the check: a mediator may ask only about themselves (see ConflictOfInterestServiceTest)
            Map.entry("ConflictOfInterestService.matchesFor", SUPERVISOR),
            // the parts of a case
            Map.entry("CaseWorkService.addParty", ASSIGNED_MEDIATOR),
            Map.entry("CaseWorkService.updateParty", ASSIGNED_MEDIATOR),
            Map.entry("CaseWorkService.removeParty", ASSIGNED_MEDIATOR),
            Map.entry("CaseWorkService.planSession", ASSIGNED_MEDIATOR),
            Map.entry("CaseWorkService.updateSession", ASSIGNED_MEDIATOR),
            Map.entry("CaseWorkService.addNote", ASSIGNED_MEDIATOR),
            Map.entry("CaseWorkService.makeNoteConfidential", ASSIGNED_MEDIATOR),
            Map.entry("CaseWorkService.markProcedureHandled", ASSIGNED_MEDIATOR),
            Map.entry("CaseWorkService.addAgreementItem", ASSIGNED_MEDIATOR),
            Map.entry("CaseWorkService.updateAgreementItem", ASSIGNED_MEDIATOR),
            Map.entry("CaseWorkService.removeAgreementItem", ASSIGNED_MEDIATOR),
            Map.entry("CaseWorkService.recordAgreement", ASSIGNED_MEDIATOR),
            Map.entry("CaseWorkService.recordFollowUp", ASSIGNED_MEDIATOR),
            // finding cases (a mediator finds only their own: see CaseSearchTest)
            Map.entry("CaseSearchService.page", CASE_WORKERS),
            Map.entry("CaseSearchService.count", CASE_WORKERS),
            Map.entry("CaseSearchService.rows", CASE_WORKERS),
            Map.entry("CaseSearchService.countUpTo", CASE_WORKERS),
            Map.entry("CaseSearchService.exportCsv", CASE_WORKERS),
            Map.entry("CaseSearchService.myWork", CASE_WORKERS),
            // supervision
            Map.entry("CaseIntakeQueueService.unassigned", SUPERVISOR),
            Map.entry("CaseIntakeQueueService.unassignedCount", SUPERVISOR),
            Map.entry("CaseIntakeQueueService.needingAnotherMediator", SUPERVISOR),
            // retention of closed cases
            Map.entry("RetentionService.term", SUPERVISOR),
            Map.entry("RetentionService.dueSoon", SUPERVISOR),
            Map.entry("RetentionService.lastRun", SUPERVISOR),
            Map.entry("RetentionService.postpone", SUPERVISOR),
            Map.entry("CaseReviewService.approve", SUPERVISOR),
            Map.entry("CaseReviewService.returnForAnswer", SUPERVISOR),
            Map.entry("CaseReviewService.reviewQueue", SUPERVISOR),
            Map.entry("CaseReviewService.reviewQueueCount", SUPERVISOR),
            Map.entry("CaseReviewService.answer", ASSIGNED_MEDIATOR),
            Map.entry("CaseReviewService.returnedToMe", MEDIATORS),
            // a person's access request (unknown party ids: the supervisor's call is refused as input)
            Map.entry("SubjectAccessService.find", SUPERVISOR),
            Map.entry("SubjectAccessService.html", SUPERVISOR),
            Map.entry("SubjectAccessService.json", SUPERVISOR),
            // calendars: a session's .ics for whoever may open the case; the sessions for a feed only through a
            // token (the feed runs as the system, see CalendarTest); each mediator's own address
            Map.entry("CaseSessionService.session", ASSIGNED_OR_SUPERVISOR),
            Map.entry("CaseSessionService.sessionsOf", EnumSet.noneOf(Actor.class)),
            Map.entry("CalendarService.sessionEvent", ASSIGNED_OR_SUPERVISOR),
            Map.entry("CalendarSubscriptionService.mine", MEDIATORS),
            Map.entry("CalendarSubscriptionService.renew", MEDIATORS),
            Map.entry("CalendarSubscriptionService.revoke", MEDIATORS),
            // the token is the credential: an unknown one finds nothing, for anyone (CalendarTest)
            Map.entry("CalendarSubscriptionService.feed", EVERYONE),
            Map.entry("OutcomeReportService.report", SUPERVISOR),
            Map.entry("OutcomeReportService.exportCsv", SUPERVISOR),
            Map.entry("OutcomeReportService.exportPdf", SUPERVISOR),
            Map.entry("CaseDocumentService.print", ASSIGNED_OR_SUPERVISOR),
            Map.entry("TensionPictureService.municipalities", SUPERVISOR_OR_FUNDER),
            Map.entry("TensionPictureService.currentQuarter", SUPERVISOR_OR_FUNDER),
            Map.entry("TensionPictureService.picture", SUPERVISOR_OR_FUNDER),
            Map.entry("TensionPictureService.exportCsv", SUPERVISOR_OR_FUNDER),
            Map.entry("TensionPictureService.exportPdf", SUPERVISOR_OR_FUNDER),
            Map.entry("TensionPictureService.chart", SUPERVISOR_OR_FUNDER));

    @Autowired
    ApplicationContext context;
    @Autowired
    AccessAnnotationChecker accessChecker;
    @Autowired
    DatabaseReset database;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    CaseService cases;

    private final Map<Actor, BrugUser> signedIn = new LinkedHashMap<>();
    private final AtomicInteger unique = new AtomicInteger();
    private String reference = "";

    @BeforeEach
    void aCaseOfAnnasAndOnePersonPerRole() {
        database.clear();
        accounts.create("anna", Role.MEDIATOR);
        accounts.create("olaf", Role.MEDIATOR);
        accounts.create("carla", Role.SUPERVISOR);
        accounts.create("bram", Role.ADMIN);
        accounts.create("frank", Role.FUNDER);
        signedIn.put(Actor.MEDIATOR_ASSIGNED, accounts.signedIn("anna"));
        signedIn.put(Actor.MEDIATOR_NOT_ASSIGNED, accounts.signedIn("olaf"));
        signedIn.put(Actor.SUPERVISOR, accounts.signedIn("carla"));
        signedIn.put(Actor.ADMIN, accounts.signedIn("bram"));
        signedIn.put(Actor.FUNDER, accounts.signedIn("frank"));
        signIn(Actor.MEDIATOR_ASSIGNED);
        reference = cases.register(registration());
        SecurityContextHolder.clearContext();
    }

    // --- routes --------------------------------------------------------------------------------------

    @Test
    void everyRouteHasARuleAndKeepsIt() {
        Map<String, Class<?>> routes = routeClasses();
        assertThat(routes.keySet()).as("routes without a rule in the access matrix (add them to ROUTES)")
                .isSubsetOf(ROUTES.keySet());
        assertThat(ROUTES.keySet()).as("rules for routes that no longer exist").isSubsetOf(routes.keySet());

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Class<?>> route : new TreeMap<>(routes).entrySet()) {
            for (Actor actor : Actor.values()) {
                boolean expected = ROUTES.get(route.getKey()).contains(actor);
                boolean actual = accessChecker.hasAccess(route.getValue(), principal(actor), role -> hasRole(actor, role));
                if (expected != actual) {
                    wrong.add("/" + route.getKey() + " for " + actor + ": expected " + verdict(expected) + ", was "
                            + verdict(actual));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private Map<String, Class<?>> routeClasses() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new LinkedHashMap<>();
        scanner.findCandidateComponents("nl.brug").forEach(definition -> {
            try {
                Class<?> view = Class.forName(definition.getBeanClassName());
                routes.put(view.getAnnotation(Route.class).value(), view);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return routes;
    }

    private Principal principal(Actor actor) {
        BrugUser user = signedIn.get(actor);
        return user == null ? null : user::getUsername;
    }

    private boolean hasRole(Actor actor, String role) {
        BrugUser user = signedIn.get(actor);
        return user != null && user.roles().stream().anyMatch(held -> held.name().equals(role));
    }

    // --- application services ------------------------------------------------------------------------

    @Test
    void everyPublicServiceMethodHasARuleAndKeepsIt() throws Exception {
        Map<String, Method> methods = new TreeMap<>();
        Map<String, Object> beans = new LinkedHashMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("nl.brug")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !method.isBridge()) {
                    String key = type.getSimpleName() + "." + method.getName();
                    methods.put(key, method);
                    beans.put(key, bean);
                }
            }
        }
        assertThat(methods.keySet()).as("public service methods without a rule in the access matrix")
                .isSubsetOf(SERVICE_METHODS.keySet());
        assertThat(SERVICE_METHODS.keySet()).as("rules for service methods that no longer exist")
                .isSubsetOf(methods.keySet());

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Method> entry : methods.entrySet()) {
            for (Actor actor : Actor.values()) {
                boolean expected = SERVICE_METHODS.get(entry.getKey()).contains(actor);
                boolean actual = callIsAllowed(beans.get(entry.getKey()), entry.getValue(), actor);
                if (expected != actual) {
                    wrong.add(entry.getKey() + " for " + actor + ": expected " + verdict(expected) + ", was "
                            + verdict(actual));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Calls the method as the actor; false when security refused it before it did anything. */
    private boolean callIsAllowed(Object bean, Method method, Actor actor) {
        signIn(actor);
        try {
            method.invoke(bean, arguments(method));
            return true;
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            return !(cause instanceof AccessDeniedException || cause instanceof AuthenticationCredentialsNotFoundException
                    || cause instanceof CaseNotFoundException);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(Actor actor) {
        SecurityContextHolder.clearContext();
        BrugUser user = signedIn.get(actor);
        if (user != null) {
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
    }

    /**
     * Arguments that pass validation where they can, so that the call reaches the security checks: the
     * case is the assigned mediator's, versions are outdated (so nothing is overwritten) and ids unknown.
     */
    private Object[] arguments(Method method) {
        return Arrays.stream(method.getParameters()).map(this::argument).toArray();
    }

    private Object argument(Parameter parameter) {
        Class<?> type = parameter.getType();
        String name = parameter.getName();
        if (type == String.class) {
            return switch (name) {
                case "reference", "caseReference" -> reference;
                case "username" -> "matrix" + unique.incrementAndGet();
                case "displayName" -> "Matrix Test";
                case "email" -> "matrix@example.org";
                case "currentPassword" -> "niet-het-huidige-wachtwoord";
                case "newPassword" -> "een-ander-lang-wachtwoord";
                default -> "tekst van de toegangstest";
            };
        }
        if (type == long.class || type == Long.class) {
            return name.toLowerCase(Locale.ROOT).contains("version") ? -1L : 999_999L;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 5);
        }
        if (type == CaseFilter.class) {
            return CaseFilter.all();
        }
        if (type == AuditFilter.class) {
            return AuditFilter.all();
        }
        if (type == AuditAction.class) {
            return AuditAction.EXPORT;
        }
        if (type == Writer.class) {
            return new StringWriter();
        }
        if (type == Set.class) {
            return EnumSet.of(Role.MEDIATOR);
        }
        if (type == Collection.class) {
            return List.of(999_999L);
        }
        if (type == Instant.class) {
            return Instant.parse("2026-01-01T00:00:00Z");
        }
        if (type == Locale.class) {
            return Locale.of("nl");
        }
        if (type == TensionQuery.class) {
            return new TensionQuery("Utrecht", new Quarter(2026, 1), new Quarter(2026, 2), null, null);
        }
        if (type == TensionPicture.class) {
            return new TensionPicture(new TensionQuery("Utrecht", new Quarter(2026, 1), new Quarter(2026, 1), null, null),
                    List.of(new Quarter(2026, 1)), List.of(), List.of(0L), 0L);
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 1, 1);
        }
        if (type == NewAccount.class) {
            return new NewAccount("matrix" + unique.incrementAndGet(), "Matrix Test", "matrix@example.org",
                    "een-lang-matrix-wachtwoord", Set.of(Role.MEDIATOR));
        }
        if (type == CaseRegistration.class) {
            return registration();
        }
        if (type == CaseOverview.class) {
            return CaseOverview.of("Geluidsoverlast", CaseKind.HORIZONTAL, Theme.NOISE, Source.PARTY_ITSELF);
        }
        if (type == PartyData.class) {
            return PartyData.person("Kees Visser", PartyRole.OTHER_PARTY);
        }
        if (type == SessionData.class) {
            LocalDateTime start = LocalDateTime.of(2026, 12, 1, 10, 0);
            return SessionData.planned(SessionKind.INTAKE, start, start.plusHours(1), "Buurthuis");
        }
        if (type == AgreementItemData.class) {
            return AgreementItemData.open("Geen muziek na 22:00", "Kees Visser", null);
        }
        if (type == AgreementForm.class) {
            return AgreementForm.INTENT;
        }
        if (type == CaseDocument.class) {
            return CaseDocument.MEDIATION_AGREEMENT;
        }
        if (type == CaseCircumstances.class) {
            return new CaseCircumstances(List.of("Piet Post"), "Utrecht", "Lombok");
        }
        if (type == TransitionRequest.class) {
            return TransitionRequest.forward(CaseStatus.INTAKE);
        }
        return fail("The access matrix cannot make an argument of type " + type.getName() + " (" + name
                + "): add one to AccessMatrixTest.argument");
    }

    private static CaseRegistration registration() {
        return new CaseRegistration(CaseOverview.of("Burenruzie Lindelaan", CaseKind.HORIZONTAL, Theme.NEIGHBOUR_NUISANCE,
                Source.PARTY_ITSELF), List.of(PartyData.person("Piet Post", PartyRole.REQUESTING_PARTY)));
    }

    private static String verdict(boolean allowed) {
        return allowed ? "allowed" : "denied";
    }

    @Test
    void theMatrixCoversEveryActorForEveryRow() {
        String actors = Arrays.stream(Actor.values()).map(Enum::name).collect(Collectors.joining(", "));
        assertThat(actors).isEqualTo("ANONYMOUS, MEDIATOR_ASSIGNED, MEDIATOR_NOT_ASSIGNED, SUPERVISOR, ADMIN, FUNDER");
        assertThat(ROUTES.values()).allSatisfy(rule -> assertThat(EVERYONE).containsAll(rule));
        assertThat(SERVICE_METHODS.values()).allSatisfy(rule -> assertThat(EVERYONE).containsAll(rule));
    }
}
