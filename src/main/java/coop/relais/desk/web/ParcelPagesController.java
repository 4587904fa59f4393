package coop.relais.desk.web;

import coop.relais.desk.ParcelManagement;
import coop.relais.desk.ParcelRecipients;
import coop.relais.desk.ParcelSettings;
import coop.relais.desk.ParcelSize;
import coop.relais.desk.ParcelView;
import coop.relais.desk.RecipientView;
import coop.relais.desk.RegisterParcel;
import coop.relais.desk.internal.DuplicateTrackingNumber;
import coop.relais.desk.web.ParcelForms.ParcelForm;
import coop.relais.desk.web.ParcelForms.ReturnForm;
import coop.relais.desk.web.ParcelForms.SettingsForm;
import coop.relais.organisation.SiteView;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The desk's parcel screens: register (two steps), the shelf list, returns and the settings; handing over is {@link ParcelHandoverController}. */
@Controller
class ParcelPagesController {

    private final ParcelManagement parcels;
    private final ParcelRecipients recipients;
    private final DeskSite deskSite;
    private final java.time.Clock clock;

    ParcelPagesController(
            ParcelManagement parcels, ParcelRecipients recipients, DeskSite deskSite, java.time.Clock clock) {
        this.parcels = parcels;
        this.recipients = recipients;
        this.deskSite = deskSite;
        this.clock = clock;
    }

    // Registering, step 1: who is it for?

    @GetMapping("/desk/parcels/new")
    String newParcel(
            CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID recipientId,
            @RequestParam(required = false) String carrier,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String shelf,
            Model model) {
        return newParcel(user, q, recipientId, carrier, size, shelf, model, false);
    }

    /** The same, for an htmx swap: the fragment alone (a history restore gets the whole page). */
    @HxRequest
    @GetMapping("/desk/parcels/new")
    String newParcelResults(
            CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID recipientId,
            @RequestParam(required = false) String carrier,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String shelf,
            Model model) {
        return newParcel(user, q, recipientId, carrier, size, shelf, model, true);
    }

    private String newParcel(
            CurrentUser user,
            String q,
            UUID recipientId,
            String carrier,
            String size,
            String shelf,
            Model model,
            boolean fragment) {
        SiteView site = deskSite.current(user);
        model.addAttribute("site", site);
        if (recipientId != null) {
            RecipientView recipient = recipients.recipient(user, site.id(), recipientId);
            ParcelForm form = new ParcelForm(
                    recipient.accountId().toString(),
                    null,
                    known(carrier) ? carrier : null,
                    Inputs.enumValue(ParcelSize.class, size)
                            .orElse(ParcelSize.MEDIUM)
                            .name(),
                    Inputs.blank(shelf) || shelf.length() > 30 ? defaultShelf(recipient.displayName()) : shelf,
                    null);
            return parcelForm(user, site, recipient, form, model);
        }
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute(
                "results", query.isEmpty() ? List.of() : recipients.searchRecipients(user, site.id(), query));
        if (fragment) {
            return "desk/parcel-recipient :: results";
        }
        return "desk/parcel-recipient";
    }

    // Registering, step 2: what arrived?

    @PostMapping("/desk/parcels")
    String register(
            CurrentUser user,
            @Valid @ModelAttribute("parcelForm") ParcelForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SiteView site = deskSite.current(user);
        Optional<UUID> recipientId = Inputs.uuid(form.recipientId());
        RecipientView recipient;
        try {
            recipient = recipients.recipient(
                    user, site.id(), recipientId.orElseThrow(() -> new NotFoundException("member")));
        } catch (NotFoundException e) {
            Flash.error(redirect, "desk.parcel.recipient.unknown");
            return "redirect:/desk/parcels/new";
        }
        Optional<ParcelSize> size = Inputs.enumValue(ParcelSize.class, form.size());
        if (size.isEmpty()) {
            result.rejectValue("size", "desk.validation.size");
        }
        if (result.hasErrors()) {
            return parcelForm(user, site, recipient, form, model);
        }
        try {
            ParcelView parcel = parcels.register(
                    user,
                    new RegisterParcel(
                            site.id(),
                            recipient.accountId(),
                            form.carrier(),
                            form.trackingNumber(),
                            size.get(),
                            form.shelf(),
                            Boolean.TRUE.equals(form.confirmDuplicate())));
            Flash.success(
                    redirect, "desk.flash.parcelRegistered", recipient.displayName(), parcel.carrier(), parcel.shelf());
            redirect.addAttribute("recipientId", recipient.accountId());
            redirect.addAttribute("carrier", parcel.carrier());
            redirect.addAttribute("size", parcel.size().name());
            redirect.addAttribute("shelf", parcel.shelf());
            return "redirect:/desk/parcels/new";
        } catch (DuplicateTrackingNumber duplicate) {
            model.addAttribute("duplicate", duplicate);
            return parcelForm(user, site, recipient, form, model);
        } catch (DomainException refusal) {
            FormErrors.reject(result, refusal);
            return parcelForm(user, site, recipient, form, model);
        }
    }

    private String parcelForm(CurrentUser user, SiteView site, RecipientView recipient, ParcelForm form, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("recipient", recipient);
        model.addAttribute("parcelForm", form);
        model.addAttribute("carriers", ParcelForms.CARRIERS);
        model.addAttribute("sizes", ParcelSize.values());
        model.addAttribute("waiting", parcels.waitingFor(user, site.id(), recipient.accountId()));
        model.addAttribute("zone", site.timeZone());
        return "desk/parcel-form";
    }

    private static boolean known(String carrier) {
        return carrier != null && List.of(ParcelForms.CARRIERS).contains(carrier);
    }

    /** Shelves are often sorted by the initial of the family name. */
    static String defaultShelf(String displayName) {
        String[] words =
                displayName == null ? new String[0] : displayName.strip().split("\\s+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        return last.isEmpty() ? "" : last.substring(0, 1).toUpperCase(Locale.ROOT);
    }

    // The shelf list

    @GetMapping("/desk/parcels")
    String shelf(CurrentUser user, @RequestParam(required = false) String show, Model model) {
        SiteView site = deskSite.current(user);
        List<ParcelView> waiting = parcels.shelf(user, site.id());
        boolean onlyReturns = "return".equals(show);
        Map<String, List<ParcelView>> byShelf = new LinkedHashMap<>();
        waiting.stream()
                .filter(p -> !onlyReturns || p.returnDue())
                .forEach(p -> byShelf.computeIfAbsent(p.shelf(), s -> new java.util.ArrayList<>())
                        .add(p));
        model.addAttribute("site", site);
        model.addAttribute("zone", site.timeZone());
        model.addAttribute("byShelf", byShelf);
        model.addAttribute("onlyReturns", onlyReturns);
        model.addAttribute("summary", parcels.summary(user, site.id()));
        model.addAttribute("settings", parcels.settings(user, site.id()));
        model.addAttribute("today", java.time.LocalDate.ofInstant(clock.instant(), site.timeZone()));
        return "desk/shelf";
    }

    // Returning

    @GetMapping("/desk/parcels/{id}/return")
    String returnForm(CurrentUser user, @PathVariable UUID id, Model model) {
        ParcelView parcel = parcels.get(user, id);
        model.addAttribute("parcel", parcel);
        model.addAttribute("zone", deskSite.current(user).timeZone());
        model.addAttribute("returnForm", new ReturnForm(null));
        return "desk/parcel-return";
    }

    @PostMapping("/desk/parcels/{id}/return")
    String markReturned(
            CurrentUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("returnForm") ReturnForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ParcelView parcel = parcels.get(user, id);
        if (!result.hasErrors()) {
            try {
                ParcelView returned = parcels.markReturned(user, id, form.note());
                Flash.success(redirect, "desk.flash.parcelReturned", returned.carrier(), returned.recipientName());
                return "redirect:/desk/parcels";
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        model.addAttribute("parcel", parcel);
        model.addAttribute("zone", deskSite.current(user).timeZone());
        return "desk/parcel-return";
    }

    // Settings

    @GetMapping("/desk/settings")
    String settings(CurrentUser user, Model model) {
        SiteView site = deskSite.current(user);
        ParcelSettings settings = parcels.settings(user, site.id());
        model.addAttribute("settings", settings);
        return settingsPage(
                user,
                site,
                new SettingsForm(
                        String.valueOf(settings.reminderAfterDays()), String.valueOf(settings.returnAfterDays())),
                model);
    }

    @PostMapping("/desk/settings")
    String saveSettings(
            CurrentUser user,
            @ModelAttribute("settingsForm") SettingsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        SiteView site = deskSite.current(user);
        if (!user.manages(site.id())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only the site manager changes the settings");
        }
        Optional<Long> reminder = Inputs.count(form.reminderAfterDays()).filter(n -> n <= 365);
        Optional<Long> giveBack = Inputs.count(form.returnAfterDays()).filter(n -> n <= 365);
        if (reminder.isEmpty()) {
            result.rejectValue("reminderAfterDays", "desk.validation.days");
        }
        if (giveBack.isEmpty()) {
            result.rejectValue("returnAfterDays", "desk.validation.days");
        }
        if (!result.hasErrors()) {
            try {
                parcels.updateSettings(
                        user,
                        site.id(),
                        reminder.get().intValue(),
                        giveBack.get().intValue());
                Flash.success(redirect, "desk.flash.settingsSaved", reminder.get(), giveBack.get());
                return "redirect:/desk/parcels";
            } catch (DomainException refusal) {
                FormErrors.reject(result, refusal);
            }
        }
        return settingsPage(user, site, form, model);
    }

    private String settingsPage(CurrentUser user, SiteView site, SettingsForm form, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("settingsForm", form);
        model.addAttribute("canEdit", user.manages(site.id()));
        return "desk/settings";
    }
}
