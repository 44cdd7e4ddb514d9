package io.myapi.web.identity;

import io.myapi.domain.shared.Digests;
import io.myapi.domain.shared.Secret;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;

/**
 * The browser cookie mode (R28.2, R28.5): the refresh token travels in a {@code __Host-} cookie,
 * HttpOnly, Secure, SameSite=Strict, Path=/, sealed with AES-256-GCM (Spring Security's
 * {@code Encryptors.stronger}: PBKDF2-derived key, random IV per cookie) so that its content is
 * neither readable nor forgeable by the client. Disabled when no cookie secret is configured.
 */
public final class RefreshCookies {

    /** Cookie name; the {@code __Host-} prefix forces Secure, Path=/ and no Domain. */
    public static final String NAME = "__Host-myapi-refresh";

    /** Salt of the key derivation, derived from the secret so every instance derives the same key. */
    private static final int SALT_BYTES = 16;

    /** A 16-byte IV, at least one byte of ciphertext and the 16-byte GCM tag. */
    private static final int MIN_SEALED_BYTES = 33;

    private final Optional<BytesEncryptor> encryptor;

    /**
     * Creates the cookie codec.
     *
     * @param secret the cookie secret; empty disables cookie mode
     */
    public RefreshCookies(Optional<Secret> secret) {
        this.encryptor = secret.filter(s -> !s.isEmpty()).map(s -> Encryptors.stronger(s.reveal(),
                HexFormat.of().formatHex(Digests.sha256(("myapi refresh cookie salt v1:" + s.reveal())
                        .getBytes(StandardCharsets.UTF_8)), 0, SALT_BYTES)));
    }

    /**
     * Whether cookie mode is available.
     *
     * @return {@code true} if a cookie secret is configured
     */
    public boolean enabled() {
        return encryptor.isPresent();
    }

    /**
     * The cookie carrying a sealed refresh token.
     *
     * @param refreshToken the token
     * @param maxAge how long the browser keeps it
     * @return the Set-Cookie value
     */
    public String issue(String refreshToken, Duration maxAge) {
        return base().value(seal(refreshToken)).maxAge(maxAge).build().toString();
    }

    /**
     * The cookie that deletes the refresh cookie.
     *
     * @return the Set-Cookie value
     */
    public String clear() {
        return base().value("").maxAge(0).build().toString();
    }

    /**
     * The refresh token in the request's cookie, if present and authentic.
     *
     * @param request the request
     * @return the token
     */
    public Optional<Secret> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (encryptor.isEmpty() || cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> open(cookie.getValue()));
    }

    private static ResponseCookie.ResponseCookieBuilder base() {
        return ResponseCookie.from(NAME).path("/").secure(true).httpOnly(true).sameSite("Strict");
    }

    private String seal(String plaintext) {
        byte[] sealed = encryptor.orElseThrow().encrypt(plaintext.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    private Optional<Secret> open(String value) {
        try {
            byte[] sealed = Base64.getUrlDecoder().decode(value);
            if (sealed.length < MIN_SEALED_BYTES) {
                return Optional.empty();
            }
            byte[] plain = encryptor.orElseThrow().decrypt(sealed);
            return Optional.of(Secret.of(new String(plain, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Not base64, too short, or the GCM tag does not verify: not our cookie.
            return Optional.empty();
        }
    }
}
