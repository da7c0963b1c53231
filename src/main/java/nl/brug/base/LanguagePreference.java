package nl.brug.base;

import java.util.Locale;

/**
 * Remembers the language a user chose. The layout calls it; the account feature implements it, so the
 * shared layout does not depend on the account feature.
 */
public interface LanguagePreference {

    void rememberForCurrentUser(Locale locale);
}
