package coop.relais.billing.internal;

import coop.relais.billing.internal.InvoiceArithmetic.Line;
import coop.relais.billing.internal.InvoiceArithmetic.RateTotal;
import coop.relais.organisation.LegalParty;
import coop.relais.shared.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The PDF of an invoice that a person reads: every mention French law requires, one line after
 * another down A4 pages ({@link PdfLines}), ready for Mustang to embed the invoice's XML into.
 */
public final class InvoicePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private InvoicePdf() {}

    /** The PDF a person reads: PDF/A-3, fonts embedded, sRGB output intent. */
    static byte[] of(InvoiceDocument doc) throws IOException {
        return PdfLines.render(text(doc), (doc.creditNote() ? "Avoir " : "Facture ") + doc.number());
    }

    /** A member's invoice or credit note: the same mentions, a plain PDF ({@link PdfLines#plain}). */
    public static byte[] plain(InvoiceDocument doc, List<String> more) {
        List<String> lines = new ArrayList<>(text(doc));
        lines.addAll(more);
        try {
            return PdfLines.plain(lines, (doc.creditNote() ? "Avoir " : "Facture ") + doc.number());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the PDF says, line by line. */
    static List<String> text(InvoiceDocument doc) {
        List<String> lines = new ArrayList<>();
        lines.add((doc.creditNote() ? "AVOIR " : "FACTURE ") + doc.number());
        if (doc.creditNote() && doc.correctsNumber() != null) {
            lines.add("Avoir sur la facture " + doc.correctsNumber()
                    + (doc.correctsIssuedOn() == null ? "" : " du " + DAY.format(doc.correctsIssuedOn())));
        }
        lines.add("Date d'émission : " + DAY.format(doc.issuedOn()));
        lines.add("Période de service : du " + DAY.format(doc.serviceFrom()) + " au " + DAY.format(doc.serviceTo()));
        lines.add("Date d'échéance : " + DAY.format(doc.dueOn()));
        lines.add("");
        lines.add("Vendeur");
        lines.addAll(identity(doc.seller()));
        lines.add("");
        lines.add("Client");
        lines.addAll(identity(doc.buyer()));
        lines.add("");
        lines.add("Désignation — TVA — montant HT — montant TTC");
        for (Line line : doc.amounts().lines()) {
            lines.add(line.description() + " — " + percent(line.vatRate()) + " — " + euros(line.net()) + " HT — "
                    + euros(line.gross()) + " TTC");
        }
        lines.add("");
        for (RateTotal rate : doc.amounts().rates()) {
            lines.add("TVA " + percent(rate.vatRate()) + " : base " + euros(rate.net()) + ", TVA " + euros(rate.vat()));
        }
        lines.add("Total HT : " + euros(doc.amounts().totalExclVat()));
        lines.add("Total TVA : " + euros(doc.amounts().totalVat()));
        lines.add("Total TTC : " + euros(doc.amounts().totalInclVat()));
        if (!doc.amounts().rounding().isZero()) {
            lines.add("Arrondi : " + euros(doc.amounts().rounding()));
        }
        lines.add((doc.creditNote() ? "Montant de l'avoir : " : "Net à payer : ")
                + euros(doc.amounts().due()));
        lines.add("");
        lines.add("Paiement à réception, au plus tard le " + DAY.format(doc.dueOn()) + ".");
        if (doc.buyer().siret() != null) {
            // Between businesses only: the late-payment penalties and the 40 € recovery indemnity.
            lines.add(FacturX.LATE_PAYMENT);
        }
        lines.add(FacturX.NO_DISCOUNT);
        return lines;
    }

    private static List<String> identity(LegalParty party) {
        List<String> lines = new ArrayList<>();
        lines.add(party.legalName());
        if (party.street() != null || party.city() != null) {
            lines.add(nullToEmpty(party.street()) + ", " + nullToEmpty(party.postalCode()) + " "
                    + nullToEmpty(party.city()));
        }
        if (party.siret() != null) {
            lines.add("SIREN " + party.siren() + " — SIRET " + party.siret());
        }
        if (party.vatNumber() != null) {
            lines.add("N° de TVA intracommunautaire : " + party.vatNumber());
        }
        return lines;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public static String euros(Money money) {
        return PdfLines.euros(money);
    }

    private static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
