package nl.brug.reporting.internal;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.brug.mediationcase.CaseKind;
import nl.brug.mediationcase.CaseStatus;
import nl.brug.mediationcase.Outcome;
import nl.brug.mediationcase.Theme;
import nl.brug.reporting.ReportPeriod;

/**
 * The report's questions to {@code mediation_case}, the feature's read model (decision 003). The database
 * groups, counts and takes the median, so a report over a million cases moves a few hundred numbers, not the
 * cases (decision 036). Written in SQL that H2 and PostgreSQL both accept. Callers check who may ask.
 */
@Component
public class OutcomeQueries {

    /** Cases registered in the period, both ends included. */
    private static final String IN_PERIOD = " from mediation_case where registered_on between :from and :to";

    /**
     * Whole days from registration to agreement. As timestamps, both databases subtract to an interval whose
     * day field is the difference (dates alone subtract to an interval on H2 and to an integer on PostgreSQL).
     */
    private static final String DAYS_TO_AGREEMENT =
            "cast(extract(day from (cast(agreement_on as timestamp) - cast(registered_on as timestamp))) as integer)";

    private final JdbcClient jdbc;

    OutcomeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts by status, kind, theme and (of closed cases) outcome, in one pass over the period's cases. */
    public record Counts(Map<CaseStatus, Long> byStatus, Map<CaseKind, Long> byKind, Map<Theme, Long> byTheme,
            Map<Outcome, Long> byOutcome) {
    }

    /** How many cases have an agreement date, and the median of their days to agreement (null when none). */
    public record DaysToAgreement(long cases, @Nullable Double median) {
    }

    /**
     * One group per combination of status, kind, theme and outcome (a few hundred at most), summed here into the
     * four breakdowns: one read of the period's cases instead of four. Outcomes count closed cases only: a
     * reopened case has had its outcome cleared, and an open one has none yet.
     */
    public Counts counts(ReportPeriod period) {
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        Map<CaseKind, Long> byKind = new EnumMap<>(CaseKind.class);
        Map<Theme, Long> byTheme = new EnumMap<>(Theme.class);
        Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        jdbc.sql("select status, kind, theme, outcome, count(*)" + IN_PERIOD + " group by status, kind, theme, outcome")
                .param("from", period.from())
                .param("to", period.to())
                .query(rs -> {
                    CaseStatus status = CaseStatus.valueOf(rs.getString(1));
                    long count = rs.getLong(5);
                    byStatus.merge(status, count, Long::sum);
                    byKind.merge(CaseKind.valueOf(rs.getString(2)), count, Long::sum);
                    byTheme.merge(Theme.valueOf(rs.getString(3)), count, Long::sum);
                    String outcome = rs.getString(4);
                    if (status == CaseStatus.CLOSED && outcome != null) {
                        byOutcome.merge(Outcome.valueOf(outcome), count, Long::sum);
                    }
                });
        return new Counts(byStatus, byKind, byTheme, byOutcome);
    }

    /**
     * Over the cases with an agreement date, whatever their status now. {@code percentile_cont(0.5)} is the
     * median as the report has always defined it: the middle value, or the mean of the two middle ones.
     */
    public DaysToAgreement daysToAgreement(ReportPeriod period) {
        return jdbc.sql("select count(*), percentile_cont(0.5) within group (order by " + DAYS_TO_AGREEMENT + ")"
                + IN_PERIOD + " and agreement_on is not null")
                .param("from", period.from())
                .param("to", period.to())
                .query((rs, row) -> {
                    long cases = rs.getLong(1);
                    double median = rs.getDouble(2);
                    return new DaysToAgreement(cases, rs.wasNull() || cases == 0 ? null : median);
                })
                .single();
    }
}
