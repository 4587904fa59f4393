package coop.relais.booking;

import coop.relais.booking.internal.BookingRepository;
import coop.relais.booking.internal.Damages;
import coop.relais.booking.internal.HandoverRepository;
import coop.relais.booking.internal.ResourceRepository;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Using what was booked, from a phone: a room is checked in (from a quarter of an hour before its start
 * to the end of its grace period, after which it is released as a no-show); a vehicle or equipment is
 * picked up and returned, a vehicle with its odometer and energy level, which never go backwards. A
 * damage reported at either end takes the resource out of service (see {@link Damages}).
 */
@Service
public class BookingHandover {

    /** How early one may check in or pick up before the start. */
    static final Duration EARLY = Duration.ofMinutes(15);

    private final Bookings bookings;
    private final BookingRepository repository;
    private final HandoverRepository handovers;
    private final ResourceRepository resources;
    private final DrivingLicences licences;
    private final Damages damages;
    private final Clock clock;

    BookingHandover(
            Bookings bookings,
            BookingRepository repository,
            HandoverRepository handovers,
            ResourceRepository resources,
            DrivingLicences licences,
            Damages damages,
            Clock clock) {
        this.bookings = bookings;
        this.repository = repository;
        this.handovers = handovers;
        this.resources = resources;
        this.licences = licences;
        this.damages = damages;
        this.clock = clock;
    }

    /**
     * What was read at pickup or return.
     *
     * @param odometerKm for a vehicle: the odometer, in km
     * @param energyPercent for a vehicle: fuel or charge, 0 to 100
     * @param damage a damage found, described; null or blank when none
     * @param photo the damage's photo, or null
     */
    public record Reading(Integer odometerKm, Integer energyPercent, String damage, Photo photo) {

        public Reading(Integer odometerKm, Integer energyPercent, String damage) {
            this(odometerKm, energyPercent, damage, null);
        }
    }

    /** A photo, its type recognised from its bytes (JPEG, PNG or WebP). */
    public record Photo(String contentType, byte[] bytes) {}

    @Transactional
    public BookingView checkIn(CurrentUser user, UUID bookingId) {
        BookingView booking = bookings.find(user, bookingId);
        ResourceView resource = resources.find(booking.resourceId()).orElseThrow();
        if (!resource.asksCheckIn()) {
            throw DomainException.rule("booking.rule.noCheckIn", resource.name());
        }
        usable(booking);
        Instant now = clock.instant();
        if (booking.checkedInAt() != null) {
            throw new DomainException("booking.checkIn.already");
        }
        if (now.isBefore(booking.start().minus(EARLY))) {
            throw DomainException.rule("booking.rule.tooEarly", EARLY.toMinutes());
        }
        if (!now.isBefore(booking.start().plus(Duration.ofMinutes(resource.checkInGraceMinutes())))) {
            throw DomainException.rule("booking.rule.checkInClosed", resource.checkInGraceMinutes());
        }
        handovers.checkIn(bookingId, now);
        return repository.find(bookingId).orElseThrow();
    }

    @Transactional
    public BookingView pickUp(CurrentUser user, UUID bookingId, Reading reading) {
        BookingView booking = bookings.find(user, bookingId);
        resources.lock(booking.resourceId());
        ResourceView resource = resources.find(booking.resourceId()).orElseThrow();
        if (resource.kind() == ResourceKind.ROOM) {
            throw DomainException.rule("booking.rule.noPickup", resource.name());
        }
        usable(booking);
        if (booking.trip() != null) {
            throw new DomainException("booking.pickup.already");
        }
        Instant now = clock.instant();
        if (now.isBefore(booking.start().minus(EARLY))) {
            throw DomainException.rule("booking.rule.tooEarly", EARLY.toMinutes());
        }
        if (!now.isBefore(booking.end())) {
            throw DomainException.rule("booking.rule.ended");
        }
        Reading read = read(
                resource,
                reading,
                resource.vehicle() == null ? 0 : resource.vehicle().odometerKm());
        if (resource.vehicle() != null) {
            licences.check(booking.memberId(), now.atZone(resource.timeZone()).toLocalDate());
        }
        if (hasDamage(read)) {
            report(user, resource, booking, read);
            return repository.find(bookingId).orElseThrow();
        }
        handovers.pickUp(bookingId, now, read.odometerKm(), read.energyPercent());
        return repository.find(bookingId).orElseThrow();
    }

    /** Records the return: the person who booked or the site's staff; late returns too. */
    @Transactional
    public BookingView giveBack(CurrentUser user, UUID bookingId, Reading reading) {
        BookingView booking = bookings.find(user, bookingId);
        resources.lock(booking.resourceId());
        ResourceView resource = resources.find(booking.resourceId()).orElseThrow();
        if (booking.trip() == null) {
            throw new DomainException("booking.return.notPickedUp");
        }
        if (booking.trip().returned()) {
            throw new DomainException("booking.return.already");
        }
        Reading read = read(
                resource,
                reading,
                booking.trip().pickupKm() == null ? 0 : booking.trip().pickupKm());
        Instant now = clock.instant();
        handovers.giveBack(bookingId, now, read.odometerKm(), read.energyPercent());
        if (read.odometerKm() != null) {
            resources.odometer(resource.id(), read.odometerKm());
        }
        if (hasDamage(read)) {
            report(user, resource, booking, read);
        }
        return repository.find(bookingId).orElseThrow();
    }

    private void report(CurrentUser user, ResourceView resource, BookingView booking, Reading read) {
        damages.report(
                user,
                resource,
                booking,
                read.damage().strip(),
                read.photo() == null ? null : read.photo().contentType(),
                read.photo() == null ? null : read.photo().bytes());
    }

    private static void usable(BookingView booking) {
        if (booking.status() == BookingStatus.CANCELLED) {
            throw new DomainException("booking.cancel.notConfirmed");
        }
        if (booking.status() == BookingStatus.NO_SHOW) {
            throw new DomainException("booking.noShow");
        }
    }

    /** A vehicle's readings are required and never go below {@code fromKm}; equipment has none. */
    private static Reading read(ResourceView resource, Reading reading, int fromKm) {
        Reading read = reading == null ? new Reading(null, null, null) : reading;
        if (read.photo() != null && !hasDamage(read)) {
            throw DomainException.invalid("booking.damage.required");
        }
        if (read.damage() != null && read.damage().strip().length() > 1000) {
            throw DomainException.invalid("booking.damage.tooLong");
        }
        if (resource.vehicle() == null) {
            return new Reading(null, null, read.damage(), read.photo());
        }
        if (read.odometerKm() == null || read.energyPercent() == null) {
            throw DomainException.invalid("booking.reading.required");
        }
        if (read.energyPercent() < 0 || read.energyPercent() > 100) {
            throw DomainException.invalid("booking.reading.energy");
        }
        if (read.odometerKm() < fromKm) {
            throw DomainException.rule("booking.rule.odometerBackwards", fromKm);
        }
        if (read.odometerKm() > fromKm + 5_000) {
            throw DomainException.invalid("booking.reading.odometerJump", fromKm);
        }
        return read;
    }

    private static boolean hasDamage(Reading read) {
        return read.damage() != null && !read.damage().isBlank();
    }
}
