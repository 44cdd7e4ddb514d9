package io.myapi.bootstrap.config;

/** Where the API runs; anything but development gets the strict start-up checks. */
public enum DeploymentEnvironment {
    /** A developer's machine: embedded defaults, generated secrets. */
    DEVELOPMENT,
    /** Pre-production: same rules as production. */
    STAGING,
    /** Production. */
    PRODUCTION;

    /** @return {@code true} for staging and production */
    public boolean isStrict() {
        return this != DEVELOPMENT;
    }
}
