package coop.relais.community.web;

import coop.relais.community.Announcements;
import coop.relais.community.Audience;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.TypedText;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.SiteSelection;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The site's announcements, for its staff: publish one to an audience (and e-mail it), withdraw one. */
@Controller
class AnnouncementPagesController {

    private final Announcements announcements;

    AnnouncementPagesController(Announcements announcements) {
        this.announcements = announcements;
    }

    @GetMapping("/community/announcements")
    String list(CurrentUser user, Model model) {
        UUID site = workplace(user);
        model.addAttribute("announcements", announcements.ofSite(user, site));
        model.addAttribute("companies", announcements.companies(user, site));
        model.addAttribute("audiences", Audience.values());
        return "community/announcements";
    }

    @PostMapping("/community/announcements")
    String publish(
            CurrentUser user,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) String audience,
            @RequestParam(required = false) String organisationId,
            @RequestParam(required = false) String shownUntil,
            @RequestParam(required = false) boolean email,
            RedirectAttributes redirect) {
        UUID site = workplace(user);
        return Flash.attempt(redirect, "/community/announcements", "community.flash.announced", () -> {
            Audience chosen = TypedText.choice(Audience.class, audience, "community.announcement.audience");
            var published = announcements.publish(
                    user,
                    site,
                    new Announcements.NewAnnouncement(
                            title,
                            body,
                            chosen,
                            chosen == Audience.COMPANY
                                    ? Typed.id(organisationId, "community.announcement.company")
                                    : null,
                            TypedText.date(shownUntil, "community.announcement.until"),
                            email));
            return new Object[] {published.title(), published.emailed() ? 1 : 0};
        });
    }

    @PostMapping("/community/announcements/{id}/withdraw")
    String withdraw(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return Flash.done(redirect, "/community/announcements", "community.flash.withdrawn", () -> {
            announcements.withdraw(user, id);
        });
    }

    private static UUID workplace(CurrentUser user) {
        return SiteSelection.currentWorkplace(user).orElseThrow(() -> new NotFoundException("site"));
    }
}
