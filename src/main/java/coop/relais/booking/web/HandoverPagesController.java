package coop.relais.booking.web;

import coop.relais.booking.BookingHandover;
import coop.relais.booking.BookingView;
import coop.relais.booking.Bookings;
import coop.relais.booking.Calendars;
import coop.relais.booking.DrivingLicences;
import coop.relais.booking.ResourceView;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.DateInput;
import coop.relais.shared.web.Flash;
import coop.relais.shared.web.PhotoUpload;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * From a phone: checking in a room, picking up and returning a vehicle or equipment (with the odometer,
 * the energy level and any damage, with its photo), one's driving licence and calendar link.
 */
@Controller
class HandoverPagesController {

    /** The pickup or return form, as typed. */
    record ReadingForm(String odometerKm, String energyPercent, String damage) {}

    private final Bookings bookings;
    private final BookingHandover handover;
    private final DrivingLicences licences;
    private final Calendars calendars;

    HandoverPagesController(
            Bookings bookings, BookingHandover handover, DrivingLicences licences, Calendars calendars) {
        this.bookings = bookings;
        this.handover = handover;
        this.licences = licences;
        this.calendars = calendars;
    }

    @PostMapping("/bookings/{id}/check-in")
    String checkIn(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            BookingView booking = handover.checkIn(user, id);
            Flash.success(redirect, "booking.flash.checkedIn", booking.resourceName());
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:/bookings";
    }

    @GetMapping("/bookings/{id}/handover")
    String handoverPage(CurrentUser user, @PathVariable UUID id, Model model) {
        return page(user, bookings.find(user, id), new ReadingForm("", "", ""), model);
    }

    @PostMapping("/bookings/{id}/handover")
    String handOver(
            CurrentUser user,
            @PathVariable UUID id,
            @ModelAttribute ReadingForm form,
            @RequestParam(required = false) MultipartFile photo,
            Model model,
            RedirectAttributes redirect) {
        BookingView booking = bookings.find(user, id);
        boolean returning = booking.trip() != null;
        try {
            BookingHandover.Reading reading = new BookingHandover.Reading(
                    number(form.odometerKm()), number(form.energyPercent()), form.damage(), photo(photo));
            BookingView done = returning ? handover.giveBack(user, id, reading) : handover.pickUp(user, id, reading);
            Flash.success(
                    redirect,
                    form.damage() != null && !form.damage().isBlank()
                            ? "booking.flash.damage"
                            : returning ? "booking.flash.returned" : "booking.flash.pickedUp",
                    done.resourceName());
            return "redirect:/bookings";
        } catch (DomainException refusal) {
            model.addAttribute("refusal", refusal);
            return page(user, booking, form, model);
        }
    }

    @PostMapping("/bookings/licence")
    String licence(
            CurrentUser user,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) String expiresOn,
            RedirectAttributes redirect) {
        try {
            LocalDate expiry;
            try {
                expiry = DateInput.date(expiresOn).orElse(null);
            } catch (DateTimeParseException e) {
                throw DomainException.invalid("booking.licence.expiry");
            }
            licences.record(user, number, expiry);
            Flash.success(redirect, "booking.flash.licence");
        } catch (DomainException refusal) {
            Flash.error(redirect, refusal.messageKey(), refusal.arguments());
        }
        return "redirect:/bookings#licence";
    }

    @PostMapping("/bookings/calendar")
    String calendar(CurrentUser user, RedirectAttributes redirect) {
        calendars.feedUrl(user, null);
        Flash.success(redirect, "booking.flash.calendar");
        return "redirect:/bookings#calendar";
    }

    @PostMapping("/bookings/calendar/revoke")
    String revokeCalendar(CurrentUser user, RedirectAttributes redirect) {
        calendars.revoke(user, null);
        calendars.feedUrl(user, null);
        Flash.success(redirect, "booking.flash.calendarRenewed");
        return "redirect:/bookings#calendar";
    }

    private String page(CurrentUser user, BookingView booking, ReadingForm form, Model model) {
        ResourceView resource = bookings.resource(user, booking.resourceId());
        model.addAttribute("booking", booking);
        model.addAttribute("resource", resource);
        model.addAttribute("returning", booking.trip() != null);
        model.addAttribute("form", form);
        return "booking/handover";
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(
                    text.strip().replace(" ", "").replace("\u202f", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("booking.reading.required");
        }
    }

    private static BookingHandover.Photo photo(MultipartFile photo) {
        return PhotoUpload.read(photo, "booking.damage.photo", "booking.damage.photo")
                .map(p -> new BookingHandover.Photo(p.type(), p.bytes()))
                .orElse(null);
    }
}
