-- What an anonymised case keeps of its parties, so that a person's access request still finds it (decision 034):
-- per party and per kind of identifying value (name, e-mail address, phone number) a keyed one-way fingerprint,
-- HMAC-SHA256 of the normalised value. Never the value itself; bytes, not text. SQL that both H2 and PostgreSQL
-- accept.
create table anonymised_party_fingerprint (
    party_id    bigint     not null references case_party (id),
    case_id     bigint     not null references mediation_case (id),
    kind        varchar(5) not null check (kind in ('NAME', 'EMAIL', 'PHONE')),
    fingerprint bytea      not null,
    primary key (party_id, kind)
);
create index ix_anonymised_party_fingerprint on anonymised_party_fingerprint (fingerprint);

-- The fingerprints' key when none is configured (brug.retention.fingerprint-key): 32 random bytes, made once by
-- the first anonymisation. One row at most.
create table retention_fingerprint_key (
    id         integer not null primary key check (id = 1),
    secret     bytea   not null,
    created_at timestamp with time zone not null
);
