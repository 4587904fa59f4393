package coop.relais.desk;

import coop.relais.desk.internal.ParcelRepository;
import coop.relais.desk.internal.ProxyRepository;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.Folding;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member's side of parcels and mail: what waits for them at any desk (with the pickup codes), what
 * went lately, and the people they allow to collect for them on showing an ID.
 */
@Service
@Transactional
public class MyParcels {

    public static final int MAX_PROXIES = 10;

    private final ParcelRepository parcels;
    private final ProxyRepository proxies;
    private final SiteDirectory sites;
    private final Clock clock;

    MyParcels(ParcelRepository parcels, ProxyRepository proxies, SiteDirectory sites, Clock clock) {
        this.parcels = parcels;
        this.proxies = proxies;
        this.sites = sites;
        this.clock = clock;
    }

    /** The member's parcels waiting at any site, with their pickup codes. */
    @Transactional(readOnly = true)
    public List<MemberParcelView> myWaitingParcels(CurrentUser member) {
        Map<UUID, String> siteNames = new HashMap<>();
        return parcels.waitingForMember(member.accountId()).stream()
                .map(p -> new MemberParcelView(
                        p.id(),
                        p.siteId(),
                        siteNames.computeIfAbsent(
                                p.siteId(),
                                id -> sites.find(id).map(SiteView::name).orElse("")),
                        p.carrier(),
                        p.trackingNumber(),
                        p.size(),
                        p.status(),
                        p.receivedAt(),
                        p.pickupCode(),
                        p.returnFlaggedAt()))
                .toList();
    }

    /** The member's parcels collected or returned over the last 30 days. */
    @Transactional(readOnly = true)
    public List<ParcelView> myRecentParcels(CurrentUser member) {
        return parcels.recentlyGoneForMember(member.accountId(), clock.instant().minus(Duration.ofDays(30)));
    }

    @Transactional(readOnly = true)
    public List<ProxyView> myProxies(CurrentUser member) {
        return proxies.activeProxies(member.accountId());
    }

    /** Allows someone to collect the member's parcels on showing an ID. */
    public ProxyView addProxy(CurrentUser member, String name, String relation) {
        String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        String cleanRelation = relation == null || relation.isBlank() ? null : relation.strip();
        if (cleanName.length() < 2 || cleanName.length() > 120) {
            throw DomainException.invalid("desk.proxy.name.invalid");
        }
        if (cleanRelation != null && cleanRelation.length() > 120) {
            throw DomainException.invalid("desk.proxy.relation.tooLong");
        }
        List<ProxyView> current = proxies.activeProxies(member.accountId());
        if (current.size() >= MAX_PROXIES) {
            throw new DomainException("desk.proxy.tooMany", MAX_PROXIES);
        }
        if (current.stream().anyMatch(p -> Folding.fold(p.name()).equals(Folding.fold(cleanName)))) {
            throw new DomainException("desk.proxy.duplicate", cleanName);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        proxies.insertProxy(id, member.accountId(), cleanName, cleanRelation, now);
        return new ProxyView(id, cleanName, cleanRelation, now);
    }

    public void revokeProxy(CurrentUser member, UUID proxyId) {
        if (!proxies.revokeProxy(proxyId, member.accountId(), clock.instant())) {
            throw new NotFoundException("proxy");
        }
    }
}
