package coop.relais.catalogue.web;

import coop.relais.catalogue.OfferView;
import java.util.List;

/**
 * An offer with its plain-language wording, ready for a page.
 *
 * @param price « 3,90 € la pièce », « Sur devis »
 * @param vat « TTC, dont TVA 20 % »
 * @param leadTime « prêt en 2 jours ouvrés »
 * @param days « du lundi au vendredi »
 * @param payer who pays, when not (only) the member
 */
record OfferCard(OfferView offer, String price, String vat, String leadTime, String days, List<String> payer) {}
