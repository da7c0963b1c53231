-- PostgreSQL's own search index. The free-text filter of the case list is `search_text like '%term%'`:
-- a trigram GIN index answers it without reading every case. The H2 version of V2 also put search_text in
-- the date index so that H2 can filter while it walks the date order; PostgreSQL limits a B-tree entry to
-- about 2,700 bytes, which a long search text (up to 4,000 characters) would exceed, so that index keeps the
-- date and id only here.
create extension if not exists pg_trgm;
drop index ix_case_registered;
create index ix_case_registered on mediation_case (registered_on, id);
create index ix_case_search_text on mediation_case using gin (search_text gin_trgm_ops);
