package coop.relais.community.web;

import coop.relais.community.Announcements;
import coop.relais.community.Events;
import coop.relais.notification.NotificationCategory;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.HomeNews;
import coop.relais.shared.web.NavigationGroup;
import coop.relais.shared.web.NavigationItem;
import coop.relais.shared.web.NewsItem;
import coop.relais.shared.web.SiteSelection;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The community's links in the main menu, and the site's announcements on home pages. */
@Configuration(proxyBeanMethods = false)
class CommunityWebConfiguration {

    private static boolean ofASite(CurrentUser user) {
        return !user.sitesWhere(Role.MEMBER, Role.CONCIERGE, Role.SITE_MANAGER).isEmpty();
    }

    @Bean
    NavigationItem communityDirectoryNavigation() {
        return new NavigationItem(
                "community.nav.directory",
                "/community/directory",
                NavigationGroup.COMMUNITY,
                10,
                CommunityWebConfiguration::ofASite);
    }

    @Bean
    NavigationItem communityEventsNavigation() {
        return new NavigationItem(
                "community.nav.events",
                "/community/events",
                NavigationGroup.COMMUNITY,
                12,
                CommunityWebConfiguration::ofASite);
    }

    @Bean
    NavigationItem communityReportsNavigation() {
        return new NavigationItem(
                "community.nav.reports",
                "/community/reports",
                NavigationGroup.COMMUNITY,
                14,
                CommunityWebConfiguration::ofASite);
    }

    @Bean
    NavigationItem communityAnnouncementsNavigation() {
        return new NavigationItem(
                "community.nav.announcements",
                "/community/announcements",
                NavigationGroup.COMMUNITY,
                16,
                user -> !user.sitesWhere(Role.CONCIERGE, Role.SITE_MANAGER).isEmpty());
    }

    /** Events, reports and announcements by e-mail: a member may turn them off in their preferences. */
    @Bean
    NotificationCategory communityCategory() {
        return new NotificationCategory(Events.CATEGORY, "community.notification.category");
    }

    @Bean
    HomeNews communityAnnouncementsOnHome(Announcements announcements, SiteDirectory sites) {
        return (CurrentUser user, UUID siteId) -> {
            if (siteId == null) {
                return List.of();
            }
            return announcements.current(user, siteId).stream()
                    .map(a -> new NewsItem(
                            a.title(), a.body(), LocalDate.ofInstant(a.publishedAt(), sites.zoneOf(siteId))))
                    .toList();
        };
    }

    /** The site a page of the community is about: the one selected, where the person is a member or works. */
    static UUID site(CurrentUser user) {
        return SiteSelection.current(user)
                .filter(user::belongsTo)
                .orElseThrow(() -> new coop.relais.shared.NotFoundException("site"));
    }
}
