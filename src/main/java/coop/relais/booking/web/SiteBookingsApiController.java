package coop.relais.booking.web;

import coop.relais.booking.BookingSeries;
import coop.relais.booking.BookingView;
import coop.relais.booking.Bookings;
import coop.relais.booking.SiteBookings;
import coop.relais.booking.Waitlist;
import coop.relais.booking.web.BookingApiController.BookingJson;
import coop.relais.shared.paging.ApiPage;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Changing a booking, recurring bookings, the waitlist, and the staff's approvals and maintenance blocks. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Booking", description = "A site's shared resources (rooms, equipment) and their bookings")
class SiteBookingsApiController {

    record SlotJson(Instant start, Instant end) {}

    record SeriesRequest(UUID resourceId, Instant start, Instant end, Integer weeks, Boolean skipConflicts) {}

    record SkippedJson(Instant start, Instant end, String reason) {}

    record SeriesJson(UUID seriesId, List<BookingJson> bookings, List<SkippedJson> skipped) {}

    record WaitRequest(Instant start, Instant end) {}

    record DeclineRequest(String reason) {}

    record MaintenanceRequest(Instant start, Instant end, String reason) {}

    private final Bookings bookings;
    private final BookingSeries series;
    private final Waitlist waitlist;
    private final SiteBookings site;

    SiteBookingsApiController(Bookings bookings, BookingSeries series, Waitlist waitlist, SiteBookings site) {
        this.bookings = bookings;
        this.series = series;
        this.waitlist = waitlist;
        this.site = site;
    }

    @PutMapping("/bookings/{id}")
    @Operation(
            summary = "Change a booking's slot",
            description = "Before the resource's edit notice; every rule is checked again, the booking not counting"
                    + " against itself. 409 when the new slot is taken, 422 naming the rule broken.")
    BookingJson change(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id, @RequestBody SlotJson slot) {
        return BookingJson.of(bookings.change(user, id, slot.start(), slot.end()));
    }

    @PostMapping("/bookings/series")
    @Operation(
            summary = "Book the same slot every week",
            description = "weeks: 2 to 52 occurrences at the same local time in the site's zone. With skipConflicts,"
                    + " the occurrences refused are listed in skipped with the rule or conflict; without, the first"
                    + " refusal refuses the whole series and nothing is booked.")
    ResponseEntity<SeriesJson> series(@Parameter(hidden = true) CurrentUser user, @RequestBody SeriesRequest request) {
        BookingSeries.Series made = series.book(
                user,
                request.resourceId(),
                request.start(),
                request.end(),
                request.weeks(),
                Boolean.TRUE.equals(request.skipConflicts()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new SeriesJson(
                        made.seriesId(),
                        made.booked().stream().map(BookingJson::of).toList(),
                        made.skipped().stream()
                                .map(s -> new SkippedJson(s.start(), s.end(), s.reason()))
                                .toList()));
    }

    @PostMapping("/resources/{id}/waitlist")
    @Operation(
            summary = "Wait for a slot that is taken",
            description = "When it frees up it is offered to the first person waiting alone, as a booking HELD for a"
                    + " few minutes (accept it with POST /bookings/{id}/accept). 409 when the slot is free.")
    ResponseEntity<Waitlist.Entry> join(
            @Parameter(hidden = true) CurrentUser user, @PathVariable UUID id, @RequestBody WaitRequest request) {
        Waitlist.Entry entry = waitlist.join(user, id, request.start(), request.end());
        return ResponseEntity.created(URI.create("/api/v1/me/waitlist")).body(entry);
    }

    @GetMapping("/me/waitlist")
    ApiPage<Waitlist.Entry> myWaitlist(@Parameter(hidden = true) CurrentUser user) {
        List<Waitlist.Entry> mine = waitlist.mine(user);
        return ApiPage.of(new ResultPage<>(mine, 0, Math.max(mine.size(), 1), mine.size()), e -> e);
    }

    @DeleteMapping("/waitlist/{id}")
    ResponseEntity<Void> leave(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        waitlist.leave(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/bookings/{id}/accept")
    @Operation(summary = "Accept a slot offered from the waitlist", description = "Before the offer expires.")
    BookingJson accept(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        BookingView offer = bookings.find(user, id);
        return BookingJson.of(waitlist.accept(user, offer, bookings.resource(user, offer.resourceId())));
    }

    @GetMapping("/sites/{siteId}/bookings/pending")
    @Operation(summary = "Bookings waiting for approval", description = "For the site's staff.")
    ApiPage<BookingJson> pending(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID siteId) {
        List<BookingView> waiting = site.pending(user, siteId);
        return ApiPage.of(new ResultPage<>(waiting, 0, Math.max(waiting.size(), 1), waiting.size()), BookingJson::of);
    }

    @PostMapping("/bookings/{id}/approve")
    @Operation(summary = "Approve a booking", description = "Every rule is checked again. For the site's staff.")
    BookingJson approve(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return BookingJson.of(site.approve(user, id));
    }

    @PostMapping("/bookings/{id}/decline")
    BookingJson decline(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) DeclineRequest request) {
        return BookingJson.of(site.decline(user, id, request == null ? null : request.reason()));
    }

    @PostMapping("/resources/{id}/maintenance")
    @Operation(
            summary = "Block a resource for maintenance",
            description = "For the site's staff; 409 when bookings hold part of the period.")
    ResponseEntity<BookingJson> maintenance(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @RequestBody MaintenanceRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(BookingJson.of(site.maintenance(user, id, request.start(), request.end(), request.reason())));
    }

    @PostMapping("/resources/{id}/repaired")
    @Operation(summary = "Put a damaged resource back in service", description = "For the site's staff.")
    ResponseEntity<Void> repaired(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        site.repaired(user, id);
        return ResponseEntity.noContent().build();
    }
}
