package nl.brug.calendar.ui;

import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.annotation.security.RolesAllowed;
import nl.brug.base.DisplayFormats;
import nl.brug.base.ui.ActionRunner;
import nl.brug.calendar.CalendarSubscriptionService;
import nl.brug.calendar.MyCalendarAddress;
import nl.brug.calendar.NewCalendarAddress;

/**
 * "Mijn agenda": the signed-in mediator's calendar subscription address. Brug keeps only a hash of it, so the
 * address is shown once, right after it is made; the page says so, and offers a new one or none.
 */
@Route("my-calendar")
@RolesAllowed("MEDIATOR")
@Menu(title = "nav.myCalendar", order = 65, icon = "CALENDAR")
class MyCalendarView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarSubscriptionService subscriptions;
    private final ActionRunner runner = new ActionRunner(this, "calendar-message");
    private final Paragraph status = new Paragraph();
    private final Div address = new Div();
    private final Button make = new Button();
    private final Button revoke = new Button();

    MyCalendarView(CalendarSubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
        addClassName("brug-page");
        status.setId("calendar-status");
        address.setId("calendar-new-address");
        make.setId("calendar-make");
        make.setIcon(VaadinIcon.CALENDAR.create());
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClickListener(e -> {
            AtomicReference<NewCalendarAddress> made = new AtomicReference<>();
            if (runner.run(() -> made.set(subscriptions.renew()))) {
                show(made.get());
                refresh();
            }
        });
        revoke.setId("calendar-revoke");
        revoke.setText(getTranslation("calendar.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(e -> {
            if (runner.run(subscriptions::revoke)) {
                address.removeAll();
                address.add(new Paragraph(getTranslation("calendar.revoked")));
                refresh();
            }
        });
        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.intro")),
                new Paragraph(getTranslation("calendar.secret")), status, new HorizontalLayout(make, revoke),
                runner.pageMessage(), address);
        refresh();
    }

    private void refresh() {
        MyCalendarAddress mine = subscriptions.mine();
        status.setText(mine.exists() ? getTranslation("calendar.since", DisplayFormats.dateTime(mine.createdAt()))
                : getTranslation("calendar.none"));
        make.setText(getTranslation(mine.exists() ? "calendar.renew" : "calendar.make"));
        revoke.setVisible(mine.exists());
    }

    /** The new address in full, once: as text to copy, and as a webcal link that opens the calendar app. */
    private void show(NewCalendarAddress made) {
        String url = publicAddress(made);
        TextField field = new TextField(getTranslation("calendar.address"));
        field.setId("calendar-address");
        field.setValue(url);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setHelperText(getTranslation("calendar.address.help"));
        Anchor subscribe = new Anchor();
        subscribe.setText(getTranslation("calendar.subscribe"));
        // webcal:// opens the phone's calendar app to subscribe; Vaadin refuses schemes it does not know unless
        // told the address is trusted, and this one is Brug's own, built here.
        subscribe.setUnsafeHref(url.replaceFirst("^https?://", "webcal://"));
        subscribe.setId("calendar-subscribe");
        address.removeAll();
        address.setWidthFull();
        address.add(field, subscribe);
    }

    /**
     * Brug's address as the browser reached it: behind a proxy that is the public one, because Brug reads the
     * proxy's forwarded headers (server.forward-headers-strategy). Phones must reach the same address.
     */
    private static String publicAddress(NewCalendarAddress made) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest current
                ? current : null;
        if (request == null) {
            return made.path();
        }
        return ServletUriComponentsBuilder
                .fromContextPath(request.getHttpServletRequest()).path(made.path()).build().toUriString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
