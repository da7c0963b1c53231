package nl.brug.mediationcase.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;
import nl.brug.base.BrugI18NProvider;
import nl.brug.mediationcase.CaseFilter;
import nl.brug.mediationcase.CaseIntegrationTest;
import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseOverview;
import nl.brug.mediationcase.CaseRegistration;
import nl.brug.mediationcase.CaseTestSupport;
import nl.brug.mediationcase.Source;
import nl.brug.mediationcase.Theme;
import nl.brug.mediationcase.party.PartyData;
import nl.brug.mediationcase.party.PartyRole;
import nl.brug.security.BrugUser;
import nl.brug.testsupport.SpreadsheetFile;

/**
 * The export reads the list in pages, each continuing after the last case of the one before: across page ends
 * (and among cases registered on the same day) every case comes exactly once, in the list's order, and the
 * persistence context never holds more than one page.
 */
@CaseIntegrationTest
class CaseListCsvPagingTest extends CaseTestSupport {

    private static final int PAGE = 2;

    @Autowired
    CaseListCsv csv;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EntityManager entityManager;

    @Test
    void everyCaseOnceNewestFirstAndOnePageInMemoryAtATime() {
        BrugUser anna = fixture.mediator("anna", "Anna de Vries");
        List<String> expected = new ArrayList<>();
        for (LocalDate day : List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3))) {
            fixture.clock().setDate(day);
            for (int i = 0; i < 3; i++) {
                expected.add(register(anna, new CaseRegistration(CaseOverview.of("Zaak " + day + " " + i,
                        CaseKind.HORIZONTAL, Theme.NOISE, Source.PARTY_ITSELF),
                        List.of(PartyData.person("Partij " + i, PartyRole.REQUESTING_PARTY)))));
            }
        }
        // Newest day first, and on one day the later registration (the higher id) first.
        List<String> newestFirst = new ArrayList<>(expected.subList(3, 6).reversed());
        newestFirst.addAll(expected.subList(0, 3).reversed());

        List<Integer> casesHeldAtEachPage = new ArrayList<>();
        StringWriter out = new StringWriter() {
            @Override
            public void flush() {
                casesHeldAtEachPage.add(entityManager.unwrap(Session.class).getStatistics().getEntityCount());
            }
        };
        fixture.signIn(fixture.supervisor("carla", "Carla Jansen"));
        Integer written = transaction.execute(status -> {
            try {
                return csv.write(CaseSpecifications.matching(CaseFilter.all(), null), BrugI18NProvider.DUTCH, out,
                        PAGE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertThat(written).isEqualTo(6);
        assertThat(SpreadsheetFile.read(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).rows()
                .stream().map(row -> row.get(0)).toList()).containsExactlyElementsOf(newestFirst);
        assertThat(casesHeldAtEachPage).as("cases in the persistence context when each page is done")
                .isNotEmpty().allSatisfy(held -> assertThat(held).isLessThanOrEqualTo(PAGE));
    }
}
