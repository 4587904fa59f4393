package coop.relais.desk.web;

import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteKind;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.NavigationGroup;
import coop.relais.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The desk's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class DeskWebConfiguration {

    @Bean
    NavigationItem deskCounterNavigation() {
        return new NavigationItem("desk.nav.counter", "/desk", NavigationGroup.COUNTER, 40, DeskSite::isStaff);
    }

    @Bean
    NavigationItem deskParcelsNavigation() {
        return new NavigationItem("desk.nav.parcels", "/desk/parcels", NavigationGroup.COUNTER, 41, DeskSite::isStaff);
    }

    @Bean
    NavigationItem deskRequestsNavigation() {
        return new NavigationItem(
                "desk.nav.requests", "/desk/requests", NavigationGroup.COUNTER, 42, DeskSite::isStaff);
    }

    @Bean
    NavigationItem deskJournalNavigation() {
        return new NavigationItem("desk.nav.journal", "/desk/journal", NavigationGroup.COUNTER, 43, DeskSite::isStaff);
    }

    @Bean
    NavigationItem deskCopiersNavigation(SiteDirectory sites) {
        return new NavigationItem(
                "desk.nav.copiers",
                "/desk/copiers",
                NavigationGroup.COUNTER,
                44,
                user -> user.staffSites().stream()
                        .anyMatch(site -> sites.find(site)
                                .map(s -> s.kind() == SiteKind.ECOSYSTEM)
                                .orElse(false)));
    }

    @Bean
    NavigationItem clientRequestsNavigation() {
        return new NavigationItem(
                "desk.nav.clientRequests",
                "/requests",
                NavigationGroup.SERVICES,
                45,
                user -> user.has(Role.CLIENT_ADMIN));
    }

    @Bean
    NavigationItem myParcelsNavigation() {
        return new NavigationItem(
                "desk.nav.myParcels", "/me/parcels", NavigationGroup.SERVICES, 46, user -> user.has(Role.MEMBER));
    }
}
