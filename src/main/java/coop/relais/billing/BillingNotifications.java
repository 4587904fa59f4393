package coop.relais.billing;

import coop.relais.notification.NotificationCategory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kind of messages billing sends that people may opt out of: invoices issued, payments received. */
@Configuration(proxyBeanMethods = false)
public class BillingNotifications {

    public static final String CATEGORY = "billing";

    @Bean
    NotificationCategory billingCategory() {
        return new NotificationCategory(CATEGORY, "billing.notification.category");
    }
}
