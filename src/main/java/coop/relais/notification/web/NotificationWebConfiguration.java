package coop.relais.notification.web;

import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.NavigationGroup;
import coop.relais.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The admins' menu entry to the outbox (the notification centre is reached from the navbar badge). */
@Configuration(proxyBeanMethods = false)
class NotificationWebConfiguration {

    @Bean
    NavigationItem outboxNavigation() {
        return new NavigationItem(
                "notification.nav.outbox", "/admin/outbox", NavigationGroup.ADMINISTRATION, 900, CurrentUser::isAdmin);
    }
}
