package coop.relais.booking;

import coop.relais.booking.internal.ResourceRepository;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site manager's editor of the site's resources and their rules. Each rule is checked here with a
 * message naming the field, before the database's own checks; a resource with bookings to come is not
 * archived (they are cancelled or moved first).
 */
@Service
public class ResourceEditor {

    static final Set<BigDecimal> VAT_RATES = Set.of(
            new BigDecimal("0"),
            new BigDecimal("2.1"),
            new BigDecimal("5.5"),
            new BigDecimal("10"),
            new BigDecimal("20"));

    private final ResourceRepository resources;
    private final SiteDirectory sites;
    private final Clock clock;

    ResourceEditor(ResourceRepository resources, SiteDirectory sites, Clock clock) {
        this.resources = resources;
        this.sites = sites;
        this.clock = clock;
    }

    /** The companies a resource may be kept for: the site's client organisations, by name. */
    public List<ClientOrganisationView> companiesOf(UUID siteId) {
        return sites.clientsOfSite(siteId).stream()
                .filter(ClientOrganisationView::active)
                .sorted(java.util.Comparator.comparing(ClientOrganisationView::legalName))
                .toList();
    }

    /** What the site manager typed, read into values (null when left blank). */
    public record Draft(
            String name,
            ResourceKind kind,
            String description,
            Integer capacity,
            Integer minMinutes,
            Integer maxMinutes,
            Integer noticeMinutes,
            Integer horizonDays,
            LocalTime opensAt,
            LocalTime closesAt,
            BigDecimal pricePerHour,
            BigDecimal vatRate,
            Integer checkInGraceMinutes,
            String plate,
            ResourceView.Energy energy,
            Integer odometerKm,
            BigDecimal pricePerKm,
            Integer bufferBeforeMinutes,
            Integer bufferAfterMinutes,
            boolean approvalRequired,
            Integer editNoticeMinutes,
            Integer cancelNoticeMinutes,
            ResourceView.QuotaPeriod quotaPeriod,
            ResourceView.QuotaScope quotaScope,
            Integer quotaMinutes,
            Integer quotaBookings,
            boolean quotaCountsCancelled,
            ResourceView.PaidBy paidBy,
            Set<UUID> companies) {}

    /** Resources the person manages (site managers of the site). */
    public void mayManage(CurrentUser user, UUID siteId) {
        if (siteId == null || !user.manages(siteId)) {
            throw new NotFoundException("site");
        }
    }

    @Transactional
    public ResourceView create(CurrentUser user, UUID siteId, Draft draft) {
        mayManage(user, siteId);
        ResourceView resource = build(UUID.randomUUID(), siteId, draft, null);
        try {
            resources.insert(resource, vat(draft), clock.instant());
        } catch (DuplicateKeyException taken) {
            throw DomainException.invalid(
                    "booking.editor.nameTaken", draft.name().strip());
        }
        return resources.find(resource.id()).orElseThrow();
    }

    @Transactional
    public ResourceView update(CurrentUser user, UUID resourceId, Draft draft) {
        ResourceView before = managed(user, resourceId);
        ResourceView resource = build(resourceId, before.siteId(), draft, before);
        try {
            resources.update(resource, vat(draft));
        } catch (DuplicateKeyException taken) {
            throw DomainException.invalid(
                    "booking.editor.nameTaken", draft.name().strip());
        }
        return resources.find(resourceId).orElseThrow();
    }

    /** Takes the resource off the list; refused while bookings to come hold it. */
    @Transactional
    public void archive(CurrentUser user, UUID resourceId) {
        managed(user, resourceId);
        resources.lock(resourceId);
        if (resources.hasBookingsToCome(resourceId, clock.instant())) {
            throw new DomainException("booking.editor.stillBooked");
        }
        resources.archive(resourceId);
    }

    public BigDecimal vatRate(UUID resourceId) {
        return resources.vatRate(resourceId);
    }

    public ResourceView managed(CurrentUser user, UUID resourceId) {
        ResourceView resource = resources.find(resourceId).orElseThrow(() -> new NotFoundException("resource"));
        mayManage(user, resource.siteId());
        return resource;
    }

    private static BigDecimal vat(Draft draft) {
        BigDecimal vat = draft.vatRate() == null ? new BigDecimal("20") : draft.vatRate();
        if (VAT_RATES.stream().noneMatch(rate -> rate.compareTo(vat) == 0)) {
            throw DomainException.invalid("booking.editor.vat");
        }
        return vat;
    }

    /** The companies chosen, each a client of the site; none chosen: the resource is for every member. */
    private Set<UUID> companies(UUID siteId, Draft d, ResourceView before) {
        if (d.companies() == null) {
            return before == null ? Set.of() : before.policy().companies();
        }
        Set<UUID> clients = sites.clientsOfSite(siteId).stream()
                .map(ClientOrganisationView::id)
                .collect(java.util.stream.Collectors.toSet());
        if (!clients.containsAll(d.companies())) {
            throw DomainException.invalid("booking.editor.company");
        }
        return Set.copyOf(d.companies());
    }

    private ResourceView build(UUID id, UUID siteId, Draft d, ResourceView before) {
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw DomainException.invalid("booking.editor.name");
        }
        ResourceKind kind = before != null ? before.kind() : d.kind();
        if (kind == null) {
            throw DomainException.invalid("booking.editor.kind");
        }
        if (d.description() != null && d.description().strip().length() > 1000) {
            throw DomainException.invalid("booking.editor.description");
        }
        int min = within(d.minMinutes(), 30, 15, 20_160, "booking.editor.minMinutes");
        int max = within(d.maxMinutes(), 240, min, 20_160, "booking.editor.maxMinutes");
        int notice = within(d.noticeMinutes(), 0, 0, 525_600, "booking.editor.notice");
        int horizon = within(d.horizonDays(), 60, 1, 366, "booking.editor.horizon");
        LocalTime opens = d.opensAt() == null ? LocalTime.of(8, 0) : d.opensAt();
        LocalTime closes = d.closesAt() == null ? LocalTime.of(20, 0) : d.closesAt();
        if (!opens.isBefore(closes) || opens.getMinute() % 15 != 0 || closes.getMinute() % 15 != 0) {
            throw DomainException.invalid("booking.editor.hours");
        }
        if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > 10_000)) {
            throw DomainException.invalid("booking.editor.capacity");
        }
        Money price = money(d.pricePerHour(), "booking.editor.price");
        Integer grace = d.checkInGraceMinutes();
        if (grace != null && (kind != ResourceKind.ROOM || grace < 5 || grace > 120)) {
            throw DomainException.invalid("booking.editor.grace");
        }
        ResourceView.Vehicle vehicle = null;
        if (kind == ResourceKind.VEHICLE) {
            String plate = d.plate() == null ? "" : d.plate().strip().toUpperCase(java.util.Locale.ROOT);
            if (!plate.matches("[A-Z0-9 -]{4,20}")) {
                throw DomainException.invalid("booking.editor.plate");
            }
            if (d.energy() == null) {
                throw DomainException.invalid("booking.editor.energy");
            }
            int km = within(
                    d.odometerKm(),
                    before == null || before.vehicle() == null
                            ? 0
                            : before.vehicle().odometerKm(),
                    0,
                    9_999_999,
                    "booking.editor.odometer");
            if (before != null
                    && before.vehicle() != null
                    && km < before.vehicle().odometerKm()) {
                throw DomainException.rule(
                        "booking.rule.odometerBackwards", before.vehicle().odometerKm());
            }
            vehicle = new ResourceView.Vehicle(plate, d.energy(), km, money(d.pricePerKm(), "booking.editor.price"));
        }
        ResourceView.Quota quota = null;
        if (d.quotaPeriod() != null) {
            if (d.quotaMinutes() == null && d.quotaBookings() == null) {
                throw DomainException.invalid("booking.editor.quota");
            }
            if ((d.quotaMinutes() != null && d.quotaMinutes() < 15)
                    || (d.quotaBookings() != null && d.quotaBookings() < 1)) {
                throw DomainException.invalid("booking.editor.quota");
            }
            quota = new ResourceView.Quota(
                    d.quotaPeriod(),
                    d.quotaScope() == null ? ResourceView.QuotaScope.MEMBER : d.quotaScope(),
                    d.quotaMinutes(),
                    d.quotaBookings(),
                    d.quotaCountsCancelled());
        }
        ResourceView.Policy policy = new ResourceView.Policy(
                within(d.bufferBeforeMinutes(), 0, 0, 240, "booking.editor.buffer"),
                within(d.bufferAfterMinutes(), 0, 0, 240, "booking.editor.buffer"),
                d.approvalRequired(),
                within(d.editNoticeMinutes(), 0, 0, 525_600, "booking.editor.notice"),
                within(d.cancelNoticeMinutes(), 0, 0, 525_600, "booking.editor.notice"),
                quota,
                companies(siteId, d, before),
                d.paidBy());
        return new ResourceView(
                id,
                siteId,
                name,
                kind,
                d.description() == null || d.description().isBlank()
                        ? null
                        : d.description().strip(),
                d.capacity(),
                min,
                max,
                notice,
                horizon,
                opens,
                closes,
                price,
                before != null && before.blocked(),
                before == null ? coop.relais.shared.Zones.DEFAULT : before.timeZone(),
                kind == ResourceKind.ROOM ? grace : null,
                vehicle,
                policy);
    }

    private static int within(Integer value, int whenBlank, int min, int max, String key) {
        int v = value == null ? whenBlank : value;
        if (v < min || v > max) {
            throw DomainException.invalid(key, min, max);
        }
        return v;
    }

    private static Money money(BigDecimal amount, String key) {
        if (amount == null || amount.signum() == 0) {
            return null;
        }
        if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(new BigDecimal("100000")) > 0) {
            throw DomainException.invalid(key);
        }
        return Money.of(amount);
    }
}
