-- Calendar subscriptions (decision 032): at most one address per mediator. Only the SHA-256 hash of the
-- address's token is kept (64 hex characters), so the database cannot give anyone's calendar away.
-- SQL that both H2 and PostgreSQL accept.
create table calendar_subscription (
    account_id bigint      not null primary key references account (id),
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    constraint uq_calendar_subscription_token unique (token_hash)
);
