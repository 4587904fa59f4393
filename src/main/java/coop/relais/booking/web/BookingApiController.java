package coop.relais.booking.web;

import coop.relais.booking.Availability;
import coop.relais.booking.BookingView;
import coop.relais.booking.Bookings;
import coop.relais.booking.ResourceView;
import coop.relais.shared.paging.ApiPage;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Booking", description = "A site's shared resources (rooms, equipment) and their bookings")
class BookingApiController {

    record ResourceJson(
            UUID id,
            UUID siteId,
            String name,
            String kind,
            String description,
            Integer capacity,
            int minMinutes,
            int maxMinutes,
            int noticeMinutes,
            int horizonDays,
            LocalTime opensAt,
            LocalTime closesAt,
            String timeZone,
            BigDecimal pricePerHour,
            boolean blocked,
            Integer checkInGraceMinutes,
            VehicleJson vehicle) {

        static ResourceJson of(ResourceView r) {
            return new ResourceJson(
                    r.id(),
                    r.siteId(),
                    r.name(),
                    r.kind().name(),
                    r.description(),
                    r.capacity(),
                    r.minMinutes(),
                    r.maxMinutes(),
                    r.noticeMinutes(),
                    r.horizonDays(),
                    r.opensAt(),
                    r.closesAt(),
                    r.timeZone().getId(),
                    r.pricePerHour() == null ? null : r.pricePerHour().amount(),
                    r.blocked(),
                    r.checkInGraceMinutes(),
                    r.vehicle() == null
                            ? null
                            : new VehicleJson(
                                    r.vehicle().plate(),
                                    r.vehicle().energy().name(),
                                    r.vehicle().odometerKm(),
                                    r.vehicle().pricePerKm() == null
                                            ? null
                                            : r.vehicle().pricePerKm().amount()));
        }
    }

    record VehicleJson(String plate, String energy, int odometerKm, BigDecimal pricePerKm) {}

    record BookingJson(
            UUID id,
            UUID resourceId,
            String resourceName,
            String kind,
            UUID siteId,
            String status,
            Instant start,
            Instant end,
            Instant createdAt,
            Instant checkedInAt,
            BookingView.Trip trip) {

        static BookingJson of(BookingView b) {
            return new BookingJson(
                    b.id(),
                    b.resourceId(),
                    b.resourceName(),
                    b.kind().name(),
                    b.siteId(),
                    b.status().name(),
                    b.start(),
                    b.end(),
                    b.createdAt(),
                    b.checkedInAt(),
                    b.trip());
        }
    }

    record BookingRequest(UUID resourceId, Instant start, Instant end) {}

    private final Bookings bookings;

    BookingApiController(Bookings bookings) {
        this.bookings = bookings;
    }

    @GetMapping("/sites/{siteId}/resources")
    @Operation(summary = "The site's shared resources", description = "For the people of the site.")
    ApiPage<ResourceJson> resources(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID siteId) {
        List<ResourceView> all = bookings.resources(user, siteId);
        return ApiPage.of(new ResultPage<>(all, 0, Math.max(all.size(), 1), all.size()), ResourceJson::of);
    }

    @GetMapping("/resources/{id}/availability")
    @Operation(
            summary = "What is free and what is taken",
            description = "Between two instants (ISO-8601, at most 31 days apart): the confirmed bookings (busy) and"
                    + " the opening hours left (free), each [start, end).")
    Availability availability(
            @Parameter(hidden = true) CurrentUser user,
            @PathVariable UUID id,
            @RequestParam Instant from,
            @RequestParam Instant to) {
        return bookings.availability(user, id, from, to);
    }

    @PostMapping("/bookings")
    @Operation(
            summary = "Book a slot",
            description = "start and end are ISO-8601 instants, on the quarter hour. 409 when the slot is taken; 422"
                    + " naming the rule broken (property `rule`). With an Idempotency-Key, the same key again answers"
                    + " the same booking (header Idempotent-Replayed: true).")
    ResponseEntity<BookingJson> book(
            @Parameter(hidden = true) CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            @RequestBody BookingRequest request) {
        Bookings.Booked booked = bookings.book(
                user,
                request.resourceId(),
                request.start(),
                request.end(),
                key == null || key.isBlank() ? null : key.strip());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/bookings/" + booked.booking().id()))
                .header("Idempotent-Replayed", String.valueOf(booked.replayed()))
                .body(BookingJson.of(booked.booking()));
    }

    @GetMapping("/me/bookings")
    @Operation(summary = "Your bookings not over yet", description = "Soonest first.")
    ApiPage<BookingJson> mine(@Parameter(hidden = true) CurrentUser user) {
        List<BookingView> mine = bookings.mine(user);
        return ApiPage.of(new ResultPage<>(mine, 0, Math.max(mine.size(), 1), mine.size()), BookingJson::of);
    }

    @GetMapping("/bookings/{id}")
    BookingJson find(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return BookingJson.of(bookings.find(user, id));
    }

    @PostMapping("/bookings/{id}/cancel")
    @Operation(summary = "Cancel a booking not started yet", description = "Its slot is free again at once.")
    BookingJson cancel(@Parameter(hidden = true) CurrentUser user, @PathVariable UUID id) {
        return BookingJson.of(bookings.cancel(user, id));
    }
}
