package nl.brug.base.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import nl.brug.base.BrugI18NProvider;
import nl.brug.security.CurrentUser;

/**
 * Decides the language of every new UI: what the user chose in this session, else the language stored
 * with their account, else Dutch. The browser's language is ignored on purpose: Brug is Dutch first.
 */
@Component
class UiLocale implements VaadinServiceInitListener {

    static final String SESSION_ATTRIBUTE = "brug.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            ui.setLocale(localeFor(ui.getSession()));
            // A language switch rebuilds the page through the router, so every navigation declares it again.
            ui.addAfterNavigationListener(navigation -> declareLanguage(ui));
        });
    }

    /**
     * Puts the page's language on {@code <html lang>} (WCAG 3.1.1), so a screen reader reads English as
     * English; the page shell itself always starts as Dutch, Brug's first language.
     */
    static void declareLanguage(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0", BrugI18NProvider.supported(ui.getLocale())
                .getLanguage());
    }

    static Locale localeFor(VaadinSession session) {
        Object chosen = session.getAttribute(SESSION_ATTRIBUTE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        // Also between the password and the second factor: the code page speaks the user's language already.
        return CurrentUser.findIncludingPending()
                .map(user -> user.preferredLocale())
                .map(BrugI18NProvider::supported)
                .orElse(BrugI18NProvider.DUTCH);
    }

    static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_ATTRIBUTE, BrugI18NProvider.supported(locale));
        session.setLocale(BrugI18NProvider.supported(locale));
    }
}
