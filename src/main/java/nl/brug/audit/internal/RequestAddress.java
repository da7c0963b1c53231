package nl.brug.audit.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The address a request came from. Behind a reverse proxy, set {@code server.forward-headers-strategy=native}
 * so this is the client's address rather than the proxy's.
 */
public final class RequestAddress {

    private RequestAddress() {
    }

    public static @Nullable String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? null : vaadin.getRemoteAddr();
    }
}
