package io.myapi.web.csp;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/security/csp-reports}: violation reports sent by browsers (R20.5, R20.6),
 * in the legacy {@code application/csp-report} form or the Reporting API's
 * {@code application/reports+json}. Each report is validated (size, shape) and logged as a
 * {@code CSP_VIOLATION} security event with a fixed set of fields, each truncated; anything
 * else a browser (or an attacker) sends is dropped. Answers 204 either way, except 400 for a
 * body that is not a report and 413 for one over 16 KB.
 */
@RestController
public class CspReportController {

    /** Path of the endpoint, also named in every Content-Security-Policy header. */
    public static final String PATH = "/api/v1/security/csp-reports";

    private static final Logger SECURITY = LoggerFactory.getLogger("security");
    private static final int MAX_BYTES = 16 * 1024;
    private static final int MAX_FIELD = 200;
    private static final int MAX_REPORTS = 20;
    private static final List<String> FIELDS = List.of("document-uri", "violated-directive", "effective-directive",
            "blocked-uri", "disposition", "status-code", "documentURL", "effectiveDirective", "blockedURL");

    private final JsonMapper json;

    /**
     * Creates the controller.
     *
     * @param json the strict mapper, for parsing only
     */
    public CspReportController(JsonMapper json) {
        this.json = json;
    }

    @PostMapping(path = PATH, consumes = {"application/csp-report", "application/reports+json", "application/json"})
    ResponseEntity<Void> report(HttpServletRequest request) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        List<JsonNode> reports = new ArrayList<>();
        try {
            JsonNode root = json.readTree(body);
            if (root.isArray()) {
                root.forEach(item -> reports.add(item.path("body")));
            } else if (root.has("csp-report")) {
                reports.add(root.get("csp-report"));
            }
        } catch (JacksonException e) {
            reports.clear();
        }
        if (reports.isEmpty() || reports.stream().noneMatch(JsonNode::isObject)) {
            throw new InvalidCspReportException();
        }
        reports.stream().filter(JsonNode::isObject).limit(MAX_REPORTS).forEach(CspReportController::log);
        return ResponseEntity.noContent().build();
    }

    private static void log(JsonNode report) {
        var event = SECURITY.atWarn().addKeyValue("event_type", "CSP_VIOLATION");
        for (String field : FIELDS) {
            JsonNode value = report.get(field);
            if (value != null && value.isValueNode()) {
                event = event.addKeyValue("csp_" + field.replace('-', '_').toLowerCase(Locale.ROOT), clean(value.asString()));
            }
        }
        event.log("security event CSP_VIOLATION: browser reported a content security policy violation");
    }

    /** Truncated, and without control characters, so a report cannot forge log lines. */
    private static String clean(String value) {
        String printable = value.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > MAX_FIELD ? printable.substring(0, MAX_FIELD) : printable;
    }
}
