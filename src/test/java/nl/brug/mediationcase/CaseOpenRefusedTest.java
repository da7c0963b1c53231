package nl.brug.mediationcase;

import static nl.brug.mediationcase.CaseData.horizontal;
import static nl.brug.mediationcase.CaseData.neighbour;
import static nl.brug.mediationcase.CaseData.resident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.brug.security.BrugUser;

/**
 * A refused attempt to open a case is in the audit trail, the same record whether the case does not exist
 * or is someone else's, although the refusal rolls the opening's own transaction back.
 */
@CaseIntegrationTest
class CaseOpenRefusedTest extends CaseTestSupport {

    private BrugUser anna;
    private BrugUser olaf;
    private String ref;

    @BeforeEach
    void annasCase() {
        anna = fixture.mediator("anna", "Anna de Vries");
        olaf = fixture.mediator("olaf", "Olaf Buiten");
        ref = register(anna, horizontal("Burenruzie Lindelaan", resident("Piet Post"), neighbour("Fatma Yilmaz")));
    }

    private List<Map<String, Object>> auditOf(String username) {
        return fixture.jdbc().sql("select action, case_reference, detail from audit_log where actor_username = ?"
                + " order by id").param(username).query().listOfRows();
    }

    @Test
    void openingSomeoneElsesCaseAndAMissingCaseAreRecordedAlike() {
        assertThatThrownBy(() -> details(olaf, ref)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> details(olaf, "2026-9999")).isInstanceOf(CaseNotFoundException.class);

        assertThat(auditOf("olaf")).containsExactly(
                row("CASE_OPEN_REFUSED", ref, null),
                row("CASE_OPEN_REFUSED", "2026-9999", null));
    }

    @Test
    void aMadeUpReferenceTooLongForItsColumnIsRecordedAsTheDetail() {
        String madeUp = "2026-0001-and-then-some";

        assertThatThrownBy(() -> details(olaf, madeUp)).isInstanceOf(CaseNotFoundException.class);

        assertThat(auditOf("olaf")).containsExactly(row("CASE_OPEN_REFUSED", null, madeUp));
    }

    @Test
    void openingOnesOwnCaseIsRecordedAsAnOpeningOnly() {
        details(anna, ref);

        assertThat(auditOf("anna")).extracting(r -> r.get("action")).containsExactly("CASE_CHANGED", "CASE_OPENED");
    }

    private static Map<String, Object> row(String action, String reference, String detail) {
        java.util.HashMap<String, Object> row = new java.util.HashMap<>();
        row.put("action", action);
        row.put("case_reference", reference);
        row.put("detail", detail);
        return row;
    }
}
