import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The load test's data, written straight into a stopped Brug's H2 database (run with H2 on the class path, as a
 * single-file program: {@code java -cp h2.jar LoadTestData.java <jdbc-url> prepare <users> | count-notes}).
 *
 * <p>{@code prepare} adds mediators {@code load0001}…, each with the demo password, and gives each of them copies of
 * the demo mediator Anna's cases in mediation (with their parties, sessions, notes and history), so that every
 * virtual user works on cases of their own: notes on a shared case would make users wait for each other's
 * optimistic locks, which is not how mediators work. Columns are copied by name from the database's own
 * metadata, so a new column in a later migration is copied too.
 *
 * <p>{@code count-notes} prints how many notes the load test wrote ({@link #NOTE_PREFIX}).
 */
public class LoadTestData {

    static final String NOTE_PREFIX = "Belastingtest-notitie";
    static final int CASES_PER_USER = 3;
    static final List<String> CASE_PARTS = List.of("case_party", "case_session", "journal_note", "case_history");

    public static void main(String[] args) throws SQLException {
        try (Connection db = DriverManager.getConnection(args[0], "brug", "")) {
            db.setAutoCommit(false);
            switch (args[1]) {
                case "prepare" -> prepare(db, Integer.parseInt(args[2]));
                case "count-notes" -> System.out.println(single(db,
                        "select count(*) from journal_note where text like '" + NOTE_PREFIX + "%'"));
                default -> throw new IllegalArgumentException(args[1]);
            }
            db.commit();
        }
    }

    private static void prepare(Connection db, int users) throws SQLException {
        if (single(db, "select count(*) from account where username_key like 'load%'") > 0) {
            System.out.println("Load test data already there");
            return;
        }
        long anna = single(db, "select id from account where username_key = 'anna'");
        List<Long> sources = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery("select id from mediation_case where lead_mediator_id = "
                + anna + " and status = 'IN_MEDIATION' order by id limit " + CASES_PER_USER)) {
            while (rows.next()) {
                sources.add(rows.getLong(1));
            }
        }
        if (sources.size() < CASES_PER_USER) {
            throw new IllegalStateException("Start Brug once with the demo profile first: too few demo cases");
        }
        List<String> caseColumns = columns(db, "mediation_case");
        caseColumns.removeAll(List.of("id", "reference", "lead_mediator_id", "co_mediator_id", "search_text", "version"));
        String copyCase = "insert into mediation_case (" + String.join(", ", caseColumns)
                + ", reference, lead_mediator_id, search_text) select " + String.join(", ", caseColumns)
                + ", ?, ?, lower(?) || ' ' || search_text from mediation_case where id = ?";
        try (PreparedStatement account = db.prepareStatement("insert into account (username, username_key, display_name,"
                + " email, password_hash, enabled, created_at) select ?, ?, ?, ?, password_hash, true, current_timestamp"
                + " from account where id = ?", new String[] {"id"});
                PreparedStatement role = db.prepareStatement("insert into account_role (account_id, role) values (?, 'MEDIATOR')");
                PreparedStatement theCase = db.prepareStatement(copyCase, new String[] {"id"})) {
            for (int user = 1; user <= users; user++) {
                String username = String.format("load%04d", user);
                account.setString(1, username);
                account.setString(2, username);
                account.setString(3, "Belastingtest " + user);
                account.setString(4, username + "@load.brug.example");
                account.setLong(5, anna);
                account.executeUpdate();
                long accountId = generatedId(account);
                role.setLong(1, accountId);
                role.executeUpdate();
                for (int i = 0; i < sources.size(); i++) {
                    // L0001-1: the simulation filters the list on "l0001-", the user's own prefix.
                    String reference = String.format("L%04d-%d", user, i + 1);
                    theCase.setString(1, reference);
                    theCase.setLong(2, accountId);
                    theCase.setString(3, reference);
                    theCase.setLong(4, sources.get(i));
                    theCase.executeUpdate();
                    long caseId = generatedId(theCase);
                    for (String part : CASE_PARTS) {
                        copyParts(db, part, sources.get(i), caseId);
                    }
                    copySearchWords(db, sources.get(i), caseId, reference);
                }
            }
        }
        System.out.println("Load test data: " + users + " mediators with " + CASES_PER_USER + " cases each");
    }

    /**
     * The free-text filter looks words up in case_search_word (decision 035): the copy gets the source's words and
     * those of its own reference ("l0001-1", "l0001", "1"), as Brug itself would write them.
     */
    private static void copySearchWords(Connection db, long from, long to, String reference) throws SQLException {
        try (PreparedStatement copy = db.prepareStatement("insert into case_search_word (case_id, word) select ?, word"
                + " from case_search_word where case_id = ?")) {
            copy.setLong(1, to);
            copy.setLong(2, from);
            copy.executeUpdate();
        }
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        String lower = reference.toLowerCase(java.util.Locale.ROOT);
        words.add(lower);
        words.addAll(List.of(lower.split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        try (PreparedStatement insert = db.prepareStatement("merge into case_search_word (case_id, word) key (case_id, word)"
                + " values (?, ?)")) {
            for (String word : words) {
                insert.setLong(1, to);
                insert.setString(2, word);
                insert.executeUpdate();
            }
        }
    }

    private static void copyParts(Connection db, String table, long from, long to) throws SQLException {
        List<String> columns = columns(db, table);
        columns.removeAll(List.of("id", "case_id"));
        String list = String.join(", ", columns);
        try (PreparedStatement copy = db.prepareStatement("insert into " + table + " (case_id, " + list + ") select ?, "
                + list + " from " + table + " where case_id = ?")) {
            copy.setLong(1, to);
            copy.setLong(2, from);
            copy.executeUpdate();
        }
    }

    private static List<String> columns(Connection db, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = db.getMetaData().getColumns(null, null, table, null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("No table " + table);
        }
        return columns;
    }

    private static long generatedId(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
