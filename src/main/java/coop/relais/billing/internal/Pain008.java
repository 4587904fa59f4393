package coop.relais.billing.internal;

import coop.relais.shared.Money;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A SEPA Core direct-debit initiation, ISO 20022 {@code pain.008.001.08}: one payment information block
 * per sequence type (first debits of a mandate, then recurring ones), each debit citing its mandate
 * (reference and signature date) and the invoice it collects.
 */
public final class Pain008 {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08";

    private Pain008() {}

    /** The creditor: the operator collecting, its account and its SEPA creditor identifier (ICS). */
    public record Creditor(String name, String iban, String bic, String creditorId) {}

    /** One debit: from whom, on which mandate, how much, for which invoice. */
    public record Debit(
            String endToEndId,
            Money amount,
            String mandateReference,
            LocalDate mandateSignedOn,
            String debtorName,
            String debtorIban,
            String debtorBic,
            String remittance,
            boolean first) {}

    public static byte[] write(
            String messageId, Instant createdAt, LocalDate collectionDate, Creditor creditor, List<Debit> debits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrDrctDbtInitn");
            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", messageId);
            text(
                    xml,
                    "CreDtTm",
                    DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(createdAt
                            .truncatedTo(ChronoUnit.SECONDS)
                            .atOffset(ZoneOffset.UTC)
                            .toLocalDateTime()));
            text(xml, "NbOfTxs", String.valueOf(debits.size()));
            text(xml, "CtrlSum", total(debits).amount().toPlainString());
            xml.writeStartElement("InitgPty");
            text(xml, "Nm", latin(creditor.name(), 140));
            xml.writeEndElement();
            xml.writeEndElement();
            for (boolean first : new boolean[] {true, false}) {
                List<Debit> block =
                        debits.stream().filter(d -> d.first() == first).toList();
                if (!block.isEmpty()) {
                    paymentInformation(xml, messageId + (first ? "-F" : "-R"), collectionDate, creditor, block, first);
                }
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void paymentInformation(
            XMLStreamWriter xml,
            String id,
            LocalDate collectionDate,
            Creditor creditor,
            List<Debit> debits,
            boolean first)
            throws XMLStreamException {
        xml.writeStartElement("PmtInf");
        text(xml, "PmtInfId", id);
        text(xml, "PmtMtd", "DD");
        text(xml, "NbOfTxs", String.valueOf(debits.size()));
        text(xml, "CtrlSum", total(debits).amount().toPlainString());
        xml.writeStartElement("PmtTpInf");
        xml.writeStartElement("SvcLvl");
        text(xml, "Cd", "SEPA");
        xml.writeEndElement();
        xml.writeStartElement("LclInstrm");
        text(xml, "Cd", "CORE");
        xml.writeEndElement();
        text(xml, "SeqTp", first ? "FRST" : "RCUR");
        xml.writeEndElement();
        text(xml, "ReqdColltnDt", collectionDate.toString());
        xml.writeStartElement("Cdtr");
        text(xml, "Nm", latin(creditor.name(), 140));
        xml.writeEndElement();
        account(xml, "CdtrAcct", creditor.iban());
        agent(xml, "CdtrAgt", creditor.bic());
        text(xml, "ChrgBr", "SLEV");
        xml.writeStartElement("CdtrSchmeId");
        xml.writeStartElement("Id");
        xml.writeStartElement("PrvtId");
        xml.writeStartElement("Othr");
        text(xml, "Id", creditor.creditorId());
        xml.writeStartElement("SchmeNm");
        text(xml, "Prtry", "SEPA");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        for (Debit debit : debits) {
            xml.writeStartElement("DrctDbtTxInf");
            xml.writeStartElement("PmtId");
            text(xml, "EndToEndId", latin(debit.endToEndId(), 35));
            xml.writeEndElement();
            xml.writeStartElement("InstdAmt");
            xml.writeAttribute("Ccy", "EUR");
            xml.writeCharacters(debit.amount().amount().toPlainString());
            xml.writeEndElement();
            xml.writeStartElement("DrctDbtTx");
            xml.writeStartElement("MndtRltdInf");
            text(xml, "MndtId", debit.mandateReference());
            text(xml, "DtOfSgntr", debit.mandateSignedOn().toString());
            xml.writeEndElement();
            xml.writeEndElement();
            agent(xml, "DbtrAgt", debit.debtorBic());
            xml.writeStartElement("Dbtr");
            text(xml, "Nm", latin(debit.debtorName(), 140));
            xml.writeEndElement();
            account(xml, "DbtrAcct", debit.debtorIban());
            xml.writeStartElement("RmtInf");
            text(xml, "Ustrd", latin(debit.remittance(), 140));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void account(XMLStreamWriter xml, String name, String iban) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeStartElement("Id");
        text(xml, "IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The bank by its BIC, or "NOTPROVIDED" when the IBAN alone identifies it (SEPA since 2016). */
    private static void agent(XMLStreamWriter xml, String name, String bic) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeStartElement("FinInstnId");
        if (bic != null && !bic.isBlank()) {
            text(xml, "BICFI", bic);
        } else {
            xml.writeStartElement("Othr");
            text(xml, "Id", "NOTPROVIDED");
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static Money total(List<Debit> debits) {
        return debits.stream().map(Debit::amount).reduce(Money.ZERO, Money::plus);
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /**
     * The text in the SEPA character set (Latin letters, digits and {@code / - ? : ( ) . , ' + space}):
     * accents are taken off, anything else becomes a space; at most {@code max} characters.
     */
    static String latin(String text, int max) {
        String plain = java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9/\\-?:().,'+ ]", " ")
                .replaceAll(" +", " ")
                .strip();
        if (plain.isEmpty()) {
            plain = "-";
        }
        return plain.length() > max ? plain.substring(0, max) : plain;
    }
}
