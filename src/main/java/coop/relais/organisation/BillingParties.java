package coop.relais.organisation;

import coop.relais.organisation.internal.PartyRepository;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parties of an invoice: which of the operator's billing entities sells (the general one for client
 * organisations; the one declared for personal services for members' eligible services) and the
 * client organisation that buys, with the identity every French invoice must show.
 */
@Service
@Transactional(readOnly = true)
public class BillingParties {

    private final PartyRepository parties;

    BillingParties(PartyRepository parties) {
        this.parties = parties;
    }

    /**
     * The billing entity that invoices client organisations: the operator's own active general entity
     * (its SIRET starts with the operator's SIREN), else another general one with a VAT number.
     */
    public Optional<LegalParty> generalSeller() {
        return parties.billingEntity(false);
    }

    /** The billing entity declared for personal services ("services à la personne"), if there is one. */
    public Optional<LegalParty> personalServicesSeller() {
        return parties.billingEntity(true);
    }

    public Optional<LegalParty> seller(UUID billingEntityId) {
        return parties.billingEntity(billingEntityId);
    }

    /** A client organisation as the buyer of an invoice. */
    public Optional<LegalParty> client(UUID organisationId) {
        return parties.client(organisationId);
    }
}
