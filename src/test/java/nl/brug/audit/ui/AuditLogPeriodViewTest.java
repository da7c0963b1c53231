package nl.brug.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import nl.brug.base.DisplayFormats;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.TypedDates;
import nl.brug.testsupport.WithBrugUser;

/** The audit log's period follows the same rule as every period in Brug, and an empty log says why. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
@WithBrugUser(username = "beheer", roles = Role.ADMIN)
class AuditLogPeriodViewTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;

    @BeforeEach
    void emptyLog() {
        database.clear();
    }

    private DatePicker picker(String label) {
        return $(DatePicker.class).withLabel(label).first();
    }

    private Anchor export() {
        return $(Anchor.class).id("audit-export");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsSaidAtTheEndDateAndNothingIsExported() {
        UI.getCurrent().navigate("audit");
        LocalDate today = LocalDate.now(DisplayFormats.ZONE);

        test(picker("Vanaf")).setValue(today);
        test(picker("Tot en met")).setValue(today.minusDays(1));

        assertThat(picker("Tot en met").getErrorMessage()).isEqualTo("De einddatum ligt vóór de begindatum.");
        assertThat(export().isEnabled()).isFalse();
        assertThat($(Grid.class).id("audit-grid").getEmptyStateText()).startsWith("Niets te tonen: de gekozen periode");
        assertThat($(Span.class).id("audit-count").getText()).isEqualTo("Geen regels");

        test(picker("Tot en met")).setValue(today);

        assertThat(picker("Tot en met").isInvalid()).isFalse();
        assertThat(export().isEnabled()).isTrue();
    }

    @Test
    void aDateThatCannotBeReadStopsTheExportInsteadOfExportingEverything() {
        UI.getCurrent().navigate("audit");

        TypedDates.typeUnreadable(picker("Vanaf"), "31-02-2026");

        assertThat(picker("Vanaf").getErrorMessage()).isEqualTo("Geen geldige datum. Vul een datum in als 22-11-2026.");
        assertThat(export().isEnabled()).isFalse();
    }

    @Test
    void aFilterThatMatchesNothingSaysWhatToDo() {
        UI.getCurrent().navigate("audit");

        assertThat($(Grid.class).id("audit-grid").getEmptyStateText())
                .isEqualTo("Geen regels bij deze filters. Maak een filter leeg of kies een ruimere periode.");
    }
}
