package io.myapi.web.error;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemJsonErrorReportValve} in place of every other error report valve on the
 * host. It runs just before the web application starts, after Spring Boot and Tomcat have added
 * theirs, so no HTML error page survives.
 */
public final class ProblemJsonTomcatCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ProblemJsonErrorReportValve valve;

    /**
     * Creates the customizer.
     *
     * @param valve the valve to install
     */
    public ProblemJsonTomcatCustomizer(ProblemJsonErrorReportValve valve) {
        this.valve = valve;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                installOn(context.getParent());
            }
        }));
    }

    private void installOn(Container host) {
        if (host instanceof StandardHost standardHost) {
            standardHost.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
        }
        for (Valve existing : host.getPipeline().getValves()) {
            if (existing instanceof ErrorReportValve && existing != valve) {
                host.getPipeline().removeValve(existing);
            }
        }
        if (!java.util.Arrays.asList(host.getPipeline().getValves()).contains(valve)) {
            host.getPipeline().addValve(valve);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
