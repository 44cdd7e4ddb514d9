package io.myapi.domain.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The only door to message digests: SHA-256 and stronger, never MD5 or SHA-1 (R29.2).
 * The forbiddenapis check bans {@code MessageDigest.getInstance} everywhere else.
 */
public final class Digests {

    private static final String SHA_256 = "SHA-256";

    private Digests() {
    }

    /**
     * Computes SHA-256.
     *
     * @param input bytes to digest
     * @return the 32-byte digest
     */
    @SuppressForbidden // the single reviewed lookup, with a fixed strong algorithm name
    public static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance(SHA_256).digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /**
     * Computes SHA-256 of text's UTF-8 bytes, as lower-case hex.
     *
     * @param input text to digest
     * @return 64 hex characters
     */
    public static String sha256Hex(String input) {
        return java.util.HexFormat.of().formatHex(sha256(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
