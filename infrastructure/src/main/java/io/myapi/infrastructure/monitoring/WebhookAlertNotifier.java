package io.myapi.infrastructure.monitoring;

import io.myapi.application.monitoring.SecurityAlert;
import io.myapi.application.monitoring.port.out.AlertNotifier;
import io.myapi.application.lifecycle.LifecycleHook;
import io.myapi.domain.shared.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts each alert as JSON to the configured URL (the operator's incident tool), in the
 * background on one thread with a bounded queue: a slow or broken receiver never slows a
 * request, and when the queue is full alerts are dropped and counted in the log. The URL may
 * carry a token, so it is held as a secret and never logged.
 */
public final class WebhookAlertNotifier implements AlertNotifier, LifecycleHook {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookAlertNotifier.class);

    private final URI target;
    private final Supplier<Map<String, String>> traceHeaders;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile ThreadPoolExecutor sender = newSender();

    /**
     * Creates the notifier.
     *
     * @param url the receiver, {@code https://} (or {@code http://} in development)
     * @param traceHeaders the current trace as W3C headers ({@code traceparent}), read on the
     *     request's thread so that the post belongs to the trace that raised the alert
     */
    public WebhookAlertNotifier(Secret url, Supplier<Map<String, String>> traceHeaders) {
        this.target = parse(url);
        this.traceHeaders = traceHeaders;
    }

    /** The URL may carry a token: a malformed one is refused without repeating it. */
    private static URI parse(Secret url) {
        try {
            URI uri = new URI(url.reveal());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("the security alert webhook URL needs a scheme and a host");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("the security alert webhook URL is not a valid URL");
        }
    }

    @Override
    public String name() {
        return "security-alert-webhook";
    }

    @Override
    public void start() {
        if (sender.isShutdown()) {
            // Started again after a stop (a paused and resumed context).
            sender = newSender();
        }
        LOG.info("security alerts are posted to the configured webhook");
    }

    private static ThreadPoolExecutor newSender() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(100), runnable -> {
            Thread thread = new Thread(runnable, "security-alert-webhook");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void notify(SecurityAlert alert) {
        String body = "{\"kind\":\"" + alert.kind().name() + "\",\"severity\":\"CRITICAL\",\"subject\":" + json(alert.subject())
                + ",\"detail\":" + json(alert.detail()) + ",\"occurred_at\":\"" + alert.occurredAt() + "\"}";
        Map<String, String> trace = traceHeaders.get();
        try {
            sender.execute(() -> post(body, trace));
        } catch (RejectedExecutionException e) {
            LOG.warn("security alert webhook queue full, alert dropped: {}", alert.kind());
        }
    }

    private void post(String body, Map<String, String> trace) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        trace.forEach(builder::header);
        HttpRequest request = builder.build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 300) {
                LOG.warn("security alert webhook answered {}", status);
            }
        } catch (java.io.IOException e) {
            LOG.warn("security alert webhook unreachable: {}", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Alert text is ids and fixed sentences; escaped anyway. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void stop() {
        // Alerts still queued get a bounded chance to go out at shut-down.
        sender.shutdown();
        try {
            if (!sender.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("security alert webhook stopped with {} alerts not sent", sender.shutdownNow().size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
