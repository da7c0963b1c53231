package nl.brug.account;

/** A new account and its temporary password, which is shown once and never stored in clear. */
public record CreatedAccount(AccountSummary account, String temporaryPassword) {
}
