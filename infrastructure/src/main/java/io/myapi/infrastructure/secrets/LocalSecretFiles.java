package io.myapi.infrastructure.secrets;

import io.myapi.domain.shared.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Development secrets, generated once per installation into the data folder and reused on
 * every later start (never committed, never logged).
 *
 * <p>Files are created atomically with owner-only permissions (0600, folder 0700) before any
 * byte is written, so there is no window in which another user could read them. Values come
 * from {@link SecureRandom} (R29.1), base64url-encoded.
 */
public final class LocalSecretFiles {

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path folder;
    private final SecureRandom random;

    /**
     * Creates the store.
     *
     * @param folder where the secret files live, created on demand
     * @param random the source of key material
     */
    public LocalSecretFiles(Path folder, SecureRandom random) {
        this.folder = folder;
        this.random = random;
    }

    /**
     * Reads the named secret, generating it first if it does not exist.
     *
     * @param name file name, for example {@code jwt-secret}
     * @param bytes number of random bytes for a new secret
     * @return the secret
     * @throws UncheckedIOException if the folder or file cannot be used
     */
    public Secret loadOrCreate(String name, int bytes) {
        Path file = folder.resolve(name);
        try {
            if (!Files.exists(file)) {
                createFolder();
                byte[] material = new byte[bytes];
                random.nextBytes(material);
                String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(material);
                writeOwnerOnly(file, encoded);
            }
            return Secret.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the development secret '" + name + "'", e);
        }
    }

    /**
     * Writes a new file readable only by its owner.
     *
     * @param file the file to create; it must not exist
     * @param content text content
     * @throws IOException if the file exists or cannot be written
     */
    public static void writeOwnerOnly(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_DIR));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(folder);
        }
    }
}
