package coop.relais.shared.paging;

import coop.relais.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the next page of a list starts (keyset pagination): the sort instant and id of the last item
 * shown. A list read this way costs the same on page 1 and page 1,000, whatever the history holds.
 * Written in links as an opaque token; a token that was not written by Relais is refused (400).
 */
public record Cursor(Instant at, UUID id) {

    public Cursor {
        if (at == null || id == null) {
            throw new IllegalArgumentException("A cursor needs an instant and an id");
        }
    }

    /** The token to put in a {@code next} link. */
    public String token() {
        String plain = at.getEpochSecond() + "." + at.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a {@code after=} parameter; null when absent; a refusal a client can act on when forged. */
    public static Cursor parse(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\.", 3);
            if (parts.length != 3) {
                throw invalid();
            }
            return new Cursor(
                    Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static DomainException invalid() {
        return DomainException.invalid("paging.cursor.invalid");
    }
}
