package coop.relais.shared;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links to Relais pages, for e-mails: the public address ({@code relais.base-url}, e.g.
 * {@code https://relais.example.org}, set with {@code RELAIS_BASE_URL}) followed by a path.
 */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(@Value("${relais.base-url:http://localhost:8080}") String baseUrl) {
        String trimmed = baseUrl == null ? "" : baseUrl.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri = URI.create(trimmed);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException("relais.base-url must be an http(s) address, not '" + baseUrl + "'");
        }
        this.base = trimmed;
    }

    public static PublicLinks of(String baseUrl) {
        return new PublicLinks(baseUrl);
    }

    /** The public address, without a trailing slash. */
    public String base() {
        return base;
    }

    /** The absolute link to a path inside Relais ({@code /orders/…}). */
    public String to(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("A path inside Relais starts with /: " + path);
        }
        return base + path;
    }
}
