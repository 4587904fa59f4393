package coop.relais.booking.web;

import coop.relais.booking.BookingView;
import coop.relais.booking.Bookings;
import coop.relais.booking.DamageView;
import coop.relais.booking.Repairs;
import coop.relais.booking.ResourceView;
import coop.relais.booking.SiteBookings;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.DateInput;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.SiteSelection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's view of the day's bookings, in counter mode: each resource's bookings with who, whether they
 * arrived, picked up or returned, and what is late; the bookings waiting for approval; the resources out of
 * service; and blocking a resource for maintenance.
 */
@Controller
class DeskBookingsController {

    /** A booking of the day and whether its vehicle or equipment is late. */
    record Line(BookingView booking, boolean late) {}

    private final Bookings bookings;
    private final SiteBookings site;
    private final Repairs repairs;
    private final Clock clock;

    DeskBookingsController(Bookings bookings, SiteBookings site, Repairs repairs, Clock clock) {
        this.bookings = bookings;
        this.site = site;
        this.repairs = repairs;
        this.clock = clock;
    }

    @GetMapping("/bookings/desk")
    String desk(CurrentUser user, @RequestParam(required = false) String day, Model model) {
        UUID siteId = SiteSelection.currentWorkplace(user).orElseThrow(() -> new NotFoundException("site"));
        List<ResourceView> resources = bookings.resources(user, siteId);
        ZoneId zone = resources.isEmpty()
                ? coop.relais.shared.Zones.DEFAULT
                : resources.get(0).timeZone();
        LocalDate date = parse(day).orElse(LocalDate.now(clock.withZone(zone)));
        Instant now = clock.instant();
        Map<String, List<Line>> byResource = new LinkedHashMap<>();
        for (BookingView b : site.day(user, siteId, date, zone)) {
            boolean late = b.trip() != null && !b.trip().returned() && b.end().isBefore(now);
            byResource
                    .computeIfAbsent(b.resourceName(), k -> new java.util.ArrayList<>())
                    .add(new Line(b, late));
        }
        model.addAttribute("date", date);
        model.addAttribute("previous", date.minusDays(1));
        model.addAttribute("next", date.plusDays(1));
        model.addAttribute("zone", zone);
        model.addAttribute("byResource", byResource);
        model.addAttribute("pending", site.pending(user, siteId));
        model.addAttribute("resources", resources);
        model.addAttribute(
                "outOfService", resources.stream().filter(ResourceView::blocked).toList());
        List<DamageView> damages = repairs.open(user, siteId);
        model.addAttribute("damages", damages);
        model.addAttribute("repairOffers", damages.isEmpty() ? List.of() : repairs.offers(user, siteId));
        return "booking/desk";
    }

    @PostMapping("/bookings/desk/{id}/approve")
    String approve(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return Flash.attempt(redirect, "/bookings/desk", "booking.flash.approved", () -> {
            BookingView approved = site.approve(user, id);
            return new Object[] {approved.resourceName(), approved.memberName()};
        });
    }

    @PostMapping("/bookings/desk/{id}/decline")
    String decline(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return Flash.attempt(redirect, "/bookings/desk", "booking.flash.declined", () -> {
            BookingView declined = site.decline(user, id, reason);
            return new Object[] {declined.resourceName(), declined.memberName()};
        });
    }

    @PostMapping("/bookings/desk/resources/{id}/repaired")
    String repaired(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        site.repaired(user, id);
        Flash.success(redirect, "booking.flash.repaired");
        return "redirect:/bookings/desk";
    }

    @PostMapping("/bookings/desk/damages/{id}/repair-order")
    String orderRepair(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID offerId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return Flash.attempt(redirect, "/bookings/desk", "booking.flash.repairOrdered", () -> {
            DamageView damage = repairs.order(user, id, offerId, note);
            return new Object[] {damage.resourceName(), damage.repairOrderReference()};
        });
    }

    @PostMapping("/bookings/desk/maintenance")
    String maintenance(
            CurrentUser user,
            @RequestParam(required = false) UUID resourceId,
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String start,
            @RequestParam(required = false) String end,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            if (resourceId == null) {
                throw DomainException.invalid("booking.maintenance.resource");
            }
            ResourceView resource = bookings.resource(user, resourceId);
            LocalDate date = parse(day).orElseThrow(() -> DomainException.invalid("booking.times.required"));
            LocalTime from = time(start);
            LocalTime to = time(end);
            site.maintenance(
                    user,
                    resourceId,
                    date.atTime(from).atZone(resource.timeZone()).toInstant(),
                    date.atTime(to).atZone(resource.timeZone()).toInstant(),
                    reason);
            Flash.success(redirect, "booking.flash.maintenance", resource.name());
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:/bookings/desk" + (day == null || day.isBlank() ? "" : "?day=" + day.strip());
    }

    /** A day as typed (02/12/2026) or as a link gives it (2026-12-02); nothing if it is neither. */
    private static java.util.Optional<LocalDate> parse(String text) {
        try {
            return DateInput.date(text);
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private static LocalTime time(String text) {
        try {
            return DateInput.time(text).orElseThrow(() -> DomainException.invalid("booking.times.required"));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("booking.times.required");
        }
    }
}
