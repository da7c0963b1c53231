-- Nothing to do on H2: its search goes through ix_case_registered, which holds search_text (see V2). The
-- PostgreSQL version of this migration adds a trigram index instead. Same version number on both, so the
-- migration history of an installation says the same whichever database it runs on.
select 1;
