package io.myapi.web.identity;

import io.myapi.domain.shared.Digests;
import io.myapi.domain.shared.Secret;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.ResponseCookie;

/**
 * The browser cookie mode (R28.2, R28.5): the refresh token travels in a {@code __Host-} cookie,
 * HttpOnly, Secure, SameSite=Strict, Path=/, sealed with AES-256-GCM so that its content is
 * neither readable nor forgeable by the client. Disabled when no cookie secret is configured.
 */
public final class RefreshCookies {

    /** Cookie name; the {@code __Host-} prefix forces Secure, Path=/ and no Domain. */
    public static final String NAME = "__Host-myapi-refresh";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] ASSOCIATED_DATA = NAME.getBytes(StandardCharsets.US_ASCII);

    private final Optional<SecretKeySpec> key;
    private final SecureRandom random = new SecureRandom();

    /**
     * Creates the cookie codec.
     *
     * @param secret the cookie secret; empty disables cookie mode
     */
    public RefreshCookies(Optional<Secret> secret) {
        this.key = secret.filter(s -> !s.isEmpty()).map(s -> new SecretKeySpec(
                Digests.sha256(("myapi refresh cookie v1:" + s.reveal()).getBytes(StandardCharsets.UTF_8)), "AES"));
    }

    /**
     * Whether cookie mode is available.
     *
     * @return {@code true} if a cookie secret is configured
     */
    public boolean enabled() {
        return key.isPresent();
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
        if (key.isEmpty() || cookies == null) {
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
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.orElseThrow(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java platform", e);
        }
    }

    private Optional<Secret> open(String value) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(value);
            if (bytes.length <= IV_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.orElseThrow(), new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return Optional.of(Secret.of(new String(plain, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
