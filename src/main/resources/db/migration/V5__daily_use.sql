-- Daily use: procedure deadlines that are handled, an intake clock that restarts on reopening, and
-- history entries for events that are not a change of status. SQL that both H2 and PostgreSQL accept.

-- A formal procedure's deadline stays on Mijn werk, passed or not, until a mediator marks it handled.
alter table mediation_case add column procedure_handled_on date;

-- The 5-working-day intake clock runs from registration (null here), and again from the day a case is
-- reopened (that day here).
alter table mediation_case add column intake_clock_from date;

-- A case past intake has had its intake: where no held intake session recorded the day, the day the case
-- entered Intake stands for it, so the dates shown agree with the status.
update mediation_case set intake_on = (
        select cast(min(h.changed_at) as date) from case_history h
        where h.case_id = mediation_case.id and h.to_status = 'INTAKE')
    where intake_on is null
      and (status in ('IN_MEDIATION', 'AGREEMENT', 'FOLLOW_UP')
           or (status = 'CLOSED' and closed_from in ('IN_MEDIATION', 'AGREEMENT', 'FOLLOW_UP')));

-- An event in the history that is not a change of status (from_status = to_status then), such as a
-- journal note made confidential afterwards (note_id says which note).
alter table case_history add column event varchar(40);
alter table case_history add column note_id bigint references journal_note (id);

-- Mijn werk asks for open cases whose deadline is passed or near.
create index ix_case_procedure_deadline on mediation_case (procedure_deadline);
