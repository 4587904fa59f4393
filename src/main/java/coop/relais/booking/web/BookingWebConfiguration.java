package coop.relais.booking.web;

import coop.relais.shared.security.PublicApiEndpoint;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.NavigationGroup;
import coop.relais.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The main-menu entry of booking, for the people of a site; calendar feeds answer without sign-in. */
@Configuration(proxyBeanMethods = false)
class BookingWebConfiguration {

    @Bean
    NavigationItem bookingsNavigation() {
        return new NavigationItem(
                "booking.nav.bookings",
                "/bookings",
                NavigationGroup.SERVICES,
                25,
                user -> user.isAdmin()
                        || !user.sitesWhere(Role.MEMBER, Role.CONCIERGE, Role.SITE_MANAGER)
                                .isEmpty());
    }

    @Bean
    NavigationItem bookingDeskNavigation() {
        return new NavigationItem(
                "booking.nav.desk",
                "/bookings/desk",
                NavigationGroup.COUNTER,
                45,
                user -> !user.sitesWhere(Role.CONCIERGE, Role.SITE_MANAGER).isEmpty());
    }

    @Bean
    NavigationItem bookingResourcesNavigation() {
        return new NavigationItem(
                "booking.nav.manage",
                "/bookings/manage",
                NavigationGroup.MY_SITE,
                30,
                user -> !user.sitesWhere(Role.SITE_MANAGER).isEmpty());
    }

    @Bean
    PublicApiEndpoint calendarFeeds() {
        return new PublicApiEndpoint("GET", "/api/v1/calendars/*");
    }
}
