package io.myapi.application.identity.port.out;

/** Unguessable text from a cryptographically secure random source (R28.1, R37.1). */
public interface RandomTokens {

    /**
     * Random bytes as URL-safe base64 without padding.
     *
     * @param bytes how many random bytes; 16 or more
     * @return the text
     */
    String next(int bytes);
}
