package nl.brug.audit;

import nl.brug.base.Labelled;

/** What is recorded in the audit trail. */
public enum AuditAction implements Labelled {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    ACCOUNT_CREATED,
    ACCOUNT_ROLES_CHANGED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    ACCOUNT_PASSWORD_RESET,
    ACCOUNT_UNLOCKED,
    ACCOUNT_LOCKED,
    PASSWORD_CHANGED,
    CASE_OPENED,
    /** Someone asked for a case that does not exist or is not theirs: which of the two is not recorded. */
    CASE_OPEN_REFUSED,
    CASE_CHANGED,
    EXPORT,
    /** A backup of the database was made, on an administrator's demand or by the daily schedule. */
    BACKUP_MADE,
    /** A closed case whose retention term had passed was anonymised (by the nightly job: no actor). */
    CASE_ANONYMISED,
    /** Anonymising a case failed; the case is untouched and the next run tries again. */
    CASE_ANONYMISATION_FAILED,
    /** A supervisor looked for a person's party records (an access request); the references found, not the query. */
    SUBJECT_ACCESS_SEARCHED,
    /** A supervisor exported what Brug holds about a person; the format and the case references. */
    SUBJECT_ACCESS_EXPORTED,
    /** A second factor (authenticator app) was set up; the secret itself is never recorded. */
    SECOND_FACTOR_SET_UP,
    /** A wrong or already used code at the second step of a login (it counts towards the lockout). */
    SECOND_FACTOR_FAILED,
    /** A one-time recovery code was used instead of the app's code. */
    RECOVERY_CODE_USED,
    /** An administrator reset someone's second factor: they set up a new one at their next login. */
    SECOND_FACTOR_RESET,
    /** The case list was searched with free text (which may be a person's name): the text is recorded. */
    CASE_LIST_SEARCHED,
    /** A paper of a case was printed (mediation agreement, agreement): it holds the parties' names. */
    DOCUMENT_PRINTED,
    /** A session of a case was downloaded as a calendar file (.ics); the detail names the session. */
    CALENDAR_EVENT_DOWNLOADED,
    /** A mediator made a (new) calendar subscription address; the old one, if any, stopped working. */
    CALENDAR_ADDRESS_MADE,
    /** A mediator withdrew their calendar subscription address. */
    CALENDAR_ADDRESS_REVOKED,
    /** The case list was exported as CSV: the number of cases and the filter (its free text included). */
    CASE_LIST_EXPORTED;

    @Override
    public String messageKey() {
        return "audit.action." + name();
    }
}
