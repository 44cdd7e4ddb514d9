package io.myapi.bootstrap.config;

/** Where the API runs; anything but development gets the strict start-up checks. */
public enum DeploymentEnvironment {
    /** A developer's machine: embedded defaults, generated secrets. */
    DEVELOPMENT,
    /** Pre-production: same rules as production. */
    STAGING,
    /** Production. */
    PRODUCTION;

    /**
     * The environment named by {@code myapi.environment}, read before the settings are bound
     * (by environment post-processors).
     *
     * @param environment Spring's environment
     * @return the lower-case name, {@code development} when unset
     */
    static String nameIn(org.springframework.core.env.Environment environment) {
        return environment.getProperty("myapi.environment", "development").strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return {@code true} for staging and production */
    public boolean isStrict() {
        return this != DEVELOPMENT;
    }
}
