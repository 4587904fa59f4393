package coop.relais.identity.web;

import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Main-menu entries of the identity pages (the profile link is in the layout for everyone). */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem teamNavigation() {
        return new NavigationItem("identity.nav.team", "/manage/people", 800, user -> user.has(Role.SITE_MANAGER));
    }

    @Bean
    NavigationItem clientInvitationNavigation() {
        return new NavigationItem(
                "identity.nav.inviteEmployees",
                "/invitations/new",
                810,
                user -> user.has(Role.CLIENT_ADMIN) && !user.isAdmin() && !user.has(Role.SITE_MANAGER));
    }

    @Bean
    NavigationItem peopleNavigation() {
        return new NavigationItem("identity.nav.people", "/admin/people", 900, CurrentUser::isAdmin);
    }

    @Bean
    NavigationItem auditNavigation() {
        return new NavigationItem("identity.nav.audit", "/admin/audit", 910, CurrentUser::isAdmin);
    }
}
