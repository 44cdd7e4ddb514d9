package io.myapi.web.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value breaks a bound the mapper enforces for every request body (array items, secret
 * length); reported as a field error with its own code and a fixed message, never the value.
 */
public final class InputBoundException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String violationCode;
    private final String clientMessage;

    InputBoundException(JsonParser parser, String violationCode, String clientMessage) {
        super(parser, violationCode + ": " + clientMessage);
        this.violationCode = violationCode;
        this.clientMessage = clientMessage;
    }

    /**
     * The field error's code.
     *
     * @return such as {@code too_many_items}
     */
    public String violationCode() {
        return violationCode;
    }

    /**
     * The field error's message.
     *
     * @return a fixed sentence
     */
    public String clientMessage() {
        return clientMessage;
    }
}
