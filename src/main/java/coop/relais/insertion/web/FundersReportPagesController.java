package coop.relais.insertion.web;

import coop.relais.insertion.ExitOutcome;
import coop.relais.insertion.FundersReport;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.Zones;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.text.DateInput;
import coop.relais.shared.text.TypedText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The funders' figures, for admins: on the page for a period (the last twelve months by default), and as CSV and a
 * one-page PDF summary. Counts only: no name of anyone.
 */
@Controller
class FundersReportPagesController {

    private final FundersReport report;
    private final MessageSource messages;
    private final Clock clock;

    FundersReportPagesController(FundersReport report, MessageSource messages, Clock clock) {
        this.report = report;
        this.messages = messages;
        this.clock = clock;
    }

    private record Period(LocalDate from, LocalDate to) {}

    private Period period(String from, String to) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.DEFAULT));
        LocalDate end = TypedText.date(to, "insertion.report.period");
        LocalDate start = TypedText.date(from, "insertion.report.period");
        end = end == null ? today : end;
        return new Period(start == null ? end.minusYears(1).plusDays(1) : start, end);
    }

    @GetMapping("/insertion/report")
    String page(
            CurrentUser user,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        admin(user);
        Period p = period(from, to);
        model.addAttribute("figures", report.figures(user, p.from(), p.to()));
        model.addAttribute("from", DateInput.format(p.from()));
        model.addAttribute("to", DateInput.format(p.to()));
        model.addAttribute("outcomes", ExitOutcome.values());
        return "insertion/report";
    }

    @GetMapping("/insertion/report.csv")
    ResponseEntity<byte[]> csv(
            CurrentUser user, @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        admin(user);
        Period p = period(from, to);
        StringBuilder csv = new StringBuilder("indicateur;valeur\n");
        lines(report.figures(user, p.from(), p.to()), Locale.ROOT, true)
                .forEach(l -> csv.append(l).append('\n'));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"insertion-" + p.from() + "-" + p.to() + ".csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/insertion/report.pdf")
    ResponseEntity<byte[]> pdf(
            CurrentUser user,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale) {
        admin(user);
        Period p = period(from, to);
        FundersReport.Figures figures = report.figures(user, p.from(), p.to());
        List<String> text = new ArrayList<>();
        text.add(messages.getMessage(
                "insertion.report.pdfTitle",
                new Object[] {DateInput.format(p.from()), DateInput.format(p.to())},
                locale));
        text.add("");
        text.addAll(lines(figures, locale, false));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "application/pdf")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"insertion-" + p.from() + "-" + p.to() + ".pdf\"")
                .body(pdf(text));
    }

    /** The figures as lines: {@code key;value} for the CSV, {@code label : value} in the reader's words otherwise. */
    private List<String> lines(FundersReport.Figures f, Locale locale, boolean csv) {
        List<String> lines = new ArrayList<>();
        line(lines, csv, locale, "peopleFollowed", String.valueOf(f.peopleFollowed()));
        line(lines, csv, locale, "hoursWorked", f.hoursWorked().toPlainString());
        for (ExitOutcome outcome : ExitOutcome.values()) {
            line(lines, csv, locale, "exit." + outcome, String.valueOf(f.exits().get(outcome)));
        }
        line(lines, csv, locale, "exitsTotal", String.valueOf(f.exitsTotal()));
        line(lines, csv, locale, "dynamicExits", String.valueOf(f.dynamicExits()));
        line(
                lines,
                csv,
                locale,
                "dynamicExitRate",
                f.dynamicExitRate() == null ? "" : f.dynamicExitRate().toPlainString());
        return lines;
    }

    private void line(List<String> lines, boolean csv, Locale locale, String key, String value) {
        if (csv) {
            lines.add(key + ";" + value);
        } else {
            String label = messages.getMessage("insertion.report.figure." + key, null, locale);
            lines.add(label + " : " + (value.isEmpty() ? "-" : value.replace('.', ',')));
        }
    }

    private static byte[] pdf(List<String> lines) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.setLeading(18);
                content.newLineAtOffset(56, PDRectangle.A4.getHeight() - 72);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.getDocumentInformation().setTitle(lines.get(0));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void admin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new NotFoundException("report");
        }
    }
}
