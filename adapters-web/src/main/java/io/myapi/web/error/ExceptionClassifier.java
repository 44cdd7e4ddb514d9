package io.myapi.web.error;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Decides which generic server-side code an unexpected exception gets, by walking its cause
 * chain: database failures become {@link ErrorCode#DATABASE_ERROR} (or
 * {@link ErrorCode#SERVICE_UNAVAILABLE} when the pool or connection is the problem, R24.6),
 * file-system failures {@link ErrorCode#STORAGE_ERROR}, anything else
 * {@link ErrorCode#INTERNAL_ERROR}. The client never sees the exception itself (R25.4, R25.5).
 */
final class ExceptionClassifier {

    private static final int MAX_CAUSE_DEPTH = 16;

    private ExceptionClassifier() {
    }

    static ErrorCode classify(Throwable error) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (current instanceof SQLTransientConnectionException
                    || current instanceof DataAccessResourceFailureException
                    || current instanceof TransientDataAccessResourceException) {
                return ErrorCode.SERVICE_UNAVAILABLE;
            }
            if (current instanceof DataAccessException || current instanceof SQLException) {
                return ErrorCode.DATABASE_ERROR;
            }
            if (current instanceof IOException || current instanceof UncheckedIOException) {
                return ErrorCode.STORAGE_ERROR;
            }
            current = current.getCause();
        }
        return ErrorCode.INTERNAL_ERROR;
    }
}
