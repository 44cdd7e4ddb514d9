package io.myapi.bootstrap.config;

/** A setting that is not allowed in the current environment; the message names the property, never its value. */
public final class InsecureConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String property;

    /**
     * Creates the exception.
     *
     * @param property the offending property
     * @param reason why it is refused
     */
    public InsecureConfigurationException(String property, String reason) {
        super("SECURITY: refusing to start: property '" + property + "' " + reason);
        this.property = property;
    }

    /** @return the offending property's name */
    public String property() {
        return property;
    }
}
