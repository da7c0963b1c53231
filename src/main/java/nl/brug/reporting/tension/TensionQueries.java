package nl.brug.reporting.tension;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tension picture's questions to {@code mediation_case} (the reports' read model, decision 003): the
 * database counts per neighbourhood and quarter, so a picture over a million cases moves a few hundred numbers.
 * Anonymised cases count too: they keep their municipality, neighbourhood, kind, theme and dates. SQL that H2
 * and PostgreSQL both accept. The service checks who may ask.
 */
@Component
class TensionQueries {

    /** One neighbourhood's count in one quarter. */
    record Count(String neighbourhood, Quarter quarter, long cases) {
    }

    private final JdbcClient jdbc;

    TensionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> municipalities() {
        return jdbc.sql("select distinct trim(municipality) from mediation_case where municipality is not null"
                + " and trim(municipality) <> '' order by 1").query((rs, row) -> rs.getString(1)).list();
    }

    List<Count> counts(TensionQuery query) {
        String neighbourhood = "coalesce(trim(neighbourhood), '')";
        StringBuilder sql = new StringBuilder("select " + neighbourhood + " as neighbourhood,"
                + " extract(year from registered_on) as y, extract(quarter from registered_on) as q, count(*) as n"
                + " from mediation_case where lower(trim(municipality)) = lower(trim(:municipality))"
                + " and registered_on between :from and :to");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("municipality", query.municipality());
        parameters.put("from", query.from().firstDay());
        parameters.put("to", query.to().lastDay());
        if (query.theme() != null) {
            sql.append(" and theme = :theme");
            parameters.put("theme", query.theme().name());
        }
        if (query.kind() != null) {
            sql.append(" and kind = :kind");
            parameters.put("kind", query.kind().name());
        }
        sql.append(" group by ").append(neighbourhood)
                .append(", extract(year from registered_on), extract(quarter from registered_on)");
        return jdbc.sql(sql.toString()).params(parameters)
                .query((rs, row) -> new Count(rs.getString("neighbourhood"),
                        new Quarter(rs.getInt("y"), rs.getInt("q")), rs.getLong("n")))
                .list();
    }
}
