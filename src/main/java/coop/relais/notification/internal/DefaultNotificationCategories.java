package coop.relais.notification.internal;

import coop.relais.notification.NotificationCategory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The categories every installation has: news of one's orders and of parcels kept at the desk. */
@Configuration(proxyBeanMethods = false)
class DefaultNotificationCategories {

    static final String ORDERS = "orders";
    static final String PARCELS = "parcels";

    @Bean
    NotificationCategory notificationOrdersCategory() {
        return new NotificationCategory(ORDERS, "notification.category.orders");
    }

    @Bean
    NotificationCategory notificationParcelsCategory() {
        return new NotificationCategory(PARCELS, "notification.category.parcels");
    }
}
