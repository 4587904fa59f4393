package coop.relais.billing.internal;

import coop.relais.shared.Money;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Billing's documents as PDF: lines of text down A4 pages, wrapped and paged, as PDF/A-3 (Liberation
 * Sans embedded, an sRGB output intent, the PDF/A identification in its XMP). Invoices, credit notes and
 * tax certificates are written this way, so that they read the same and archive the same.
 */
final class PdfLines {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** The font and the colour profile, read once. */
    private static final byte[] FONT_BYTES = resource(FONT);

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfLines() {}

    /**
     * The document to archive: {@code lines} one after another, under {@code title} in its metadata, as
     * PDF/A-3 with its font embedded (about 40 ms a document here, the font's subsetting being most of it).
     */
    static byte[] render(List<String> lines, String title) throws IOException {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(pdf, new ByteArrayInputStream(FONT_BYTES));
            write(pdf, font, lines);
            metadata(pdf, title);
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A plain document for a person to read and print, in Helvetica (a font every PDF reader has, not
     * embedded): a hundred times faster than {@link #render}, for the documents issued by the tens of
     * thousands (members' monthly invoices). What Helvetica cannot draw is printed as "?".
     */
    static byte[] plain(List<String> lines, String title) throws IOException {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            write(pdf, new PDType1Font(Standard14Fonts.FontName.HELVETICA), lines);
            pdf.getDocumentInformation().setTitle(title);
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static void write(PDDocument pdf, PDFont font, List<String> lines) throws IOException {
        Writer writer = new Writer(pdf, font);
        for (String line : lines) {
            writer.line(line);
        }
        writer.close();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PDDocument.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An amount as French documents write it: « 1 234,50 € », with plain spaces. */
    static String euros(Money money) {
        return NumberFormat.getCurrencyInstance(Locale.FRANCE)
                .format(money.amount())
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }

    private static void metadata(PDDocument pdf, String title) throws IOException {
        try {
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(3);
            id.setConformance("B");
            xmp.createAndAddDublinCoreSchema().setTitle(title);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, bytes, true);
            PDMetadata metadata = new PDMetadata(pdf);
            metadata.importXMPMetadata(bytes.toByteArray());
            pdf.getDocumentCatalog().setMetadata(metadata);
        } catch (TransformerException | org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IOException(e);
        }
        PDOutputIntent intent = new PDOutputIntent(pdf, new ByteArrayInputStream(SRGB));
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
        private final PDFont font;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf, PDFont font) throws IOException {
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
