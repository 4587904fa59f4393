package coop.relais.organisation.internal;

import coop.relais.organisation.SiteCreated;
import coop.relais.organisation.SiteDeactivated;
import coop.relais.organisation.SiteReactivated;
import coop.relais.organisation.SiteView;
import coop.relais.organisation.WeeklyOpeningHours;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to sites: the head office creates and edits them; a site manager changes the desk's
 * contact and opening hours of their own site only. Every change runs in one transaction.
 */
@Service
@Transactional
public class SiteAdministration {

    private final SiteRepository sites;
    private final OperatorRepository operators;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SiteAdministration(
            SiteRepository sites, OperatorRepository operators, ApplicationEventPublisher events, Clock clock) {
        this.sites = sites;
        this.operators = operators;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultPage<SiteView> search(CurrentUser actor, String query, Boolean active, ResultPage.Request page) {
        Admins.require(actor);
        return sites.search(query, active, page);
    }

    @Transactional(readOnly = true)
    public List<SiteView> all(CurrentUser actor) {
        Admins.require(actor);
        return sites.all();
    }

    @Transactional(readOnly = true)
    public Site get(CurrentUser actor, UUID id) {
        Admins.require(actor);
        return sites.find(id).orElseThrow(() -> new NotFoundException("site"));
    }

    public UUID create(CurrentUser actor, SiteDetails details) {
        Admins.require(actor);
        UUID operatorId = operators
                .operator()
                .map(OperatorRepository.StoredOperator::id)
                .orElseThrow(() -> new DomainException("organisation.operator.missing"));
        Instant now = Instant.now(clock);
        Site site = Site.open(UUID.randomUUID(), details, now);
        sites.insert(site, operatorId);
        events.publishEvent(new SiteCreated(
                site.id(), site.name(), site.kind(), site.timeZone().value(), now));
        return site.id();
    }

    public void change(CurrentUser actor, UUID id, SiteDetails details) {
        change(actor, id, details, null);
    }

    /** Changes the site and, when {@code active} is given and differs, closes or reopens it. */
    public void change(CurrentUser actor, UUID id, SiteDetails details, Boolean active) {
        Admins.require(actor);
        Site site = sites.lock(id).orElseThrow(() -> new NotFoundException("site"));
        site.change(details);
        Instant now = Instant.now(clock);
        Object event = null;
        if (Boolean.FALSE.equals(active) && site.active()) {
            site.deactivate();
            event = new SiteDeactivated(site.id(), site.name(), now);
        } else if (Boolean.TRUE.equals(active) && !site.active()) {
            site.reactivate();
            event = new SiteReactivated(site.id(), site.name(), now);
        }
        sites.update(site);
        if (event != null) {
            events.publishEvent(event);
        }
    }

    public void deactivate(CurrentUser actor, UUID id) {
        Admins.require(actor);
        Site site = sites.lock(id).orElseThrow(() -> new NotFoundException("site"));
        site.deactivate();
        sites.update(site);
        events.publishEvent(new SiteDeactivated(site.id(), site.name(), Instant.now(clock)));
    }

    public void reactivate(CurrentUser actor, UUID id) {
        Admins.require(actor);
        Site site = sites.lock(id).orElseThrow(() -> new NotFoundException("site"));
        site.reactivate();
        sites.update(site);
        events.publishEvent(new SiteReactivated(site.id(), site.name(), Instant.now(clock)));
    }

    /** The site, for its own site manager (or an admin); 404 for anyone else. */
    @Transactional(readOnly = true)
    public Site managed(CurrentUser actor, UUID id) {
        if (id == null || !actor.manages(id)) {
            throw new NotFoundException("site");
        }
        return sites.find(id).orElseThrow(() -> new NotFoundException("site"));
    }

    /** What a site manager may change on their own site: the desk's phone, e-mail and opening hours. */
    public void changeDesk(CurrentUser actor, UUID id, String phone, String email, WeeklyOpeningHours hours) {
        if (id == null || !actor.manages(id)) {
            throw new NotFoundException("site");
        }
        Site site = sites.lock(id).orElseThrow(() -> new NotFoundException("site"));
        site.changeContact(phone, email);
        site.changeOpeningHours(hours);
        sites.update(site);
    }
}
