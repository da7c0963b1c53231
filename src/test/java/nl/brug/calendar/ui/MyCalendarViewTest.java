package nl.brug.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.WithBrugUser;

/**
 * "Mijn agenda": the address is shown once, right after it is made, with a webcal link; a new one replaces it
 * (only its hash is kept, a different one); withdrawing leaves none.
 */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
@WithBrugUser(username = "anna", displayName = "Anna de Vries", roles = Role.MEDIATOR)
class MyCalendarViewTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        database.clear();
    }

    @Test
    void aMediatorMakesAnAddressRenewsItAndWithdrawsIt() {
        UI.getCurrent().navigate("my-calendar");
        assertThat(getCurrentView()).isInstanceOf(MyCalendarView.class);
        assertThat($(Paragraph.class).id("calendar-status").getText()).isNotBlank();
        assertThat($(Button.class).withId("calendar-revoke").exists()).isFalse();

        test($(Button.class).id("calendar-make")).click();

        String first = $(TextField.class).id("calendar-address").getValue();
        assertThat(first).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat($(Anchor.class).id("calendar-subscribe").getHref()).startsWith("webcal://").endsWith(".ics");
        assertThat(jdbc.queryForObject("select count(*) from calendar_subscription", Long.class)).isEqualTo(1);
        assertThat($(Button.class).id("calendar-revoke").isVisible()).isTrue();

        test($(Button.class).id("calendar-make")).click();

        String second = $(TextField.class).id("calendar-address").getValue();
        assertThat(second).isNotEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from calendar_subscription", Long.class)).isEqualTo(1);

        test($(Button.class).id("calendar-revoke")).click();

        assertThat($(TextField.class).all()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from calendar_subscription", Long.class)).isZero();
        assertThat($(Button.class).withId("calendar-revoke").exists()).isFalse();
    }

    @Test
    @WithBrugUser(username = "carla", roles = Role.SUPERVISOR)
    void aSupervisorWhoDoesNotMediateHasNoCalendarPage() {
        UI.getCurrent().navigate("my-calendar");

        assertThat(getCurrentView()).isNotInstanceOf(MyCalendarView.class);
    }
}
