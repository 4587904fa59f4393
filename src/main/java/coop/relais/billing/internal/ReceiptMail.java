package coop.relais.billing.internal;

import coop.relais.billing.PaymentView;
import coop.relais.identity.AccountSummary;
import coop.relais.notification.EmailRequested;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.PublicLinks;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;

/** A desk payment's receipt, e-mailed to the member who paid it: once per payment, whatever the clicks. */
@org.springframework.stereotype.Component
public class ReceiptMail {

    private final SiteDirectory sites;
    private final PublicLinks links;
    private final ApplicationEventPublisher events;

    ReceiptMail(SiteDirectory sites, PublicLinks links, ApplicationEventPublisher events) {
        this.sites = sites;
        this.links = links;
        this.events = events;
    }

    public void send(PaymentView payment, AccountSummary member) {
        events.publishEvent(new EmailRequested(
                "payment:" + payment.id() + ":receipt",
                member.id(),
                member.email(),
                member.language(),
                "billing/receipt",
                "billing.mail.receipt.subject",
                new Object[] {payment.receiptNumber()},
                null,
                receiptModel(payment, member.displayName(), member.language())));
    }

    private Map<String, Object> receiptModel(PaymentView payment, String recipientName, String language) {
        Locale locale = "en".equals(language) ? Locale.forLanguageTag("en-IE") : Locale.FRANCE;
        NumberFormat euros = NumberFormat.getCurrencyInstance(locale);
        ZoneId zone = sites.zoneOf(payment.siteId());
        return Map.of(
                "recipientName", recipientName,
                "receiptNumber", payment.receiptNumber(),
                "amount", euros.format(payment.amount().amount()),
                "method", payment.method().name(),
                "takenAt",
                        DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                                .format(payment.takenAt().atZone(zone)),
                "siteName", payment.siteName(),
                "balance", euros.format(payment.balanceAfter().amount()),
                "link", links.to("/receipts/" + payment.id()));
    }
}
