package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.horizontal;
import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.brug.security.BrugUser;
import nl.brug.security.Role;

/** What is said in mediation stays there: confidential notes are for the case's own mediators only. */
@CaseIntegrationTest
class ConfidentialNotesTest extends CaseTestSupport {

    private BrugUser anna;
    private BrugUser bert;
    private BrugUser carla;
    private BrugUser sanne;
    private String ref;

    @BeforeEach
    void aCaseWithOneOpenAndOneConfidentialNote() {
        anna = fixture.mediator("anna", "Anna de Vries");
        bert = fixture.mediator("bert", "Bert Bos");
        carla = fixture.supervisor("carla", "Carla Jansen");
        sanne = fixture.account("sanne", "Sanne Bakker", Role.MEDIATOR, Role.SUPERVISOR);
        ref = register(anna, horizontal("Spanningen in de buurt", resident("Piet Post")));
        fixture.run(carla, () -> cases.assignMediators(ref, cases.details(ref).version(), anna.accountId(),
                bert.accountId()));
        fixture.run(anna, () -> work.addNote(ref, "Intakegesprek gepland", false));
        fixture.clock().advance(Duration.ofMinutes(10));
        fixture.run(bert, () -> work.addNote(ref, "Piet vertelde in vertrouwen over zijn schulden", true));
    }

    @Test
    void theLeadAndTheCoMediatorReadTheConfidentialNote() {
        for (BrugUser mediator : new BrugUser[] { anna, bert }) {
            assertThat(details(mediator, ref).notes())
                    .extracting(CaseDetails.NoteView::text, CaseDetails.NoteView::confidential, CaseDetails.NoteView::author)
                    .containsExactly(
                            tuple("Piet vertelde in vertrouwen over zijn schulden", true, "Bert Bos"),
                            tuple("Intakegesprek gepland", false, "Anna de Vries"));
        }
    }

    @Test
    void aSupervisorReadsOnlyTheOpenNotes() {
        CaseDetails seen = details(carla, ref);
        assertThat(seen.notes()).extracting(CaseDetails.NoteView::text).containsExactly("Intakegesprek gepland");
        assertThat(seen.notes()).noneMatch(CaseDetails.NoteView::confidential);
        assertThat(seen.toString()).doesNotContain("schulden");
    }

    @Test
    void aMediatorSupervisorNotOnTheCaseReadsOnlyTheOpenNotes() {
        assertThat(details(sanne, ref).notes()).extracting(CaseDetails.NoteView::text)
                .containsExactly("Intakegesprek gepland");
    }

    @Test
    void aMediatorTakenOffTheCaseNoLongerReadsIt() {
        fixture.run(carla, () -> cases.assignMediators(ref, cases.details(ref).version(), anna.accountId(),
                sanne.accountId()));
        // Sanne is now the co-mediator: she reads it; Bert, who wrote it, no longer sees the case at all.
        assertThat(details(sanne, ref).notes()).extracting(CaseDetails.NoteView::confidential).containsExactly(true, false);
        assertThatThrownBy(() -> details(bert, ref))
                .isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void theNoteIsStoredAsConfidential() {
        assertThat(fixture.jdbc().sql("select confidential from journal_note where text like '%schulden%'")
                .query(Boolean.class).single()).isTrue();
        assertThat(fixture.count("journal_note")).isEqualTo(2);
    }
}
