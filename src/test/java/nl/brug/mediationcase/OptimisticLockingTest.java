package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.horizontal;
import static nl.brug.mediationcase.CaseData.neighbour;
import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.brug.mediationcase.agreement.AgreementItemData;
import nl.brug.mediationcase.agreement.ItemStatus;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.mediationcase.session.SessionData;
import nl.brug.mediationcase.session.SessionKind;
import nl.brug.mediationcase.session.SessionStatus;
import nl.brug.security.BrugUser;

/** Two people editing the same case never overwrite each other silently; editing different parts is fine. */
@CaseIntegrationTest
class OptimisticLockingTest extends CaseTestSupport {

    private BrugUser anna;
    private BrugUser bert;
    private String ref;

    @BeforeEach
    void twoMediatorsOnOneCase() {
        anna = fixture.mediator("anna", "Anna de Vries");
        bert = fixture.mediator("bert", "Bert Bos");
        BrugUser carla = fixture.supervisor("carla", "Carla Jansen");
        ref = register(anna, horizontal("Burenruzie", resident("Piet Post"), neighbour("Fatma Yilmaz")));
        fixture.run(carla, () -> cases.assignMediators(ref, cases.details(ref).version(), anna.accountId(),
                bert.accountId()));
        fixture.clock().advance(Duration.ofHours(1));
    }

    @Test
    void theSecondOverviewSaveOnTheSameVersionIsRefusedAndNamesWhoSavedFirst() {
        CaseDetails annaLoaded = details(anna, ref);
        CaseDetails bertLoaded = details(bert, ref);
        assertThat(annaLoaded.version()).isEqualTo(bertLoaded.version());

        Instant annaSavedAt = fixture.clock().instant();
        fixture.run(anna, () -> cases.updateOverview(ref, annaLoaded.version(),
                annaLoaded.overview().facts().withDescription("Versie van Anna")));
        fixture.clock().advance(Duration.ofMinutes(3));

        assertThatThrownBy(() -> fixture.run(bert, () -> cases.updateOverview(ref, bertLoaded.version(),
                bertLoaded.overview().facts().withDescription("Versie van Bert"))))
                .isInstanceOfSatisfying(StaleCaseException.class, stale -> {
                    assertThat(stale.changedBy()).isEqualTo("Anna de Vries");
                    assertThat(stale.changedAt()).isEqualTo(annaSavedAt);
                });

        CaseDetails now = details(bert, ref);
        assertThat(now.overview().facts().description()).isEqualTo("Versie van Anna");
        assertThat(now.overview().lastChange().by()).isEqualTo("Anna de Vries");
        assertThat(now.version()).isEqualTo(annaLoaded.version() + 1);
    }

    @Test
    void theSecondPartyEditOnTheSameVersionIsRefused() {
        CaseDetails.PartyView annaLoaded = party(details(anna, ref), "Piet Post");
        CaseDetails.PartyView bertLoaded = party(details(bert, ref), "Piet Post");

        fixture.run(anna, () -> work.updateParty(ref, annaLoaded.id(), annaLoaded.version(),
                annaLoaded.data().withContact("piet@example.nl", null)));
        assertThatThrownBy(() -> fixture.run(bert, () -> work.updateParty(ref, bertLoaded.id(), bertLoaded.version(),
                bertLoaded.data().withContact("piet.post@example.nl", "030-1234567"))))
                .isInstanceOfSatisfying(StaleCaseException.class,
                        stale -> assertThat(stale.changedBy()).isEqualTo("Anna de Vries"));

        PartyData kept = party(details(bert, ref), "Piet Post").data();
        assertThat(kept.email()).isEqualTo("piet@example.nl");
        assertThat(kept.phone()).isNull();
    }

    @Test
    void editingAPartyThatWasRemovedMeanwhileIsStale() {
        CaseDetails.PartyView fatma = party(details(bert, ref), "Fatma Yilmaz");
        fixture.run(anna, () -> work.removeParty(ref, fatma.id(), fatma.version()));

        assertThatThrownBy(() -> fixture.run(bert, () -> work.updateParty(ref, fatma.id(), fatma.version(),
                fatma.data().withConsent(today())))).isInstanceOfSatisfying(StaleCaseException.class,
                        stale -> assertThat(stale.changedBy()).isEqualTo("Anna de Vries"));
        assertThat(details(anna, ref).parties()).extracting(p -> p.data().name()).containsExactly("Piet Post");
    }

    @Test
    void aNoteCanBeAddedWhileSomeoneElseChangedTheOverview() {
        CaseDetails bertLoaded = details(bert, ref);
        fixture.run(anna, () -> cases.updateOverview(ref, bertLoaded.version(),
                bertLoaded.overview().facts().withDescription("Versie van Anna")));

        fixture.run(bert, () -> work.addNote(ref, "Gesprek met Fatma gehad", false));

        CaseDetails now = details(anna, ref);
        assertThat(now.notes()).extracting(CaseDetails.NoteView::text).containsExactly("Gesprek met Fatma gehad");
        assertThat(now.overview().facts().description()).isEqualTo("Versie van Anna");
    }

    @Test
    void partsDoNotBlockTheOverviewNorEachOther() {
        CaseDetails loaded = details(anna, ref);
        CaseDetails.PartyView piet = party(loaded, "Piet Post");

        // Bert works on parts of the case...
        fixture.run(bert, () -> {
            work.addParty(ref, PartyData.person("Buurman Kees", PartyRole.STAKEHOLDER));
            work.updateParty(ref, piet.id(), piet.version(), piet.data().withConsent(today()));
            LocalDateTime start = LocalDateTime.of(2026, 3, 20, 19, 0);
            work.planSession(ref, SessionData.planned(SessionKind.JOINT, start, start.plusHours(2), "Buurthuis"));
            work.addAgreementItem(ref, AgreementItemData.open("Heg snoeien", "Piet Post", null));
        });
        // ...while Anna's copy of the overview is still current.
        fixture.run(anna, () -> cases.updateOverview(ref, loaded.version(),
                loaded.overview().facts().withDescription("Versie van Anna")));

        CaseDetails now = details(anna, ref);
        assertThat(now.overview().facts().description()).isEqualTo("Versie van Anna");
        assertThat(now.parties()).hasSize(3);
        assertThat(party(now, "Piet Post").data().consentOn()).isEqualTo(today());
        assertThat(now.sessions()).hasSize(1);
        assertThat(now.agreement().items()).hasSize(1);
    }

    @Test
    void aSessionEditOnAnOutdatedVersionIsRefused() {
        LocalDateTime start = LocalDateTime.of(2026, 3, 20, 19, 0);
        SessionData planned = SessionData.planned(SessionKind.JOINT, start, start.plusHours(2), "Buurthuis");
        fixture.run(anna, () -> work.planSession(ref, planned));
        CaseDetails.SessionView loaded = details(bert, ref).sessions().getFirst();

        fixture.run(anna, () -> work.updateSession(ref, loaded.id(), loaded.version(), planned.cancelled()));
        assertThatThrownBy(() -> fixture.run(bert, () -> work.updateSession(ref, loaded.id(), loaded.version(),
                planned.held("Goed gesprek")))).isInstanceOfSatisfying(StaleCaseException.class,
                        stale -> assertThat(stale.changedBy()).isEqualTo("Anna de Vries"));
        assertThat(details(bert, ref).sessions().getFirst().data().status()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void anAgreementItemEditOnAnOutdatedVersionIsRefused() {
        fixture.run(anna, () -> work.addAgreementItem(ref, AgreementItemData.open("Heg snoeien", "Piet Post", null)));
        CaseDetails.ItemView loaded = details(bert, ref).agreement().items().getFirst();
        AgreementItemData done = new AgreementItemData("Heg snoeien", "Piet Post", null, ItemStatus.DONE);
        AgreementItemData notDone = new AgreementItemData("Heg snoeien", "Piet Post", null, ItemStatus.NOT_DONE);

        fixture.run(anna, () -> work.updateAgreementItem(ref, loaded.id(), loaded.version(), done));
        assertThatThrownBy(() -> fixture.run(bert, () -> work.updateAgreementItem(ref, loaded.id(), loaded.version(),
                notDone))).isInstanceOf(StaleCaseException.class);
        assertThatThrownBy(() -> fixture.run(bert, () -> work.removeAgreementItem(ref, loaded.id(), loaded.version())))
                .isInstanceOf(StaleCaseException.class);
        assertThat(details(bert, ref).agreement().items()).singleElement()
                .satisfies(item -> assertThat(item.data().status()).isEqualTo(ItemStatus.DONE));
    }
}
