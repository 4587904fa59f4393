package coop.relais.booking.web;

import coop.relais.booking.Availability;
import coop.relais.booking.BookingSeries;
import coop.relais.booking.BookingStatus;
import coop.relais.booking.BookingView;
import coop.relais.booking.Bookings;
import coop.relais.booking.Calendars;
import coop.relais.booking.DrivingLicences;
import coop.relais.booking.ResourceKind;
import coop.relais.booking.ResourceView;
import coop.relais.booking.Waitlist;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.SiteSelection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Booking from a phone or a desk: the site's resources and one's bookings, a resource's day (what is
 * taken, what is free) with the booking form, and cancelling.
 */
@Controller
class BookingPagesController {

    /**
     * The booking form, as typed: a day and two times of that day, in the site's time zone; how many weeks
     * to repeat it (1: once) and whether to skip the dates already taken.
     */
    record BookingForm(String day, String start, String end, String weeks, String skipConflicts) {

        BookingForm(String day, String start, String end) {
            this(day, start, end, "1", null);
        }

        int repeat() {
            try {
                return weeks == null || weeks.isBlank() ? 1 : Integer.parseInt(weeks.strip());
            } catch (NumberFormatException e) {
                throw DomainException.invalid("booking.series.weeks", BookingSeries.MAX_WEEKS);
            }
        }
    }

    /** One of the person's bookings, and what they may do with it now. */
    record Mine(
            BookingView booking, boolean accept, boolean checkIn, boolean pickUp, boolean giveBack, boolean cancel) {}

    private final Bookings bookings;
    private final BookingSeries series;
    private final Waitlist waitlist;
    private final DrivingLicences licences;
    private final Calendars calendars;
    private final Clock clock;

    BookingPagesController(
            Bookings bookings,
            BookingSeries series,
            Waitlist waitlist,
            DrivingLicences licences,
            Calendars calendars,
            Clock clock) {
        this.bookings = bookings;
        this.series = series;
        this.waitlist = waitlist;
        this.licences = licences;
        this.calendars = calendars;
        this.clock = clock;
    }

    @GetMapping("/bookings")
    String home(CurrentUser user, Model model) {
        Optional<UUID> site = SiteSelection.current(user);
        List<ResourceView> resources =
                site.isPresent() ? bookings.resources(user, site.get()) : List.<ResourceView>of();
        model.addAttribute("resources", resources);
        model.addAttribute("mine", mine(user));
        model.addAttribute("waiting", waitlist.mine(user));
        model.addAttribute("vehicles", resources.stream().anyMatch(r -> r.vehicle() != null));
        model.addAttribute("licence", licences.of(user.accountId()).orElse(null));
        model.addAttribute("feedUrl", calendars.current(user).orElse(null));
        // With nothing to book, the site's manager is sent on to add something.
        model.addAttribute("manages", site.isPresent() && user.manages(site.get()));
        return "booking/bookings";
    }

    private List<Mine> mine(CurrentUser user) {
        Instant now = clock.instant();
        Map<UUID, ResourceView> resources = new HashMap<>();
        List<Mine> mine = new ArrayList<>();
        for (BookingView b : bookings.mine(user)) {
            ResourceView resource = resources.computeIfAbsent(b.resourceId(), id -> bookings.resource(user, id));
            boolean open = b.confirmed() && !now.isBefore(b.start().minus(Duration.ofMinutes(15)));
            mine.add(new Mine(
                    b,
                    b.status() == BookingStatus.HELD,
                    open && resource.asksCheckIn() && b.checkedInAt() == null && now.isBefore(b.end()),
                    open && resource.kind() != ResourceKind.ROOM && b.trip() == null && now.isBefore(b.end()),
                    b.trip() != null && !b.trip().returned(),
                    b.status().holds()
                            && b.trip() == null
                            && b.checkedInAt() == null
                            && b.start().isAfter(now)));
        }
        return mine;
    }

    @GetMapping("/bookings/resources/{id}")
    String day(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String day, Model model) {
        ResourceView resource = bookings.resource(user, id);
        LocalDate date = FormTimes.date(day).orElse(LocalDate.now(resource.timeZone()));
        return dayPage(user, resource, date, new BookingForm(date.toString(), "", ""), model);
    }

    @PostMapping("/bookings/resources/{id}")
    String book(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute BookingForm form,
            Model model,
            RedirectAttributes redirect) {
        ResourceView resource = bookings.resource(user, id);
        LocalDate date = FormTimes.date(form.day()).orElse(null);
        Optional<LocalTime> start = FormTimes.time(form.start());
        Optional<LocalTime> end = FormTimes.time(form.end());
        try {
            if (date == null || start.isEmpty() || end.isEmpty()) {
                throw DomainException.invalid("booking.times.required");
            }
            Instant from = date.atTime(start.get()).atZone(resource.timeZone()).toInstant();
            Instant to = end.get().equals(LocalTime.MIDNIGHT)
                    ? date.plusDays(1).atStartOfDay(resource.timeZone()).toInstant()
                    : date.atTime(end.get()).atZone(resource.timeZone()).toInstant();
            if (form.repeat() > 1) {
                BookingSeries.Series made =
                        series.book(user, id, from, to, form.repeat(), form.skipConflicts() != null);
                Flash.success(
                        redirect,
                        "booking.flash.series",
                        resource.name(),
                        made.booked().size(),
                        made.skipped().size());
                return "redirect:/bookings";
            }
            BookingView booked = bookings.book(user, id, from, to, null).booking();
            Flash.success(
                    redirect,
                    booked.status() == BookingStatus.PENDING ? "booking.flash.pending" : "booking.flash.booked",
                    resource.name());
            return "redirect:/bookings";
        } catch (DomainException refusal) {
            model.addAttribute("refusal", refusal);
            model.addAttribute(
                    "canWait",
                    "booking.taken".equals(refusal.messageKey())
                            && (form.weeks() == null || "1".equals(form.weeks().strip())));
            return dayPage(user, resource, date == null ? LocalDate.now(resource.timeZone()) : date, form, model);
        }
    }

    /** A day of the week view: its date, what is free and what is taken. */
    record WeekDay(LocalDate date, List<Availability.Interval> free, List<Availability.Interval> busy) {}

    @GetMapping("/bookings/resources/{id}/week")
    String week(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String from, Model model) {
        ResourceView resource = bookings.resource(user, id);
        LocalDate first = FormTimes.date(from).orElse(LocalDate.now(resource.timeZone()));
        List<WeekDay> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = first.plusDays(i);
            Availability a = bookings.availability(
                    user,
                    id,
                    day.atStartOfDay(resource.timeZone()).toInstant(),
                    day.plusDays(1).atStartOfDay(resource.timeZone()).toInstant());
            days.add(new WeekDay(day, a.free(), a.busy()));
        }
        model.addAttribute("resource", resource);
        model.addAttribute("days", days);
        model.addAttribute("previous", first.minusDays(7));
        model.addAttribute("next", first.plusDays(7));
        return "booking/resource-week";
    }

    @PostMapping("/bookings/{id}/cancel")
    String cancel(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            bookings.cancel(user, id);
            Flash.success(redirect, "booking.flash.cancelled");
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:/bookings";
    }

    private String dayPage(CurrentUser user, ResourceView resource, LocalDate date, BookingForm form, Model model) {
        Availability availability = bookings.availability(
                user,
                resource.id(),
                date.atStartOfDay(resource.timeZone()).toInstant(),
                date.plusDays(1).atStartOfDay(resource.timeZone()).toInstant());
        model.addAttribute("resource", resource);
        model.addAttribute("date", date);
        model.addAttribute("previous", date.minusDays(1));
        model.addAttribute("next", date.plusDays(1));
        model.addAttribute("availability", availability);
        model.addAttribute("times", times(resource));
        model.addAttribute("form", form);
        return "booking/resource-day";
    }

    /** The quarter hours of the opening hours, for the time pickers. */
    private static List<LocalTime> times(ResourceView resource) {
        List<LocalTime> times = new ArrayList<>();
        for (LocalTime t = resource.opensAt(); !t.isAfter(resource.closesAt()); t = t.plusMinutes(15)) {
            times.add(t);
            if (t.equals(LocalTime.of(23, 45))) {
                break;
            }
        }
        return times;
    }

    static NotFoundException notFound() {
        return new NotFoundException("resource");
    }
}
