package coop.relais.insertion.web;

import coop.relais.insertion.Insertion;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.NavigationGroup;
import coop.relais.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The menu entries of work integration: the coaches' and admins' follow-up, and a concierge's own path. */
@Configuration(proxyBeanMethods = false)
class InsertionWebConfiguration {

    @Bean
    NavigationItem insertionNavigation() {
        return new NavigationItem(
                "insertion.nav.people", "/insertion", NavigationGroup.ADMINISTRATION, 80, Insertion::followsPeople);
    }

    @Bean
    NavigationItem insertionPathNavigation(Insertion insertion) {
        return new NavigationItem(
                "insertion.nav.me",
                "/insertion/me",
                NavigationGroup.COUNTER,
                90,
                user -> user.has(Role.CONCIERGE) && insertion.isFollowed(user.accountId()));
    }
}
