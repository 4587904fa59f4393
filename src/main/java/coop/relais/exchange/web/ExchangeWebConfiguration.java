package coop.relais.exchange.web;

import coop.relais.shared.security.Role;
import coop.relais.shared.web.NavigationGroup;
import coop.relais.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The main-menu entry of the SEL, in neighbourhood life, for the people of a site. */
@Configuration(proxyBeanMethods = false)
class ExchangeWebConfiguration {

    @Bean
    NavigationItem exchangeNavigation() {
        return new NavigationItem(
                "exchange.nav.home",
                "/exchange",
                NavigationGroup.COMMUNITY,
                20,
                user -> !user.sitesWhere(Role.MEMBER, Role.SITE_MANAGER, Role.SEL_COORDINATOR)
                        .isEmpty());
    }
}
