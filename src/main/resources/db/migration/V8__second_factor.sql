-- A second factor at login: a TOTP secret (RFC 6238) shared with the user's authenticator app, confirmed
-- once with a code; the last time step whose code was accepted, so no code is accepted twice; and hashes
-- of one-time recovery codes. The secret is a credential: it is never shown again after set-up, never
-- logged and never audited.
alter table account add column totp_secret varchar(64);
alter table account add column totp_confirmed_at timestamp with time zone;
alter table account add column totp_last_step bigint;

create table account_recovery_code (
    account_id bigint       not null references account (id),
    code_hash  varchar(255) not null,
    primary key (account_id, code_hash)
);
