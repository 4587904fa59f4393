package coop.relais.billing.internal;

import coop.relais.billing.internal.InvoiceArithmetic.Line;
import coop.relais.organisation.LegalParty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.mustangproject.IncludedNote;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.SchemedID;
import org.mustangproject.SubjectCode;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * The files of an invoice issued to an organisation: a PDF/A-3 that a person reads, with every mention
 * French law requires, and the same invoice as EN 16931 CII XML (Factur-X profile EN 16931, written by
 * Mustang) embedded in it, so that an approved platform (PA) can take the file as it is.
 */
public final class FacturX {

    /** Late-payment terms printed on invoices to businesses (Code de commerce, L441-10). */
    public static final String LATE_PAYMENT =
            "En cas de retard de paiement : pénalités au taux de trois fois le taux d'intérêt légal, "
                    + "et indemnité forfaitaire pour frais de recouvrement de 40 € (article L441-10 du Code de commerce).";

    public static final String NO_DISCOUNT = "Pas d'escompte pour paiement anticipé.";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FacturX() {}

    /** The two files: the PDF/A-3 with its XML inside, and the XML alone. */
    public record Files(byte[] pdf, byte[] xml) {}

    public static Files of(InvoiceDocument invoice) {
        try {
            ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3()
                    .setProducer("Relais")
                    .setCreator("Relais")
                    .setProfile(Profiles.getByName("EN16931"))
                    .load(InvoicePdf.of(invoice));
            exporter.setTransaction(transaction(invoice));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            exporter.export(pdf);
            return new Files(pdf.toByteArray(), exporter.getProvider().getXML());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Invoice transaction(InvoiceDocument doc) {
        Invoice invoice = new Invoice()
                .setNumber(doc.number())
                .setIssueDate(date(doc.issuedOn()))
                .setDueDate(date(doc.dueOn()))
                .setDeliveryDate(date(doc.serviceTo()))
                .setDetailedDeliveryPeriod(date(doc.serviceFrom()), date(doc.serviceTo()))
                .setSender(party(doc.seller()))
                .setRecipient(party(doc.buyer()))
                .setCurrency("EUR")
                .setPaymentTermDescription("Paiement à réception, au plus tard le " + DAY.format(doc.dueOn()) + ".")
                .setNotesWithSubjectCode(List.of(
                        new IncludedNote(LATE_PAYMENT, SubjectCode.PMD),
                        new IncludedNote("Indemnité forfaitaire pour frais de recouvrement : 40 €.", SubjectCode.PMT),
                        new IncludedNote(NO_DISCOUNT, SubjectCode.AAB)));
        if (doc.creditNote()) {
            invoice.setCreditNote();
            if (doc.correctsNumber() != null) {
                invoice.setInvoiceReferencedDocumentID(doc.correctsNumber());
                if (doc.correctsIssuedOn() != null) {
                    invoice.setInvoiceReferencedIssueDate(date(doc.correctsIssuedOn()));
                }
            }
        }
        if (!doc.amounts().rounding().isZero()) {
            invoice.setRoundingAmount(doc.amounts().rounding().amount());
        }
        for (Line line : doc.amounts().lines()) {
            Product product = new Product(line.description(), "", "C62", line.vatRate());
            invoice.addItem(new Item(product, line.net().amount(), BigDecimal.ONE));
        }
        return invoice;
    }

    private static TradeParty party(LegalParty party) {
        TradeParty trade = new TradeParty(party.legalName(), party.street(), party.postalCode(), party.city(), "FR");
        if (party.vatNumber() != null) {
            trade.setVATID(party.vatNumber());
        }
        if (party.siren() != null) {
            trade.setLegalOrganisation(new LegalOrganisation(party.siren(), "0002"));
            // The French electronic-invoicing address: scheme 0225, the SIREN.
            trade.addUriUniversalCommunicationID(new SchemedID("0225", party.siren()));
        }
        return trade;
    }

    /** Noon UTC of the day: the same calendar day in every time zone Mustang may format it in. */
    private static Date date(LocalDate day) {
        return Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
