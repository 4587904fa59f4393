package coop.relais.billing.internal;

import coop.relais.billing.BillingNotifications;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.notification.EmailRequested;
import coop.relais.shared.Money;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.security.Role;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;

/** The e-mails of invoicing: each client admin of an organisation is told its invoice is issued. */
@org.springframework.stereotype.Component
public class InvoiceMail {

    private final AccountDirectory people;
    private final ApplicationEventPublisher events;
    private final PublicLinks links;

    InvoiceMail(AccountDirectory people, ApplicationEventPublisher events, PublicLinks links) {
        this.people = people;
        this.events = events;
        this.links = links;
    }

    /** E-mails each client admin of the organisation that its invoice is issued, in the same transaction. */
    public void invoiceIssued(UUID organisationId, UUID invoiceId, String number, Money due, LocalDate dueOn) {
        for (AccountSummary admin : people.holdersForOrganisation(Role.CLIENT_ADMIN, organisationId)) {
            if (admin.email() == null) {
                continue;
            }
            Locale locale = "en".equals(admin.language()) ? Locale.forLanguageTag("en-IE") : Locale.FRANCE;
            events.publishEvent(new EmailRequested(
                    "invoice:" + invoiceId + ":issued:" + admin.id(),
                    admin.id(),
                    admin.email(),
                    admin.language(),
                    "billing/invoice-issued",
                    "billing.mail.invoice.subject",
                    new Object[] {number},
                    BillingNotifications.CATEGORY,
                    Map.of(
                            "recipientName", admin.displayName(),
                            "number", number,
                            "amount", NumberFormat.getCurrencyInstance(locale).format(due.amount()),
                            "dueOn", DateTimeFormatter.ofPattern("dd/MM/yyyy").format(dueOn),
                            "link", links.to("/billing/invoices?organisationId=" + organisationId))));
        }
    }
}
