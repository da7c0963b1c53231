package nl.brug.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;

import nl.brug.base.BrugI18NProvider;

/** Switches the language of the running session and rebuilds the page in it. */
public final class LanguageSwitch {

    private LanguageSwitch() {
    }

    public static void switchTo(UI ui, Locale locale) {
        Locale supported = BrugI18NProvider.supported(locale);
        UiLocale.choose(ui.getSession(), supported);
        ui.setLocale(supported);
        UiLocale.declareLanguage(ui);
        // Rebuild layout and view so every text is taken again from the new language.
        ui.refreshCurrentRoute(true);
    }

    /** The other of Brug's two languages: what a one-click switch offers. */
    public static Locale other(Locale current) {
        return BrugI18NProvider.supported(current).equals(BrugI18NProvider.ENGLISH)
                ? BrugI18NProvider.DUTCH : BrugI18NProvider.ENGLISH;
    }
}
