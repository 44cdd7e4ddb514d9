package io.myapi.bootstrap.wiring;

import io.myapi.application.identity.WeakPasswordException;
import io.myapi.application.identity.port.out.RandomTokens;
import io.myapi.application.identity.service.FirstAdministrator;
import io.myapi.application.lifecycle.LifecycleHook;
import io.myapi.bootstrap.config.MyApiProperties;
import io.myapi.domain.shared.Secret;
import io.myapi.domain.user.EmailAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start, when there is no account: in development, {@code admin@localhost} with a
 * random password written to {@code <data dir>/initial-admin-password} (0600), never logged; in
 * staging and production, the account named by {@code MYAPI_BOOTSTRAP_ADMIN_EMAIL} with the
 * password in the file {@code MYAPI_BOOTSTRAP_ADMIN_PASSWORD_FILE}.
 */
final class FirstAdministratorHook implements LifecycleHook {

    static final String DEVELOPMENT_EMAIL = "admin@localhost";
    static final String PASSWORD_FILE = "initial-admin-password";

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministratorHook.class);
    private static final int PASSWORD_BYTES = 18;

    private final FirstAdministrator firstAdministrator;
    private final MyApiProperties settings;
    private final RandomTokens random;

    FirstAdministratorHook(FirstAdministrator firstAdministrator, MyApiProperties settings, RandomTokens random) {
        this.firstAdministrator = firstAdministrator;
        this.settings = settings;
        this.random = random;
    }

    @Override
    public String name() {
        return "first-administrator";
    }

    @Override
    public void start() {
        if (settings.environment().isStrict()) {
            createConfigured();
        } else {
            createDevelopment();
        }
    }

    private void createConfigured() {
        MyApiProperties.BootstrapAdmin admin = settings.bootstrapAdmin();
        if (isBlank(admin.email()) || isBlank(admin.passwordFile())) {
            return;
        }
        String password;
        try {
            password = Files.readString(Path.of(admin.passwordFile()), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("MYAPI_BOOTSTRAP_ADMIN_PASSWORD_FILE cannot be read", e);
        }
        try {
            if (firstAdministrator.createIfNoUsers(new EmailAddress(admin.email()), Secret.of(password))) {
                LOG.info("first administrator created from MYAPI_BOOTSTRAP_ADMIN_EMAIL");
            }
        } catch (WeakPasswordException e) {
            throw new IllegalStateException("the password in MYAPI_BOOTSTRAP_ADMIN_PASSWORD_FILE breaks the password policy: "
                    + e.broken().stream().map(WeakPasswordException.Rule::message).toList(), e);
        }
    }

    private void createDevelopment() {
        // Random base64url plus a fixed tail, so the password always mixes the four classes.
        String password = random.next(PASSWORD_BYTES) + "-7Qz";
        if (!firstAdministrator.createIfNoUsers(new EmailAddress(DEVELOPMENT_EMAIL), Secret.of(password))) {
            return;
        }
        Path file = settings.dataDir().resolve(PASSWORD_FILE);
        try {
            Files.createDirectories(settings.dataDir());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("the initial administrator password cannot be written", e);
        }
        LOG.info("development administrator {} created; its password is in {}", DEVELOPMENT_EMAIL, file.toAbsolutePath());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
