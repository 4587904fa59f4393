package coop.relais.booking.web;

import coop.relais.booking.BookingView;
import coop.relais.booking.Bookings;
import coop.relais.booking.ResourceView;
import coop.relais.booking.Waitlist;
import coop.relais.booking.web.BookingPagesController.BookingForm;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Joining a waitlist from a taken slot, accepting a slot offered, leaving a waitlist. */
@Controller
class WaitlistPagesController {

    private final Bookings bookings;
    private final Waitlist waitlist;

    WaitlistPagesController(Bookings bookings, Waitlist waitlist) {
        this.bookings = bookings;
        this.waitlist = waitlist;
    }

    @PostMapping("/bookings/resources/{id}/waitlist")
    String wait(
            CurrentUser user, @PathVariable UUID id, @ModelAttribute BookingForm form, RedirectAttributes redirect) {
        ResourceView resource = bookings.resource(user, id);
        LocalDate date = FormTimes.date(form.day()).orElse(null);
        Optional<LocalTime> start = FormTimes.time(form.start());
        Optional<LocalTime> end = FormTimes.time(form.end());
        try {
            if (date == null || start.isEmpty() || end.isEmpty()) {
                throw DomainException.invalid("booking.times.required");
            }
            waitlist.join(
                    user,
                    id,
                    date.atTime(start.get()).atZone(resource.timeZone()).toInstant(),
                    date.atTime(end.get()).atZone(resource.timeZone()).toInstant());
            Flash.success(redirect, "booking.flash.waiting", resource.name());
            return "redirect:/bookings";
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
            return "redirect:/bookings/resources/" + id + (date == null ? "" : "?day=" + date);
        }
    }

    @PostMapping("/bookings/{id}/accept")
    String accept(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            BookingView offer = bookings.find(user, id);
            BookingView accepted = waitlist.accept(user, offer, bookings.resource(user, offer.resourceId()));
            Flash.success(redirect, "booking.flash.booked", accepted.resourceName());
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:/bookings";
    }

    @PostMapping("/bookings/waitlist/{id}/leave")
    String leave(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        waitlist.leave(user, id);
        Flash.success(redirect, "booking.flash.left");
        return "redirect:/bookings";
    }
}
