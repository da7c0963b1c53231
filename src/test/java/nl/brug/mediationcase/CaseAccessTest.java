package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.horizontal;
import static nl.brug.mediationcase.CaseData.neighbour;
import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import nl.brug.base.InvalidInputException;
import nl.brug.mediationcase.agreement.AgreementForm;
import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.lifecycle.TransitionRequest;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.security.BrugUser;
import nl.brug.security.Role;

/** Who may see and change a case: enforced in the services, whatever the screens show. */
@CaseIntegrationTest
class CaseAccessTest extends CaseTestSupport {

    private BrugUser anna;
    private BrugUser bert;
    private BrugUser outsider;
    private BrugUser carla;
    private BrugUser sanne;
    private BrugUser admin;
    private String ref;

    @BeforeEach
    void annaAndBertWorkOnACase() {
        anna = fixture.mediator("anna", "Anna de Vries");
        bert = fixture.mediator("bert", "Bert Bos");
        outsider = fixture.mediator("olaf", "Olaf Buiten");
        carla = fixture.supervisor("carla", "Carla Jansen");
        sanne = fixture.account("sanne", "Sanne Bakker", Role.MEDIATOR, Role.SUPERVISOR);
        admin = fixture.admin("bram", "Bram de Beheerder");
        ref = register(anna, horizontal("Burenruzie Lindelaan", resident("Piet Post"), neighbour("Fatma Yilmaz")));
        fixture.run(carla, () -> cases.assignMediators(ref, cases.details(ref).version(), anna.accountId(),
                bert.accountId()));
    }

    // --- a mediator of another case --------------------------------------------------------------------

    @Test
    void anotherMediatorsCaseLooksExactlyLikeACaseThatDoesNotExist() {
        String missing = "2026-9999";
        for (String reference : List.of(ref, missing)) {
            long version = 0;
            List<Throwable> thrown = fixture.as(outsider, () -> List.of(
                    catchThrowable(() -> cases.details(reference)),
                    catchThrowable(() -> cases.updateOverview(reference, version,
                            CaseOverview.of("Gekaapt", CaseKind.HORIZONTAL, Theme.NOISE, Source.OTHER))),
                    catchThrowable(() -> cases.transition(reference, version, TransitionRequest.forward(CaseStatus.INTAKE))),
                    catchThrowable(() -> cases.transition(reference, version, TransitionRequest.reopen("Even kijken"))),
                    catchThrowable(() -> work.addNote(reference, "Ik lees mee", false)),
                    catchThrowable(() -> work.addParty(reference, resident("Indringer"))),
                    catchThrowable(() -> work.planSession(reference, aSession())),
                    catchThrowable(() -> work.addAgreementItem(reference, AgreementItemData.open("x", "y", null))),
                    catchThrowable(() -> work.recordAgreement(reference, version, AgreementForm.INTENT, null)),
                    catchThrowable(() -> work.recordFollowUp(reference, version, null, null))));
            assertThat(thrown).allSatisfy(t -> assertThat(t).isExactlyInstanceOf(CaseNotFoundException.class)
                    .hasMessage("No case " + reference));
        }
        CaseDetails unchanged = details(anna, ref);
        assertThat(unchanged.overview().facts().title()).isEqualTo("Burenruzie Lindelaan");
        assertThat(unchanged.notes()).isEmpty();
        assertThat(unchanged.parties()).hasSize(2);
        assertThat(unchanged.status()).isEqualTo(CaseStatus.REGISTERED);
    }

    @Test
    void anotherMediatorFindsNoneOfTheCaseInTheList() {
        fixture.signIn(outsider);
        assertThat(search.count(CaseFilter.all())).isZero();
        assertThat(search.page(CaseFilter.all().withText("Lindelaan"), PageRequest.of(0, 10)))
                .isEmpty();
        assertThat(search.myWork().openCases()).isEmpty();
    }

    @Test
    void aMediatorTakenOffTheCaseLosesAccess() {
        fixture.run(carla, () -> cases.assignMediators(ref, cases.details(ref).version(), anna.accountId(), null));
        assertThatThrownBy(() -> details(bert, ref)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> fixture.run(bert, () -> work.addNote(ref, "Nog één ding", false)))
                .isInstanceOf(CaseNotFoundException.class);
    }

    // --- the co-mediator ---------------------------------------------------------------------------------

    @Test
    void theCoMediatorWorksOnTheCaseLikeTheLead() {
        fixture.run(bert, () -> {
            CaseDetails d = cases.details(ref);
            assertThat(d.actions().editable()).isTrue();
            cases.updateOverview(ref, d.version(), d.overview().facts().withDescription("Ruzie over de schutting"));
            work.addNote(ref, "Eerste contact met Piet", false);
            work.planSession(ref, aSession());
            cases.transition(ref, cases.details(ref).version(), TransitionRequest.forward(CaseStatus.INTAKE));
        });
        CaseDetails d = details(anna, ref);
        assertThat(d.overview().facts().description()).isEqualTo("Ruzie over de schutting");
        assertThat(d.notes()).singleElement().satisfies(n -> assertThat(n.author()).isEqualTo("Bert Bos"));
        assertThat(d.sessions()).hasSize(1);
        assertThat(d.status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(d.history().getLast().actor()).isEqualTo("Bert Bos");
        assertThat(d.overview().lastChange().by()).isEqualTo("Bert Bos");
    }

    // --- supervisors -----------------------------------------------------------------------------------

    @Test
    void aSupervisorReadsEveryCaseButChangesNone() {
        CaseDetails seen = details(carla, ref);
        assertThat(seen.reference()).isEqualTo(ref);
        assertThat(seen.actions().editable()).isFalse();
        assertThat(seen.actions().nextSteps()).isEmpty();
        assertThat(seen.actions().canClose()).isFalse();
        assertThat(seen.actions().canAssign()).isTrue();

        long version = seen.version();
        fixture.signIn(carla);
        assertThatThrownBy(() -> work.addNote(ref, "Coördinator schrijft mee", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.updateOverview(ref, version, seen.overview().facts().withDescription("Aangepast")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.transition(ref, version, TransitionRequest.forward(CaseStatus.INTAKE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.transition(ref, version,
                TransitionRequest.close(Outcome.NOT_SUITABLE, null, "Niet geschikt")))
                .isInstanceOf(AccessDeniedException.class);
        fixture.signOut();

        CaseDetails after = details(anna, ref);
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.notes()).isEmpty();
        assertThat(after.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(after.overview().facts().description()).isNull();
    }

    @Test
    void aSupervisorOnlyAccountIsRefusedEveryWorkServiceMethod() {
        fixture.signIn(carla);
        assertEveryPublicMethodDenied(work, CaseWorkService.class);
    }

    @Test
    void aMediatorWhoIsAlsoSupervisorSeesButCannotChangeACaseNotTheirs() {
        fixture.signIn(sanne);
        CaseDetails seen = cases.details(ref);
        assertThat(seen.actions().editable()).isFalse();
        assertThatThrownBy(() -> work.addNote(ref, "Meelezen", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.updateOverview(ref, seen.version(), seen.overview().facts()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(search.count(CaseFilter.all())).isEqualTo(1);
    }

    // --- administrators and anonymous callers ------------------------------------------------------------

    @Test
    void anAdministratorIsRefusedEveryCaseMethod() {
        fixture.signIn(admin);
        assertEveryPublicMethodDenied(cases, CaseService.class);
        assertEveryPublicMethodDenied(work, CaseWorkService.class);
        assertEveryPublicMethodDenied(search, CaseSearchService.class);
        // Also with real arguments, for a case that exists.
        assertThatThrownBy(() -> cases.details(ref)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.register(horizontal("Van de beheerder", resident("Piet Post"))))
                .isInstanceOf(AccessDeniedException.class);
        fixture.signOut();
        assertThat(fixture.count("mediation_case")).isEqualTo(1);
    }

    @Test
    void nobodySignedInIsRefusedEveryCaseMethod() {
        fixture.signOut();
        assertEveryPublicMethodDenied(cases, CaseService.class);
        assertEveryPublicMethodDenied(work, CaseWorkService.class);
        assertEveryPublicMethodDenied(search, CaseSearchService.class);
    }

    // --- assigning mediators -------------------------------------------------------------------------------

    @Test
    void onlyASupervisorAssignsMediators() {
        long version = caseVersion(anna, ref);
        assertThatThrownBy(() -> fixture.run(anna, () -> cases.assignMediators(ref, version, anna.accountId(),
                outsider.accountId()))).isInstanceOf(AccessDeniedException.class);
        assertThat(details(anna, ref).overview().co().accountId()).isEqualTo(bert.accountId());

        fixture.run(sanne, () -> cases.assignMediators(ref, version, bert.accountId(), outsider.accountId()));
        CaseDetails reassigned = details(bert, ref);
        assertThat(reassigned.overview().lead().name()).isEqualTo("Bert Bos");
        assertThat(reassigned.overview().co().name()).isEqualTo("Olaf Buiten");
        assertThatThrownBy(() -> details(anna, ref)).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void leadAndCoMustBeTwoPeople() {
        assertAssignRefused(outsider.accountId(), outsider.accountId(), "co", "case.assign.samePerson");
    }

    @Test
    void onlyEnabledMediatorsCanBeAssigned() {
        BrugUser gone = fixture.disabledMediator("gert", "Gert Weg");
        assertAssignRefused(carla.accountId(), null, "lead", "case.assign.notAMediator");
        assertAssignRefused(anna.accountId(), admin.accountId(), "co", "case.assign.notAMediator");
        assertAssignRefused(gone.accountId(), null, "lead", "case.assign.notAMediator");
        assertAssignRefused(anna.accountId(), 987_654L, "co", "case.assign.notAMediator");
    }

    @Test
    void assigningOnAnOutdatedVersionIsStale() {
        long version = caseVersion(carla, ref);
        fixture.run(carla, () -> cases.assignMediators(ref, version, bert.accountId(), anna.accountId()));
        assertThatThrownBy(() -> fixture.run(carla, () -> cases.assignMediators(ref, version, outsider.accountId(), null)))
                .isInstanceOfSatisfying(StaleCaseException.class, e -> assertThat(e.changedBy()).isEqualTo("Carla Jansen"));
        assertThat(details(carla, ref).overview().lead().accountId()).isEqualTo(bert.accountId());
    }

    private void assertAssignRefused(Long lead, Long co, String field, String key) {
        CaseDetails before = details(carla, ref);
        assertThatThrownBy(() -> fixture.run(carla, () -> cases.assignMediators(ref, before.version(), lead, co)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessageKeys()).isEqualTo(Map.of(field, key)));
        CaseDetails after = details(carla, ref);
        assertThat(after.overview().lead()).isEqualTo(before.overview().lead());
        assertThat(after.overview().co()).isEqualTo(before.overview().co());
        assertThat(after.version()).isEqualTo(before.version());
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static SessionData aSession() {
        LocalDateTime start = LocalDateTime.of(2026, 3, 16, 14, 0);
        return SessionData.planned(SessionKind.INTAKE, start, start.plusHours(1), "Buurthuis De Linde");
    }

    /**
     * Calls every public method the service class declares, on the secured bean, with placeholder arguments.
     * Method security runs before the method looks at its arguments, so each call must be refused.
     */
    private static void assertEveryPublicMethodDenied(Object bean, Class<?> serviceClass) {
        List<Method> methods = Arrays.stream(serviceClass.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .sorted(Comparator.comparing(Method::getName))
                .toList();
        assertThat(methods).as("public methods of %s", serviceClass.getSimpleName()).hasSizeGreaterThanOrEqualTo(3);
        List<String> notDenied = new ArrayList<>();
        for (Method method : methods) {
            Object[] arguments = Arrays.stream(method.getParameterTypes()).map(CaseAccessTest::placeholder).toArray();
            Throwable thrown;
            try {
                method.invoke(bean, arguments);
                thrown = null;
            } catch (InvocationTargetException e) {
                thrown = e.getCause();
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
            if (!(thrown instanceof AccessDeniedException || thrown instanceof AuthenticationCredentialsNotFoundException)) {
                notDenied.add(method.getName() + " -> " + (thrown == null ? "returned normally" : thrown));
            }
        }
        assertThat(notDenied).as("%s methods that were not refused", serviceClass.getSimpleName()).isEmpty();
    }

    private static Object placeholder(Class<?> type) {
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "2026-0001";
        }
        if (type == CaseFilter.class) {
            return CaseFilter.all();
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 10);
        }
        return null;
    }

    @Test
    void onceIntakeHasStartedALeadCanBeReplacedButNotRemoved() {
        forward(anna, ref, CaseStatus.INTAKE);
        long version = caseVersion(anna, ref);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> fixture.run(carla,
                () -> cases.assignMediators(ref, version, null, bert.accountId())));
        assertThat(refused.fieldMessageKeys()).containsEntry("lead", "case.assign.leadRequired");
        assertThat(details(carla, ref).overview().lead().name()).isEqualTo("Anna de Vries");

        fixture.run(carla, () -> cases.assignMediators(ref, version, bert.accountId(), anna.accountId()));
        assertThat(details(carla, ref).overview().lead().name()).isEqualTo("Bert Bos");
    }
}
