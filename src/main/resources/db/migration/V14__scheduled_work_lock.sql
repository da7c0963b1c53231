-- One row per kind of scheduled work (the nightly anonymisation, the daily backup): whichever Brug instance
-- claims it first runs that day's run, the others skip it (ShedLock's table layout, decision 038). Times are
-- the database's own clock, so instances with slightly different clocks agree. SQL that both H2 and PostgreSQL
-- accept.
create table scheduled_work_lock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
