-- The work lists and the outcomes report at a million cases (issue 14, decision 036). SQL that both H2 and
-- PostgreSQL accept. Each index leads with what the query compares for equality (a status list, "is null"), so
-- the database reads only the rows it returns.

-- Overdue intakes: registered or in intake, no intake yet, the clock started before a cut-off day.
create index ix_case_intake_waiting on mediation_case (status, intake_on, registered_on, intake_clock_from);

-- Procedure deadlines not yet handled, the soonest first; the status in the index sorts out the closed cases
-- without reading them. (Led by the status, H2 read every open case.)
create index ix_case_open_deadline on mediation_case (procedure_handled_on, procedure_deadline, status);

-- The outcomes report reads only this index: the period's cases by registration date, with every column it
-- groups by or takes the median of.
create index ix_case_report on mediation_case (registered_on, status, kind, theme, outcome, agreement_on);
