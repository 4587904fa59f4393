package coop.relais.reuse.web;

import coop.relais.shared.security.Role;
import coop.relais.shared.web.NavigationGroup;
import coop.relais.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The main-menu entry of the reuse shop, in the counter's daily work, for the site's staff. */
@Configuration(proxyBeanMethods = false)
class ReuseWebConfiguration {

    @Bean
    NavigationItem reuseNavigation() {
        return new NavigationItem(
                "reuse.nav.desk",
                "/reuse",
                NavigationGroup.COUNTER,
                60,
                user -> !user.sitesWhere(Role.CONCIERGE, Role.SITE_MANAGER).isEmpty());
    }
}
