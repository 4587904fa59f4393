package coop.relais.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secret tokens of links and API access: 256 random bits, URL-safe, and their SHA-256 hash, which is
 * all the database ever stores. A stolen database therefore opens no link and no API access.
 */
public final class Tokens {

    /** Prefix of personal API tokens, so that they are recognisable (e.g. by secret scanners). */
    public static final String API_PREFIX = "rls_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private Tokens() {}

    /** A new random token: 32 bytes (256 bits) in URL-safe Base64, 43 characters. */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new personal API token, {@code rls_} followed by a random token. */
    public static String generateApiToken() {
        return API_PREFIX + generate();
    }

    /** The SHA-256 of the token, in lower-case hex (64 characters). */
    public static String hash(String token) {
        return coop.relais.shared.Sha256.hex(token);
    }

    /** Whether the text has the shape of a token we issue (so that garbage is not even looked up). */
    public static boolean looksLikeToken(String token) {
        return token != null && token.length() >= 40 && token.length() <= 100 && token.matches("[A-Za-z0-9_-]+");
    }
}
