package coop.relais.billing.internal;

import coop.relais.billing.BillingNotifications;
import coop.relais.billing.internal.CertificateRepository.StoredCertificate;
import coop.relais.identity.AccountSummary;
import coop.relais.notification.EmailRequested;
import coop.relais.shared.PublicLinks;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The e-mail that tells a member their yearly tax certificate is available, sent once per certificate. */
@Component
public class CertificateMail {

    private final ApplicationEventPublisher events;
    private final PublicLinks links;

    CertificateMail(ApplicationEventPublisher events, PublicLinks links) {
        this.events = events;
        this.links = links;
    }

    /** Queues the e-mail in the same transaction as the certificate (the outbox sends it after commit). */
    public void certificateAvailable(AccountSummary member, StoredCertificate certificate) {
        if (member.email() == null) {
            return;
        }
        Locale locale = "en".equals(member.language()) ? Locale.forLanguageTag("en-IE") : Locale.FRANCE;
        events.publishEvent(new EmailRequested(
                "certificate:" + certificate.id() + ":available",
                member.id(),
                member.email(),
                member.language(),
                "billing/certificate-available",
                "billing.mail.certificate.subject",
                new Object[] {certificate.year()},
                BillingNotifications.CATEGORY,
                Map.of(
                        "recipientName", member.displayName(),
                        "year", String.valueOf(certificate.year()),
                        "amount",
                                NumberFormat.getCurrencyInstance(locale)
                                        .format(certificate.amountPaid().amount()),
                        "link", links.to("/tab#certificates"))));
    }
}
