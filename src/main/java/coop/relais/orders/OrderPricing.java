package coop.relais.orders;

import coop.relais.orders.internal.CapMonth;
import coop.relais.orders.internal.DueDates;
import coop.relais.orders.internal.OrderLocks;
import coop.relais.orders.internal.OrderRepository;
import coop.relais.orders.internal.PayerTerms;
import coop.relais.organisation.OpeningHours;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.Money;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What pricing an order needs to know, when it is placed and when its quote is accepted: how much of
 * the employer's monthly cap the member has already used, and the day the order is due given the days
 * the site is open.
 */
@Component
class OrderPricing {

    private final OrderRepository orders;
    private final OrderLocks locks;
    private final SiteDirectory sites;

    OrderPricing(OrderRepository orders, OrderLocks locks, SiteDirectory sites) {
        this.orders = orders;
        this.locks = locks;
        this.sites = sites;
    }

    /**
     * What the employer already pays for this member this calendar month, in the site's time zone; zero
     * when the employer has no cap. The member stays locked until the end of the transaction, so that two
     * orders at the same time never both use the rest of the cap.
     */
    Money employerUsed(UUID memberId, PayerTerms terms, Instant now, ZoneId zone) {
        if (!terms.capped()) {
            return Money.ZERO;
        }
        locks.lockMember(memberId, now);
        CapMonth month = CapMonth.of(now, zone);
        return orders.employerUsed(memberId, terms.employerId(), month.from(), month.to());
    }

    /** The day the order is due: the service's lead time counted from today on the days the site is open. */
    LocalDate dueOn(UUID siteId, LocalDate today, int leadTimeDays, Set<DayOfWeek> daysOffered) {
        return DueDates.due(today, leadTimeDays, openDays(siteId), daysOffered);
    }

    private Set<DayOfWeek> openDays(UUID siteId) {
        return sites.openingHours(siteId).stream()
                .map(OpeningHours::day)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }
}
