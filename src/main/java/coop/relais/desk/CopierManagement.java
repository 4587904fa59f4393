package coop.relais.desk;

import coop.relais.desk.internal.CopierReading;
import coop.relais.desk.internal.CopierRepository;
import coop.relais.desk.internal.DeskSites;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteKind;
import coop.relais.organisation.SiteView;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared photocopiers of ecosystem sites: each company's counters are read every month, checked (a
 * counter never goes backwards) and priced per page; {@link CopierUsageRecorded} tells billing.
 */
@Service
@Transactional
public class CopierManagement {

    private static final int READINGS_SHOWN = 60;

    private final CopierRepository copiers;
    private final DeskSites deskSites;
    private final SiteDirectory sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CopierManagement(
            CopierRepository copiers,
            DeskSites deskSites,
            SiteDirectory sites,
            ApplicationEventPublisher events,
            Clock clock) {
        this.copiers = copiers;
        this.deskSites = deskSites;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CopierView> copiersAt(CurrentUser actor, UUID siteId) {
        deskSites.staffSite(actor, siteId);
        return copiers.atSite(siteId);
    }

    /** Whether the site shares photocopiers between companies (ecosystem sites). */
    @Transactional(readOnly = true)
    public boolean sharesCopiers(UUID siteId) {
        return sites.find(siteId).map(s -> s.kind() == SiteKind.ECOSYSTEM).orElse(false);
    }

    /** Adds a copier to an ecosystem site; for its site manager. */
    public CopierView addCopier(CurrentUser actor, NewCopier command) {
        SiteView site = deskSites.managedSite(actor, command.siteId());
        if (site.kind() != SiteKind.ECOSYSTEM) {
            throw new DomainException("desk.copier.notEcosystem");
        }
        if (copiers.nameTaken(site.id(), command.name())) {
            throw new DomainException("desk.copier.duplicate", command.name());
        }
        CopierView copier = new CopierView(
                UUID.randomUUID(),
                site.id(),
                command.name(),
                command.location(),
                command.blackPagePrice(),
                command.colourPagePrice(),
                command.vatRate(),
                true);
        copiers.insert(copier, clock.instant());
        return copier;
    }

    @Transactional(readOnly = true)
    public CopierView copier(CurrentUser actor, UUID copierId) {
        return copiers.find(copierId)
                .filter(c -> actor.worksAt(c.siteId()))
                .orElseThrow(() -> new NotFoundException("copier"));
    }

    /** The companies of the site whose counters are read (its client organisations). */
    @Transactional(readOnly = true)
    public List<ClientOrganisationView> companiesOf(CurrentUser actor, UUID siteId) {
        deskSites.staffSite(actor, siteId);
        return sites.clientsOfSite(siteId).stream()
                .filter(ClientOrganisationView::active)
                .toList();
    }

    /** Recent readings of the copier, latest month first. */
    @Transactional(readOnly = true)
    public List<CopierReadingView> readings(CurrentUser actor, UUID copierId) {
        copier(actor, copierId);
        Map<UUID, String> names = new HashMap<>();
        return copiers.readings(copierId, READINGS_SHOWN).stream()
                .map(r -> named(r, names))
                .toList();
    }

    /** Where the company's counters stood at its last reading, to start the next one from. */
    @Transactional(readOnly = true)
    public Optional<CopierReadingView> lastReading(CurrentUser actor, UUID copierId, UUID organisationId) {
        copier(actor, copierId);
        return organisationId == null
                ? Optional.empty()
                : copiers.latest(copierId, organisationId).map(r -> named(r, new HashMap<>()));
    }

    /** Records a company's counters for a month, after the consistency checks; billing is told. */
    public CopierReadingView record(CurrentUser actor, UUID copierId, RecordReading command) {
        CopierView copier = copiers.findForUpdate(copierId)
                .filter(c -> actor.worksAt(c.siteId()))
                .orElseThrow(() -> new NotFoundException("copier"));
        SiteView site = deskSites.site(copier.siteId());
        if (!copier.active()) {
            throw new DomainException("desk.copier.inactive");
        }
        ClientOrganisationView company = sites.clientsOfSite(site.id()).stream()
                .filter(c -> c.id().equals(command.organisationId()))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid("desk.copier.organisation.unknown"));
        Instant now = clock.instant();
        CopierReading reading = CopierReading.check(
                command.period(),
                command.blackStart(),
                command.blackEnd(),
                command.colourStart(),
                command.colourEnd(),
                copier.blackPagePrice(),
                copier.colourPagePrice(),
                copiers.previous(copier.id(), company.id()),
                YearMonth.from(now.atZone(site.timeZone())));
        UUID id = UUID.randomUUID();
        copiers.insertReading(
                id,
                copier.id(),
                site.id(),
                company.id(),
                reading,
                copier.vatRate(),
                now,
                actor.accountId(),
                actor.displayName());
        events.publishEvent(new CopierUsageRecorded(
                id,
                copier.id(),
                site.id(),
                company.id(),
                reading.period(),
                reading.blackPages(),
                reading.colourPages(),
                reading.blackAmount(),
                reading.colourAmount(),
                reading.amount(),
                copier.vatRate(),
                now));
        return named(copiers.reading(id).orElseThrow(), new HashMap<>());
    }

    private CopierReadingView named(CopierReadingView r, Map<UUID, String> names) {
        String name = names.computeIfAbsent(
                r.organisationId(),
                id -> sites.findClient(id)
                        .map(ClientOrganisationView::legalName)
                        .orElse(""));
        return new CopierReadingView(
                r.id(),
                r.copierId(),
                r.siteId(),
                r.organisationId(),
                name,
                r.period(),
                r.blackStart(),
                r.blackEnd(),
                r.colourStart(),
                r.colourEnd(),
                r.blackPages(),
                r.colourPages(),
                r.blackAmount(),
                r.colourAmount(),
                r.amount(),
                r.vatRate(),
                r.recordedAt(),
                r.recordedByName());
    }
}
