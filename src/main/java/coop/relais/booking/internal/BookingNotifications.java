package coop.relais.booking.internal;

import coop.relais.notification.NotificationCategory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The notification category of bookings: confirmations, moves and cancellations, late returns. */
@Configuration
public class BookingNotifications {

    public static final String CATEGORY = "bookings";

    @Bean
    NotificationCategory bookingCategory() {
        return new NotificationCategory(CATEGORY, "booking.notification.category");
    }
}
