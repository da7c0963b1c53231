package nl.brug.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;

import nl.brug.audit.AuditAction;
import nl.brug.audit.AuditEntry;
import nl.brug.audit.AuditService;
import nl.brug.base.BrugI18NProvider;
import nl.brug.security.Role;
import nl.brug.testsupport.BrugSpringTest;
import nl.brug.testsupport.DatabaseReset;
import nl.brug.testsupport.WithBrugUser;

/** The audit log says what happened in the administrator's words; the stored codes stay in the export. */
@BrugSpringTest
@ViewPackages(packages = "nl.brug")
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired
    DatabaseReset database;
    @Autowired
    AuditService audit;

    @BeforeEach
    void twoCaseChanges() {
        database.clear();
        audit.recordFor(1L, "anna", AuditAction.CASE_CHANGED, "2026-0001", "transition REGISTERED -> INTAKE");
        audit.recordFor(1L, "anna", AuditAction.CASE_CHANGED, "2026-0001", "planSession");
    }

    private GridTester<Grid<AuditEntry>, AuditEntry> grid() {
        return test($(Grid.class).id("audit-grid"), AuditEntry.class);
    }

    private List<String> column(int column) {
        var grid = grid();
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, column)).toList();
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void actionsAndDetailsAreShownInDutchWords() {
        UI.getCurrent().navigate("audit");

        assertThat(column(2)).containsOnly("Zaak gewijzigd");
        assertThat(column(4)).containsExactlyInAnyOrder("Status gewijzigd van Aangemeld naar Intake", "Gesprek gepland");
    }

    @Test
    @WithBrugUser(username = "beheer", roles = Role.ADMIN)
    void inEnglishTheyAreShownInEnglishAndTheExportHasWordsAndCodes() {
        UI.getCurrent().setLocale(BrugI18NProvider.ENGLISH);
        UI.getCurrent().navigate("audit");

        assertThat(column(2)).containsOnly("Case changed");
        assertThat(column(4)).containsExactlyInAnyOrder("Status changed from Registered to Intake", "Session planned");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        test($(Anchor.class).id("audit-export")).download(csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFTime;User;Action;Case;Details;Address;Action (code);Details (code)");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains(";anna;Case changed;2026-0001;Session planned;")
                .endsWith(";CASE_CHANGED;planSession"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains(";Status changed from Registered to Intake;")
                .endsWith(";CASE_CHANGED;transition REGISTERED -> INTAKE"));
    }
}
