package io.myapi.it;

/** Settings of the production-mode tests: the real PostgreSQL and Redis on localhost (see .ci/run). */
final class ProductionSettings {

    static final String DATABASE_URL = "jdbc:postgresql://127.0.0.1:5432/myapi_test";

    /** Generated once per run; never a committed value. */
    static final String JWT_SECRET = io.myapi.bootstrap.config.MyApiPropertiesTest.strongSecret();

    /** Generated once per run, like the JWT secret. */
    static final String COOKIE_SECRET = io.myapi.bootstrap.config.MyApiPropertiesTest.strongSecret();

    private ProductionSettings() {
    }
}
