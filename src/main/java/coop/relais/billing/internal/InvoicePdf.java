package coop.relais.billing.internal;

import coop.relais.billing.internal.InvoiceArithmetic.Line;
import coop.relais.billing.internal.InvoiceArithmetic.RateTotal;
import coop.relais.organisation.LegalParty;
import coop.relais.shared.Money;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The PDF of an invoice that a person reads: every mention French law requires, one line after
 * another down A4 pages, as PDF/A-3 (Liberation Sans embedded, an sRGB output intent, the PDF/A
 * identification in its XMP), ready for Mustang to embed the invoice's XML into.
 */
final class InvoicePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private InvoicePdf() {}

    /** The PDF a person reads: PDF/A-3, fonts embedded, sRGB output intent. */
    static byte[] of(InvoiceDocument doc) throws IOException {
        try (PDDocument pdf = new PDDocument();
                InputStream fontFile = PDDocument.class.getResourceAsStream(FONT);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(pdf, fontFile);
            Writer writer = new Writer(pdf, font);
            for (String line : text(doc)) {
                writer.line(line);
            }
            writer.close();
            metadata(pdf, doc);
            pdf.save(out);
            return out.toByteArray();
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
        lines.add(FacturX.LATE_PAYMENT);
        lines.add(FacturX.NO_DISCOUNT);
        return lines;
    }

    private static List<String> identity(LegalParty party) {
        List<String> lines = new ArrayList<>();
        lines.add(party.legalName());
        lines.add(
                nullToEmpty(party.street()) + ", " + nullToEmpty(party.postalCode()) + " " + nullToEmpty(party.city()));
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

    static String euros(Money money) {
        return NumberFormat.getCurrencyInstance(Locale.FRANCE)
                .format(money.amount())
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }

    private static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    private static void metadata(PDDocument pdf, InvoiceDocument doc) throws IOException {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(3);
            id.setConformance("B");
            xmp.createAndAddDublinCoreSchema().setTitle((doc.creditNote() ? "Avoir " : "Facture ") + doc.number());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, bytes, true);
            PDMetadata metadata = new PDMetadata(pdf);
            metadata.importXMPMetadata(bytes.toByteArray());
            pdf.getDocumentCatalog().setMetadata(metadata);
        } catch (TransformerException | org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IOException(e);
        }
        PDOutputIntent intent = new PDOutputIntent(
                pdf,
                new ByteArrayInputStream(
                        ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
    }

    /** Writes lines of text down A4 pages, wrapping long ones, starting a new page when one is full. */
    private static final class Writer {

        private static final float MARGIN = 50;
        private static final float SIZE = 10;
        private static final float LEADING = 14;
        private final PDDocument pdf;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf, PDType0Font font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            newPage();
        }

        void line(String text) throws IOException {
            for (String piece : wrap(printable(text))) {
                if (y < MARGIN) {
                    stream.close();
                    newPage();
                }
                if (!piece.isEmpty()) {
                    stream.beginText();
                    stream.setFont(font, SIZE);
                    stream.newLineAtOffset(MARGIN, y);
                    stream.showText(piece);
                    stream.endText();
                }
                y -= LEADING;
            }
        }

        private List<String> wrap(String text) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> pieces = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ", -1)) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                    pieces.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            pieces.add(current.toString());
            return pieces;
        }

        /** The text with what the font cannot draw (an emoji, a control character) replaced by "?". */
        private String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(c -> {
                String one = new String(Character.toChars(c));
                try {
                    font.encode(one);
                    out.append(Character.isISOControl(c) ? " " : one);
                } catch (IOException | IllegalArgumentException cannot) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
