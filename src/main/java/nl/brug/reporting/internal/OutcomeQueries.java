package nl.brug.reporting.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Theme;
import nl.brug.reporting.ReportPeriod;

/**
 * The report's questions to {@code mediation_case}, the feature's read model (decision 003). The database
 * groups and counts, so a report over tens of thousands of cases moves a few dozen numbers, not the cases.
 * Written in SQL that H2 and PostgreSQL both accept. Callers check who may ask.
 */
@Component
public class OutcomeQueries {

    /** Cases registered in the period, both ends included. */
    private static final String IN_PERIOD = " from mediation_case where registered_on between :from and :to";

    private final JdbcClient jdbc;

    OutcomeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<CaseStatus, Long> countByStatus(ReportPeriod period) {
        return countBy("status", "", CaseStatus.class, period);
    }

    public Map<CaseKind, Long> countByKind(ReportPeriod period) {
        return countBy("kind", "", CaseKind.class, period);
    }

    public Map<Theme, Long> countByTheme(ReportPeriod period) {
        return countBy("theme", "", Theme.class, period);
    }

    /** Closed cases only: a reopened case has had its outcome cleared, and an open one has none yet. */
    public Map<Outcome, Long> countByOutcome(ReportPeriod period) {
        return countBy("outcome", " and status = 'CLOSED' and outcome is not null", Outcome.class, period);
    }

    /**
     * Days from registration to agreement, one per case with an agreement date. The two dates are fetched
     * and subtracted here because date arithmetic differs between H2 (an interval) and PostgreSQL (an
     * integer); it is one small row per case that reached an agreement.
     */
    public List<Long> daysToAgreement(ReportPeriod period) {
        return jdbc.sql("select registered_on, agreement_on" + IN_PERIOD + " and agreement_on is not null")
                .param("from", period.from())
                .param("to", period.to())
                .query((rs, row) -> ChronoUnit.DAYS.between(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class)))
                .list();
    }

    /** {@code column} and {@code condition} are constants of this class, never user input. */
    private <E extends Enum<E>> Map<E, Long> countBy(String column, String condition, Class<E> type,
            ReportPeriod period) {
        Map<E, Long> counts = new EnumMap<>(type);
        jdbc.sql("select " + column + ", count(*)" + IN_PERIOD + condition + " group by " + column)
                .param("from", period.from())
                .param("to", period.to())
                .query(rs -> {
                    counts.put(Enum.valueOf(type, rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }
}
