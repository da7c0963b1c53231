package nl.brug.mediationcase.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every text column of Brug's schema, searched for a case's words: what anonymisation must leave empty. The
 * fingerprints an anonymised case keeps (decision 034) are bytes, not text, and are not scanned: they hold no
 * readable word, and {@code AnonymisedCasesAccessRequestTest} checks that the plain values are nowhere.
 */
final class TextColumns {

    private TextColumns() {
    }

    /** Every "table.column" of a text type in Brug's schema that holds the text, ignoring case. */
    static List<String> containing(JdbcClient jdbc, String text) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.sql("select table_name, column_name from"
                + " information_schema.columns where lower(table_schema) = 'public'"
                + " and (lower(data_type) like '%char%' or lower(data_type) like '%text%')"
                + " and lower(table_name) <> 'flyway_schema_history'").query().listOfRows();
        assertThat(columns).as("the schema's text columns are found").hasSizeGreaterThan(30);
        for (Map<String, Object> column : columns) {
            String table = String.valueOf(column.get("table_name")).toLowerCase();
            String name = String.valueOf(column.get("column_name")).toLowerCase();
            Long count = jdbc.sql("select count(*) from " + table + " where lower(" + name + ") like :text")
                    .param("text", "%" + text.toLowerCase() + "%").query(Long.class).single();
            if (count > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }
}
