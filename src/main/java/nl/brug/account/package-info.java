/**
 * Accounts and signing in: the first administrator, login, the user behind each request, and (for
 * administrators) the account list. {@link nl.brug.account.AccountService} is the feature's API.
 */
@NullMarked
package nl.brug.account;

import org.jspecify.annotations.NullMarked;
