package coop.relais.organisation.internal;

import coop.relais.organisation.EmailDomain;
import coop.relais.shared.DomainException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A paying organisation: its legal identity, billing address and approved e-mail domains. */
public final class ClientOrganisation {

    private final UUID id;
    private final Instant createdAt;
    private ClientDetails details;
    private final Set<EmailDomain> domains;
    private boolean active;

    ClientOrganisation(UUID id, ClientDetails details, Set<EmailDomain> domains, boolean active, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.domains = new LinkedHashSet<>(domains);
        this.active = active;
        this.createdAt = createdAt;
    }

    public static ClientOrganisation register(UUID id, ClientDetails details, Instant at) {
        return new ClientOrganisation(id, details, Set.of(), true, at);
    }

    public void change(ClientDetails newDetails) {
        this.details = Objects.requireNonNull(newDetails);
    }

    public void approveDomain(EmailDomain domain) {
        if (!domains.add(domain)) {
            throw new DomainException("organisation.domain.alreadyApproved", domain.value());
        }
    }

    public void withdrawDomain(EmailDomain domain) {
        if (!domains.remove(domain)) {
            throw new DomainException("organisation.domain.notApproved", domain.value());
        }
    }

    /** Replaces the approved domains (API). */
    public void approveOnly(Set<EmailDomain> newDomains) {
        domains.clear();
        domains.addAll(newDomains);
    }

    public void deactivate() {
        if (!active) {
            throw new DomainException("organisation.client.alreadyInactive", details.legalName());
        }
        active = false;
    }

    public void reactivate() {
        if (active) {
            throw new DomainException("organisation.client.alreadyActive", details.legalName());
        }
        active = true;
    }

    public UUID id() {
        return id;
    }

    public ClientDetails details() {
        return details;
    }

    public Set<EmailDomain> domains() {
        return Set.copyOf(domains);
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
