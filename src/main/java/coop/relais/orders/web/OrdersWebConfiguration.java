package coop.relais.orders.web;

import coop.relais.shared.security.Role;
import coop.relais.shared.web.NavigationGroup;
import coop.relais.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The main-menu entries of the orders module, one per kind of person. */
@Configuration(proxyBeanMethods = false)
class OrdersWebConfiguration {

    @Bean
    NavigationItem myOrdersNavigation() {
        return new NavigationItem(
                "orders.nav.mine", "/orders", NavigationGroup.SERVICES, 30, user -> user.has(Role.MEMBER));
    }

    @Bean
    NavigationItem deskBoardNavigation() {
        return new NavigationItem(
                "orders.nav.board",
                "/orders/board",
                NavigationGroup.COUNTER,
                31,
                user -> user.isAdmin() || !user.staffSites().isEmpty());
    }

    @Bean
    NavigationItem providerJobsNavigation() {
        return new NavigationItem(
                "orders.nav.jobs", "/provider/jobs", NavigationGroup.SERVICES, 32, user -> user.has(Role.PROVIDER));
    }
}
