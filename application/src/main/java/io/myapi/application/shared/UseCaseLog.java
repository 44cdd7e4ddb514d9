package io.myapi.application.shared;

import java.util.Map;

/**
 * Structured log lines of the use cases (R5.4): always {@code use_case} and {@code user_id},
 * plus entity ids; the correlation id is added by the logging pipeline.
 */
public interface UseCaseLog {

    /**
     * An informational event.
     *
     * @param useCase such as {@code place_order}
     * @param userId the caller
     * @param fields entity ids and counts, never personal data
     * @param message what happened
     */
    void info(String useCase, String userId, Map<String, String> fields, String message);

    /**
     * Something unusual that was handled, such as a retried conflict.
     *
     * @param useCase such as {@code place_order}
     * @param userId the caller
     * @param fields entity ids and counts
     * @param message what happened
     */
    void warn(String useCase, String userId, Map<String, String> fields, String message);
}
