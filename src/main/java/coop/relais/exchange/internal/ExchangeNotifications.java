package coop.relais.exchange.internal;

import coop.relais.notification.NotificationCategory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notification category of the SEL: messages about ads, requests and payments. */
@Configuration
public class ExchangeNotifications {

    public static final String CATEGORY = "exchange";

    @Bean
    NotificationCategory exchangeCategory() {
        return new NotificationCategory(CATEGORY, "exchange.notification.category");
    }
}
