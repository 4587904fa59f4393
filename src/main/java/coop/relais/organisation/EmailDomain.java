package coop.relais.organisation;

import coop.relais.shared.DomainException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail domain a client organisation approves for sign-up (e.g. {@code aquitaine-logistique.fr}),
 * held in lower case without a leading {@code @}.
 */
public record EmailDomain(String value) {

    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{4,200}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})");

    public EmailDomain {
        value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("@")) {
            value = value.substring(1);
        }
        if (!DOMAIN.matcher(value).matches()) {
            throw DomainException.invalid("organisation.domain.invalid");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
