package nl.brug.base.internal;

import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * With several Brug instances behind one reverse proxy, each names itself with {@code brug.instance.route}
 * ({@code BRUG_INSTANCE_ROUTE}, for example {@code node1}); Tomcat then ends every session id with it
 * ({@code JSESSIONID=<id>.node1}), as its {@code jvmRoute} does, so the proxy sends a session's requests to the
 * instance that holds it, also after the session id changes at login (decision 038). Empty on a single instance.
 */
@Component
class InstanceRoute implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final String route;

    InstanceRoute(@Value("${brug.instance.route:}") String route) {
        if (!route.matches("[A-Za-z0-9_-]{0,32}")) {
            throw new IllegalArgumentException("brug.instance.route may hold letters, digits, - and _ only (at most"
                    + " 32): it becomes part of the session cookie");
        }
        this.route = route;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        if (route.isEmpty()) {
            return;
        }
        // The context is not yet inside its engine when customised; it is when it starts, before its session
        // manager starts and takes the engine's route.
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                engineOf(context).setJvmRoute(route);
            }
        }));
    }

    private static Engine engineOf(Context context) {
        return (Engine) context.getParent().getParent();
    }
}
