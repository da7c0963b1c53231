package nl.brug.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Every text of the user interface comes from {@code i18n/messages_nl.properties} (the default) or
 * {@code i18n/messages_en.properties}. There is deliberately no silent fallback from one language to the
 * other: a missing key shows as {@code !key!} so it is seen, and {@code TranslationsCompleteTest} fails
 * the build when a key exists in one language only.
 */
@Component
public class BrugI18NProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl", "NL");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "i18n/messages";

    private static final Logger log = LoggerFactory.getLogger(BrugI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = bundle(locale).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key '{}' in {}", key, locale);
            return "!" + key + "!";
        }
    }

    /** Whether the bundle of this language has the key: for keys built from stored codes, which may be old. */
    public boolean hasTranslation(String key, Locale locale) {
        return bundle(locale).containsKey(key);
    }

    /** The supported locale closest to the one asked for; Dutch when nothing matches. */
    public static Locale supported(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale bundleLocale = supported(locale) == ENGLISH ? Locale.ENGLISH : Locale.of("nl");
        return ResourceBundle.getBundle(BUNDLE, bundleLocale, NO_FALLBACK);
    }
}
