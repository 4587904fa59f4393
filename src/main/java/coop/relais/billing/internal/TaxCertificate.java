package coop.relais.billing.internal;

import coop.relais.billing.PaymentMethod;
import coop.relais.billing.internal.TabAllocation.Charge;
import coop.relais.billing.internal.TabAllocation.Settlement;
import coop.relais.catalogue.PersonalServiceActivity;
import coop.relais.organisation.LegalParty;
import coop.relais.shared.Money;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A member's yearly tax certificate ("attestation fiscale"), computed from their tab: what they paid
 * during the year for personal services delivered by then, CESU apart, per activity and per service.
 * Only payments count, not what an employer or a site owner paid, nor a credit note.
 *
 * @param paid what the member paid in the year for personal services, CESU included
 * @param cesu the part of it paid with CESU, which the tax credit leaves out when an employer financed it
 */
public record TaxCertificate(
        int year, Money paid, Money cesu, Map<PersonalServiceActivity, Money> byActivity, List<Service> services) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A personal service of the year's certificate: when it was delivered, and what was paid for it in the year. */
    public record Service(LocalDate deliveredOn, String description, PersonalServiceActivity activity, Money paid) {}

    /**
     * The certificate of {@code year} from the tab's allocation, the year's bounds read in {@code zone}.
     * Charges delivered after the year are left out, so that the figures never change once the year is over.
     */
    public static TaxCertificate of(int year, List<Charge> charges, ZoneId zone) {
        Money paid = Money.ZERO;
        Money cesu = Money.ZERO;
        Map<PersonalServiceActivity, Money> byActivity = new EnumMap<>(PersonalServiceActivity.class);
        List<Service> services = new ArrayList<>();
        for (Charge charge : charges) {
            PersonalServiceActivity activity = charge.entry().personalService();
            LocalDate delivered = LocalDate.ofInstant(charge.entry().occurredAt(), zone);
            if (activity == null || delivered.getYear() > year) {
                continue;
            }
            Money paidForIt = Money.ZERO;
            for (Settlement settlement : charge.settlements()) {
                if (settlement.paidAt() == null
                        || LocalDate.ofInstant(settlement.paidAt(), zone).getYear() != year) {
                    continue;
                }
                paidForIt = paidForIt.plus(settlement.amount());
                if (settlement.method() == PaymentMethod.CESU) {
                    cesu = cesu.plus(settlement.amount());
                }
            }
            if (paidForIt.isPositive()) {
                paid = paid.plus(paidForIt);
                byActivity.merge(activity, paidForIt, Money::plus);
                services.add(new Service(delivered, charge.entry().description(), activity, paidForIt));
            }
        }
        return new TaxCertificate(year, paid, cesu, byActivity, List.copyOf(services));
    }

    /** Whether the member paid anything for personal services that year. */
    public boolean any() {
        return paid.isPositive();
    }

    /** The amount that opens the right to the tax credit: what was paid, prefinanced CESU excluded. */
    public Money creditBase() {
        return paid.minus(cesu);
    }

    /** The PDF the member downloads, with every mention the tax office expects. */
    public byte[] pdf(String number, LocalDate issuedOn, LegalParty seller, String beneficiary) {
        try {
            return PdfLines.render(text(number, issuedOn, seller, beneficiary), "Attestation fiscale " + number);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the certificate says, line by line. */
    public List<String> text(String number, LocalDate issuedOn, LegalParty seller, String beneficiary) {
        List<String> lines = new ArrayList<>();
        lines.add("ATTESTATION FISCALE ANNUELLE — SERVICES À LA PERSONNE — ANNÉE " + year);
        lines.add("N° " + number + " — émise le " + DAY.format(issuedOn));
        lines.add("");
        lines.add("Organisme prestataire");
        lines.add(seller.legalName());
        lines.add(blank(seller.street()) + ", " + blank(seller.postalCode()) + " " + blank(seller.city()));
        if (seller.siret() != null) {
            lines.add("SIREN " + seller.siren() + " — SIRET " + seller.siret());
            lines.add("Déclaration de services à la personne n° SAP" + seller.siren());
        }
        lines.add("");
        lines.add("Bénéficiaire : " + beneficiary);
        lines.add("");
        lines.add("L'organisme certifie que le bénéficiaire a réglé en " + year
                + " les services à la personne suivants, rendus par ses soins :");
        lines.add("Montant total réglé en " + year + " : " + PdfLines.euros(paid));
        lines.add("dont réglé en CESU préfinancés : " + PdfLines.euros(cesu));
        lines.add("Montant réglé hors CESU préfinancés : " + PdfLines.euros(creditBase()));
        lines.add("");
        lines.add("Par activité (article D. 7231-1 du code du travail)");
        byActivity.forEach((activity, amount) -> lines.add(activity.label() + " : " + PdfLines.euros(amount)));
        lines.add("");
        lines.add("Détail des services");
        for (Service service : services) {
            lines.add(DAY.format(service.deliveredOn()) + " — " + service.description() + " — réglé en " + year + " : "
                    + PdfLines.euros(service.paid()));
        }
        lines.add("");
        lines.add("Les sommes prises en charge par un employeur ou un bailleur ne figurent pas sur cette attestation. "
                + "La part des CESU préfinancés financée par un employeur ou un organisme n'ouvre pas droit au crédit "
                + "d'impôt (article 199 sexdecies du code général des impôts) : déduisez-la du montant déclaré.");
        lines.add("Attestation à conserver : elle peut vous être demandée par l'administration fiscale.");
        return lines;
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
