package coop.relais.notification.internal;

import coop.relais.notification.NotificationCategory;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The categories people may opt out of, as declared by the modules ({@link NotificationCategory}
 * beans). A key declared twice counts once (the first declaration's label wins).
 */
@Component
public class NotificationCategories {

    private final List<NotificationCategory> categories;

    NotificationCategories(ObjectProvider<NotificationCategory> declared) {
        Map<String, NotificationCategory> byKey = new LinkedHashMap<>();
        declared.orderedStream()
                .sorted(Comparator.comparing(NotificationCategory::key))
                .forEach(category -> byKey.putIfAbsent(category.key(), category));
        this.categories = List.copyOf(byKey.values());
    }

    /** Every known category, sorted by key. */
    public List<NotificationCategory> all() {
        return categories;
    }

    public Optional<NotificationCategory> find(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
