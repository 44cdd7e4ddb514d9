package io.myapi.infrastructure.transaction;

import io.myapi.application.shared.UseCaseLog;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/** Use-case events as structured lines on the {@code use-case} logger, fields as key-value pairs. */
public final class Slf4jUseCaseLog implements UseCaseLog {

    private static final Logger LOG = LoggerFactory.getLogger("use-case");

    @Override
    public void info(String useCase, String userId, Map<String, String> fields, String message) {
        with(LOG.atInfo(), useCase, userId, fields).log(message);
    }

    @Override
    public void warn(String useCase, String userId, Map<String, String> fields, String message) {
        with(LOG.atWarn(), useCase, userId, fields).log(message);
    }

    private static LoggingEventBuilder with(LoggingEventBuilder event, String useCase, String userId, Map<String, String> fields) {
        LoggingEventBuilder built = event.addKeyValue("use_case", useCase).addKeyValue("user_id", userId);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            built = built.addKeyValue(field.getKey(), field.getValue());
        }
        return built;
    }
}
