package coop.relais.booking.web;

import coop.relais.booking.BookingHandover;
import coop.relais.booking.Calendars;
import coop.relais.booking.DrivingLicences;
import coop.relais.booking.web.BookingApiController.BookingJson;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Using a booking (check-in, pickup, return), one's driving licence and calendar feeds. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Booking", description = "A site's shared resources (rooms, equipment) and their bookings")
class HandoverApiController {

    record ReadingJson(Integer odometerKm, Integer energyPercent, String damage) {

        BookingHandover.Reading reading() {
            return new BookingHandover.Reading(odometerKm, energyPercent, damage);
        }
    }

    record LicenceJson(String number, LocalDate expiresOn) {}

    record FeedJson(String feedUrl) {}

    private final BookingHandover handover;
    private final DrivingLicences licences;
    private final Calendars calendars;

    HandoverApiController(BookingHandover handover, DrivingLicences licences, Calendars calendars) {
        this.handover = handover;
        this.licences = licences;
        this.calendars = calendars;
    }

    @PostMapping("/bookings/{id}/check-in")
    @Operation(
            summary = "Check in a room",
            description = "From 15 minutes before the start to the end of the room's grace period; after it, the"
                    + " booking is released as a no-show.")
    BookingJson checkIn(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return BookingJson.of(handover.checkIn(user, id));
    }

    @PostMapping("/bookings/{id}/pickup")
    @Operation(
            summary = "Pick up a vehicle or equipment",
            description = "A vehicle takes {odometerKm, energyPercent}; the driver's licence must be valid today. A"
                    + " damage described takes the resource out of service: this booking and the next ones are"
                    + " moved to an equivalent free resource, or cancelled.")
    BookingJson pickUp(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) ReadingJson reading) {
        return BookingJson.of(handover.pickUp(user, id, reading == null ? null : reading.reading()));
    }

    @PostMapping("/bookings/{id}/return")
    @Operation(
            summary = "Return a vehicle or equipment",
            description = "A vehicle takes {odometerKm, energyPercent}: the odometer never goes backwards; the km"
                    + " driven are charged when the booking is completed. A damage takes it out of service.")
    BookingJson giveBack(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) ReadingJson reading) {
        return BookingJson.of(handover.giveBack(user, id, reading == null ? null : reading.reading()));
    }

    @GetMapping("/me/driving-licence")
    @Operation(summary = "Your driving licence on file", description = "404 when none is.")
    LicenceJson licence(@Parameter(hidden = true) CurrentUser user) {
        return licences.of(user.accountId())
                .map(l -> new LicenceJson(l.number(), l.expiresOn()))
                .orElseThrow(() -> new NotFoundException("licence"));
    }

    @PutMapping("/me/driving-licence")
    @Operation(summary = "Record your driving licence", description = "Needed to book and pick up a vehicle.")
    LicenceJson recordLicence(@Parameter(hidden = true) CurrentUser user, @RequestBody LicenceJson licence) {
        DrivingLicences.Licence recorded = licences.record(user, licence.number(), licence.expiresOn());
        return new LicenceJson(recorded.number(), recorded.expiresOn());
    }

    @GetMapping("/me/calendar")
    @Operation(
            summary = "Your calendar feed",
            description = "An iCalendar URL of your bookings for a calendar application to subscribe to. Keep it"
                    + " private: anyone with it sees your bookings. DELETE revokes it.")
    FeedJson calendar(@Parameter(hidden = true) CurrentUser user) {
        return new FeedJson(calendars.feedUrl(user, null));
    }

    @DeleteMapping("/me/calendar")
    @Operation(summary = "Revoke your calendar feed", description = "Its URL answers 404 from now on.")
    ResponseEntity<Void> revokeCalendar(@Parameter(hidden = true) CurrentUser user) {
        calendars.revoke(user, null);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/resources/{id}/calendar")
    @Operation(summary = "A resource's calendar feed", description = "Its busy slots, without names.")
    FeedJson resourceCalendar(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return new FeedJson(calendars.feedUrl(user, id));
    }

    @DeleteMapping("/resources/{id}/calendar")
    ResponseEntity<Void> revokeResourceCalendar(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        calendars.revoke(user, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/calendars/{token}", produces = "text/calendar")
    @Operation(summary = "A calendar feed (text/calendar)", description = "No sign-in: the URL is the key.")
    ResponseEntity<String> feed(@PathVariable String token) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "private, max-age=300")
                .body(calendars.feed(token));
    }
}
