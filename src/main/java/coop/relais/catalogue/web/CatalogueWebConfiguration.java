package coop.relais.catalogue.web;

import coop.relais.shared.security.Role;
import coop.relais.shared.web.NavigationGroup;
import coop.relais.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class CatalogueWebConfiguration {

    /** Members and staff browse their site's catalogue. */
    @Bean
    NavigationItem catalogueNavigation() {
        return new NavigationItem(
                "catalogue.nav",
                "/catalogue",
                NavigationGroup.SERVICES,
                20,
                user -> user.isAdmin() || !user.allSites().isEmpty());
    }

    /** Site managers (and admins) edit it. */
    @Bean
    NavigationItem catalogueEditorNavigation() {
        return new NavigationItem(
                "catalogue.nav.editor",
                "/manage/catalogue",
                NavigationGroup.MY_SITE,
                80,
                user -> user.isAdmin() || user.has(Role.SITE_MANAGER));
    }
}
