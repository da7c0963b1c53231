package nl.brug.mediationcase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;

import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.WithBrugUser;

/** Mijn werk shows the first 50 overdue intakes of the pool and says how many there are. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class MyWorkViewPagingTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    @WithBrugUser(username = "carla", displayName = "Carla Jansen", roles = Role.SUPERVISOR)
    void aSupervisorSeesTheFirstFiftyOverdueIntakesAndHowManyThereAre() {
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < 60; i++) {
            jdbc.update("insert into mediation_case (reference, title, kind, theme, source, urgency, status,"
                    + " registered_on, search_text, created_at, updated_at) values (?, ?, 'HORIZONTAL', 'NOISE',"
                    + " 'PARTY_ITSELF', 'NORMAL', 'REGISTERED', ?, ?, ?, ?)", "2020-" + (1000 + i), "Zaak " + i,
                    Date.valueOf(LocalDate.of(2020, 1, 1).plusDays(i)), "zaak " + i, now, now);
        }

        UI.getCurrent().navigate("");

        assertThat(getCurrentView()).isInstanceOf(MyWorkView.class);
        Section overdue = $(Section.class).id("mywork-overdue");
        assertThat($(ListItem.class, overdue).all()).hasSize(50);
        assertThat(overdue.getElement().getTextRecursively())
                .contains("Zaken zonder intake na 5 werkdagen (60)")
                .contains("De eerste 50 van 60 staan hier");
    }
}
