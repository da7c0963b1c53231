package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import nl.brug.mediationcase.internal.SearchWords;

/**
 * The case list at national scale (decision 035): the free-text filter looks words up by their start in
 * {@code case_search_word} instead of reading every case's search text, and every column the list sorts by has
 * an index in the list's order (the column, then the newest case first), so a first page reads 50 index entries
 * whatever the number of cases. In Java because the words of the cases already there are made by the same code
 * that keeps them afterwards; the one difference between the databases is PostgreSQL's pattern index, which a
 * prefix {@code like} needs there under a language collation.
 */
public class V12__case_search_words extends BaseJavaMigration {

    private static final int BATCH = 5000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create table case_search_word ("
                    + " case_id bigint not null references mediation_case (id),"
                    + " word varchar(" + SearchWords.WORD_MAX + ") not null,"
                    + " primary key (case_id, word))");
            ddl.execute(postgresql
                    ? "create index ix_case_search_word on case_search_word (word varchar_pattern_ops, case_id)"
                    : "create index ix_case_search_word on case_search_word (word, case_id)");
            if (postgresql) {
                // The trigram index answered like '%term%', which the list no longer asks (V6).
                ddl.execute("drop index ix_case_search_text");
            } else {
                // H2 kept the search text in the date index to filter while walking it (V2); the words do that now.
                ddl.execute("drop index ix_case_registered");
                ddl.execute("create index ix_case_registered on mediation_case (registered_on, id)");
            }
            ddl.execute("drop index ix_case_kind");
            ddl.execute("drop index ix_case_theme");
            for (String column : new String[] {"registered_on", "reference", "title", "status", "kind", "theme"}) {
                ddl.execute("create index ix_case_sort_" + column + " on mediation_case (" + column + ", id desc)");
                ddl.execute("create index ix_case_sort_" + column + "_desc on mediation_case (" + column
                        + " desc, id desc)");
            }
            ddl.execute("create index ix_case_status_theme on mediation_case (status, theme, registered_on, id)");
            // The audit log: its filter by user compares lower-cased names, which only a kept lower-cased copy lets
            // an index answer on H2 (no index on an expression there); every index ends in the log's order.
            ddl.execute("alter table audit_log add column actor_key varchar(60) generated always as"
                    + " (lower(actor_username))" + (postgresql ? " stored" : ""));
            for (String index : new String[] {"ix_audit_at", "ix_audit_actor", "ix_audit_case", "ix_audit_action"}) {
                ddl.execute("drop index " + index);
            }
            ddl.execute("create index ix_audit_at on audit_log (at, id)");
            ddl.execute("create index ix_audit_actor on audit_log (actor_key, at, id)");
            ddl.execute("create index ix_audit_case on audit_log (case_reference, at, id)");
            ddl.execute("create index ix_audit_action on audit_log (action, at, id)");
        }
        fillWords(connection);
    }

    private static void fillWords(Connection connection) throws Exception {
        try (Statement cases = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into case_search_word (case_id, word) values (?, ?)")) {
            cases.setFetchSize(BATCH);
            try (ResultSet rows = cases.executeQuery("select id, search_text from mediation_case")) {
                int pending = 0;
                while (rows.next()) {
                    long id = rows.getLong(1);
                    for (String word : SearchWords.of(rows.getString(2))) {
                        insert.setLong(1, id);
                        insert.setString(2, word);
                        insert.addBatch();
                        if (++pending % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
        }
    }
}
