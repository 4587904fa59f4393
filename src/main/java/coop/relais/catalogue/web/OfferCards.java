package coop.relais.catalogue.web;

import coop.relais.catalogue.CatalogueWording;
import coop.relais.catalogue.OfferView;
import coop.relais.organisation.ClientOrganisationView;
import coop.relais.organisation.SiteDirectory;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Turns offers into {@link OfferCard}s in the reader's language. */
@Component
class OfferCards {

    private final CatalogueWording wording;
    private final SiteDirectory sites;

    OfferCards(CatalogueWording wording, SiteDirectory sites) {
        this.wording = wording;
        this.sites = sites;
    }

    OfferCard card(OfferView offer, Locale locale) {
        String siteOwner = offer.payerRule().siteOwnerOrganisationId() == null
                ? null
                : sites.findClient(offer.payerRule().siteOwnerOrganisationId())
                        .map(ClientOrganisationView::legalName)
                        .orElse(null);
        return new OfferCard(
                offer,
                wording.price(offer, locale),
                wording.vat(offer.priceModel(), offer.vatRate(), locale),
                wording.leadTime(offer.leadTimeDays(), locale),
                wording.days(offer.daysOffered(), locale),
                wording.payer(offer, siteOwner, locale));
    }
}
