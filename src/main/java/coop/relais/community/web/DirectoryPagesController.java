package coop.relais.community.web;

import coop.relais.community.Directory;
import coop.relais.community.DirectoryMessages;
import coop.relais.community.LocalOrganisations;
import coop.relais.community.OrganisationCategory;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.text.TypedText;
import coop.relais.shared.web.Flash;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The neighbourhood directory: search it, write to a listed member through Relais; a member chooses to be listed
 * (or not) and says who they are and what they can do; the staff list the local organisations.
 */
@Controller
class DirectoryPagesController {

    private final Directory directory;
    private final DirectoryMessages messages;
    private final LocalOrganisations organisations;

    DirectoryPagesController(Directory directory, DirectoryMessages messages, LocalOrganisations organisations) {
        this.directory = directory;
        this.messages = messages;
        this.organisations = organisations;
    }

    @GetMapping("/community/directory")
    String directory(
            CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            Model model) {
        UUID site = CommunityWebConfiguration.site(user);
        OrganisationCategory chosen =
                TypedText.choice(OrganisationCategory.class, category, "community.organisation.category");
        model.addAttribute("entries", directory.search(user, site, q, chosen));
        model.addAttribute("q", q);
        model.addAttribute("category", chosen);
        model.addAttribute("categories", OrganisationCategory.values());
        model.addAttribute("member", user.hasAt(Role.MEMBER, site));
        model.addAttribute("staff", user.worksAt(site));
        model.addAttribute("listing", directory.mine(user, site));
        return "community/directory";
    }

    @PostMapping("/community/directory/me")
    String listing(
            CurrentUser user,
            @RequestParam(required = false) boolean listed,
            @RequestParam(required = false) String presentation,
            @RequestParam(required = false) String skills,
            RedirectAttributes redirect) {
        UUID site = CommunityWebConfiguration.site(user);
        return Flash.attempt(redirect, "/community/directory", "community.flash.listing", () -> {
            var saved = directory.update(user, site, listed, presentation, skills);
            return new Object[] {saved.listed() ? 1 : 0};
        });
    }

    @PostMapping("/community/directory/{accountId}/message")
    String write(
            CurrentUser user,
            @PathVariable UUID accountId,
            @RequestParam(required = false) String message,
            RedirectAttributes redirect) {
        UUID site = CommunityWebConfiguration.site(user);
        return Flash.done(redirect, "/community/directory", "community.flash.message", () -> {
            messages.write(user, site, accountId, message);
        });
    }

    @PostMapping("/community/directory/organisations")
    String addOrganisation(
            CurrentUser user,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String contact,
            RedirectAttributes redirect) {
        UUID site = CommunityWebConfiguration.site(user);
        return Flash.attempt(redirect, "/community/directory", "community.flash.organisation", () -> {
            var added = organisations.add(
                    user,
                    site,
                    name,
                    TypedText.choice(OrganisationCategory.class, category, "community.organisation.category"),
                    description,
                    contact);
            return new Object[] {added.name()};
        });
    }

    @PostMapping("/community/directory/organisations/{id}/remove")
    String removeOrganisation(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return Flash.done(redirect, "/community/directory", "community.flash.organisationRemoved", () -> {
            organisations.remove(user, id);
        });
    }
}
