package coop.relais.organisation.internal;

import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.EmailDomain;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.paging.ResultPage;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to client organisations by the head office: identity, approved e-mail domains (each domain
 * approved by one organisation only) and contracts with sites.
 */
@Service
@Transactional
public class ClientAdministration {

    private final ClientRepository clients;
    private final SiteRepository sites;
    private final Clock clock;

    ClientAdministration(ClientRepository clients, SiteRepository sites, Clock clock) {
        this.clients = clients;
        this.sites = sites;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ResultPage<ClientOrganisationView> search(
            CurrentUser actor, String query, Boolean active, ResultPage.Request page) {
        Admins.require(actor);
        return clients.search(query, active, page);
    }

    @Transactional(readOnly = true)
    public ClientOrganisation get(CurrentUser actor, UUID id) {
        Admins.require(actor);
        return clients.find(id).orElseThrow(() -> new NotFoundException("organisation"));
    }

    @Transactional(readOnly = true)
    public List<ClientRepository.ContractRow> contracts(CurrentUser actor, UUID id) {
        Admins.require(actor);
        return clients.contracts(id);
    }

    /** Registers the organisation, with its approved domains if any (API). */
    public UUID register(CurrentUser actor, ClientDetails details, Set<EmailDomain> domains) {
        Admins.require(actor);
        ClientOrganisation client = ClientOrganisation.register(UUID.randomUUID(), details, Instant.now(clock));
        domains.forEach(domain -> {
            checkFree(domain, client.id());
            client.approveDomain(domain);
        });
        save(client, true);
        return client.id();
    }

    /** Changes the organisation; {@code domains} null keeps the approved domains as they are. */
    public void change(CurrentUser actor, UUID id, ClientDetails details, Set<EmailDomain> domains) {
        change(actor, id, details, domains, null);
    }

    /** As {@link #change(CurrentUser, UUID, ClientDetails, Set)}, deactivating or reactivating when asked. */
    public void change(CurrentUser actor, UUID id, ClientDetails details, Set<EmailDomain> domains, Boolean active) {
        Admins.require(actor);
        ClientOrganisation client = load(id);
        client.change(details);
        if (domains != null) {
            domains.forEach(domain -> checkFree(domain, id));
            client.approveOnly(domains);
        }
        if (Boolean.FALSE.equals(active) && client.active()) {
            client.deactivate();
        } else if (Boolean.TRUE.equals(active) && !client.active()) {
            client.reactivate();
        }
        save(client, false);
    }

    /** Whether a client organisation has this id (whatever the caller's scope; admin only). */
    @Transactional(readOnly = true)
    public boolean exists(CurrentUser actor, UUID id) {
        Admins.require(actor);
        return clients.find(id).isPresent();
    }

    public void approveDomain(CurrentUser actor, UUID id, EmailDomain domain) {
        Admins.require(actor);
        ClientOrganisation client = load(id);
        checkFree(domain, id);
        client.approveDomain(domain);
        save(client, false);
    }

    public void withdrawDomain(CurrentUser actor, UUID id, EmailDomain domain) {
        Admins.require(actor);
        ClientOrganisation client = load(id);
        client.withdrawDomain(domain);
        save(client, false);
    }

    public UUID addContract(
            CurrentUser actor, UUID id, UUID siteId, String plan, LocalDate startsOn, LocalDate endsOn) {
        Admins.require(actor);
        load(id);
        if (siteId == null || !sites.exists(siteId)) {
            throw DomainException.invalid("organisation.contract.unknownSite");
        }
        Contract contract = new Contract(UUID.randomUUID(), id, siteId, plan, startsOn, endsOn);
        clients.insertContract(contract);
        return contract.id();
    }

    /** Sets or changes the last day of a contract (never before its first day). */
    public void endContract(CurrentUser actor, UUID id, UUID contractId, LocalDate endsOn) {
        Admins.require(actor);
        load(id);
        Contract contract = clients.findContract(id, contractId).orElseThrow(() -> new NotFoundException("contract"));
        clients.updateContract(new Contract(
                contract.id(),
                contract.organisationId(),
                contract.siteId(),
                contract.plan(),
                contract.startsOn(),
                endsOn));
    }

    public void deactivate(CurrentUser actor, UUID id) {
        Admins.require(actor);
        ClientOrganisation client = load(id);
        client.deactivate();
        save(client, false);
    }

    public void reactivate(CurrentUser actor, UUID id) {
        Admins.require(actor);
        ClientOrganisation client = load(id);
        client.reactivate();
        save(client, false);
    }

    /** Stores the organisation; the database has the last word on one organisation per domain. */
    private void save(ClientOrganisation client, boolean isNew) {
        try {
            if (isNew) {
                clients.insert(client);
            } else {
                clients.update(client);
            }
        } catch (DuplicateKeyException e) {
            throw new DomainException("organisation.domain.takenMeanwhile");
        }
    }

    private ClientOrganisation load(UUID id) {
        return clients.lock(id).orElseThrow(() -> new NotFoundException("organisation"));
    }

    private void checkFree(EmailDomain domain, UUID organisationId) {
        Optional<UUID> owner = clients.domainOwner(domain);
        if (owner.isPresent() && !owner.get().equals(organisationId)) {
            String name = clients.legalName(owner.get()).orElse("?");
            throw new DomainException("organisation.domain.taken", domain.value(), name);
        }
    }
}
