package coop.relais.identity.web;

import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.NavigationGroup;
import coop.relais.shared.web.NavigationItem;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Main-menu entries of the identity pages (the profile link is in the layout for everyone). */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem teamNavigation() {
        return new NavigationItem(
                "identity.nav.team",
                "/manage/people",
                NavigationGroup.MY_SITE,
                800,
                user -> user.has(Role.SITE_MANAGER));
    }

    /**
     * A client organisation's contact invites the people of their organisation, named as they know
     * them (DESIGN.md rule 7): a social landlord its tenants, an employer its employees.
     */
    @Bean
    NavigationItem clientInvitationNavigation(SiteDirectory sites) {
        return invitation(
                "identity.nav.inviteEmployees",
                sites,
                kinds -> !kinds.contains("SOCIAL_LANDLORD") && kinds.contains("EMPLOYER"));
    }

    @Bean
    NavigationItem tenantInvitationNavigation(SiteDirectory sites) {
        return invitation("identity.nav.inviteTenants", sites, kinds -> kinds.contains("SOCIAL_LANDLORD"));
    }

    @Bean
    NavigationItem peopleInvitationNavigation(SiteDirectory sites) {
        return invitation(
                "identity.nav.invitePeople",
                sites,
                kinds -> !kinds.contains("SOCIAL_LANDLORD") && !kinds.contains("EMPLOYER"));
    }

    private static NavigationItem invitation(String messageKey, SiteDirectory sites, Predicate<Set<String>> kinds) {
        return new NavigationItem(
                messageKey,
                "/invitations/new",
                NavigationGroup.MY_SITE,
                810,
                user -> user.has(Role.CLIENT_ADMIN)
                        && !user.isAdmin()
                        && !user.has(Role.SITE_MANAGER)
                        && kinds.test(user.organisationsWhere(Role.CLIENT_ADMIN).stream()
                                .flatMap(id -> sites.findClient(id).stream())
                                .map(ClientOrganisationView::kind)
                                .collect(Collectors.toSet())));
    }

    @Bean
    NavigationItem peopleNavigation() {
        return new NavigationItem(
                "identity.nav.people", "/admin/people", NavigationGroup.ADMINISTRATION, 900, CurrentUser::isAdmin);
    }

    @Bean
    NavigationItem auditNavigation() {
        return new NavigationItem(
                "identity.nav.audit", "/admin/audit", NavigationGroup.ADMINISTRATION, 910, CurrentUser::isAdmin);
    }
}
