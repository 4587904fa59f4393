package coop.relais.notification.web;

import coop.relais.notification.internal.OutboxAdministration;
import coop.relais.notification.internal.OutboxMessage;
import coop.relais.notification.internal.OutboxStatus;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.DomainException;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox for admins: every e-mail Relais wrote, newest first, and each message with its text and
 * HTML bodies. Without an SMTP server this is where the demo's e-mails (an invitation link…) are read.
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxAdminController {

    private static final Pattern HREF =
            Pattern.compile("href=\"(https?://[^\"\\s<>]{1,2000})\"", Pattern.CASE_INSENSITIVE);

    static final String PREVIEW_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
            + " form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final OutboxAdministration outbox;
    private final SiteDirectory sites;

    OutboxAdminController(OutboxAdministration outbox, SiteDirectory sites) {
        this.outbox = outbox;
        this.sites = sites;
    }

    @GetMapping
    String list(
            CurrentUser user,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String recipient,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        OutboxStatus filter = parse(status);
        model.addAttribute("outbox", outbox.page(user, filter, recipient, page));
        model.addAttribute("recipient", recipient == null ? "" : recipient.strip());
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("smtpConfigured", outbox.smtpConfigured());
        model.addAttribute("times", DisplayTimes.in(sites.zoneOf(user)));
        return "notification/outbox";
    }

    @GetMapping("/{id}")
    String message(CurrentUser user, @PathVariable UUID id, Model model) {
        OutboxMessage message = outbox.message(user, id);
        model.addAttribute("message", message);
        model.addAttribute("links", links(message.htmlBody()));
        model.addAttribute("canResend", outbox.canResend(message));
        model.addAttribute("smtpConfigured", outbox.smtpConfigured());
        model.addAttribute("times", DisplayTimes.in(sites.zoneOf(user)));
        return "notification/outbox-message";
    }

    /**
     * The HTML body alone, as its own document under a sandboxing Content-Security-Policy: no script,
     * no form, no request to anywhere (only inline styles and {@code data:} images, as e-mails use),
     * a unique origin. The app's pages keep their strict policy; this is how the admin sees the
     * message as it looks.
     */
    @GetMapping(value = "/{id}/preview", produces = "text/html;charset=UTF-8")
    @ResponseBody
    String preview(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) {
        OutboxMessage message = outbox.message(user, id);
        response.setHeader("Content-Security-Policy", PREVIEW_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        return message.htmlBody();
    }

    @PostMapping("/{id}/resend")
    String resend(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            outbox.resend(user, id);
            Flash.success(redirect, "notification.outbox.resend.done");
        } catch (DomainException refused) {
            Flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/admin/outbox/" + id;
    }

    private static OutboxStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OutboxStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The web links of the message (e.g. an invitation), to follow them from this page. */
    static List<String> links(String html) {
        Set<String> links = new LinkedHashSet<>();
        Matcher matcher = HREF.matcher(html == null ? "" : html);
        while (matcher.find() && links.size() < 20) {
            links.add(matcher.group(1).replace("&amp;", "&"));
        }
        return new ArrayList<>(links);
    }
}
