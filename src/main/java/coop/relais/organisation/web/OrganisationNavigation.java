package coop.relais.organisation.web;

import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.NavigationGroup;
import coop.relais.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Main-menu entries of the organisation pages. */
@Configuration(proxyBeanMethods = false)
class OrganisationNavigation {

    @Bean
    NavigationItem mySiteNavigation() {
        return new NavigationItem(
                "organisation.nav.mySite",
                "/manage/site",
                NavigationGroup.MY_SITE,
                60,
                user -> user.has(Role.SITE_MANAGER));
    }

    @Bean
    NavigationItem sitesNavigation() {
        return new NavigationItem(
                "organisation.nav.sites", "/admin/sites", NavigationGroup.ADMINISTRATION, 80, CurrentUser::isAdmin);
    }

    @Bean
    NavigationItem organisationsNavigation() {
        return new NavigationItem(
                "organisation.nav.clients",
                "/admin/organisations",
                NavigationGroup.ADMINISTRATION,
                81,
                CurrentUser::isAdmin);
    }

    @Bean
    NavigationItem providersNavigation() {
        return new NavigationItem(
                "organisation.nav.providers",
                "/admin/providers",
                NavigationGroup.ADMINISTRATION,
                82,
                CurrentUser::isAdmin);
    }
}
