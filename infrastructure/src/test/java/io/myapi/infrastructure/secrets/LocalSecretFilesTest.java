package io.myapi.infrastructure.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.myapi.domain.shared.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretFilesTest {

    @TempDir
    Path dataDir;

    @Test
    @Tag("R17.2")
    @Tag("R29.1")
    void generatesOnceWithOwnerOnlyPermissionsAndReusesIt() throws Exception {
        LocalSecretFiles files = new LocalSecretFiles(dataDir.resolve("secrets"), new SecureRandom());

        Secret first = files.loadOrCreate("jwt-secret", 48);
        Secret second = new LocalSecretFiles(dataDir.resolve("secrets"), new SecureRandom()).loadOrCreate("jwt-secret", 48);

        Path file = dataDir.resolve("secrets/jwt-secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(first).isEqualTo(second);
        assertThat(first.length()).isEqualTo(64);
        assertThat(files.loadOrCreate("other-secret", 48)).isNotEqualTo(first);
    }
}
