-- Retention (decision 027): a closed case is anonymised once its retention term has passed, unless a
-- supervisor postponed that (until a date, with a reason in the case history).
alter table mediation_case add column anonymised_on date;
alter table mediation_case add column retention_postponed_until date;
create index ix_case_closed on mediation_case (status, closed_on);
