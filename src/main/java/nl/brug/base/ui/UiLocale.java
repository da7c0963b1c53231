package nl.brug.base.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

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
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().setLocale(localeFor(uiEvent.getUI().getSession())));
    }

    static Locale localeFor(VaadinSession session) {
        Object chosen = session.getAttribute(SESSION_ATTRIBUTE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return CurrentUser.find()
                .map(user -> user.preferredLocale())
                .map(BrugI18NProvider::supported)
                .orElse(BrugI18NProvider.DUTCH);
    }

    static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(SESSION_ATTRIBUTE, BrugI18NProvider.supported(locale));
        session.setLocale(BrugI18NProvider.supported(locale));
    }
}
