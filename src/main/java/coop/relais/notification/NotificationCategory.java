package coop.relais.notification;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of message people may opt out of, per channel (e-mail, in-app). A module that sends such
 * messages declares it as a bean, e.g. {@code @Bean NotificationCategory community() { return new
 * NotificationCategory("community", "community.notification.category"); }}, and names it in the
 * {@code category} of its {@link EmailRequested} and {@link NoticeRequested}. The preferences page
 * lists every declared category.
 *
 * @param key the category code carried by the events, e.g. {@code orders} (lower case, digits, dashes)
 * @param labelKey message key of the label shown on the preferences page
 */
public record NotificationCategory(String key, String labelKey) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public NotificationCategory {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    "A notification category key is lower case, up to 40 characters: " + key);
        }
    }
}
