package coop.relais.billing;

import coop.relais.billing.internal.Account;
import coop.relais.billing.internal.CheckoutRepository;
import coop.relais.billing.internal.CheckoutRepository.Checkout;
import coop.relais.billing.internal.DemoGateway;
import coop.relais.billing.internal.Holders;
import coop.relais.billing.internal.Ledger;
import coop.relais.billing.internal.NewEntry;
import coop.relais.billing.internal.PaymentGateway;
import coop.relais.billing.internal.PaymentGateway.CheckoutRequest;
import coop.relais.billing.internal.PaymentGateway.GatewayEvent;
import coop.relais.billing.internal.PaymentGateway.OpenedCheckout;
import coop.relais.billing.internal.PaymentRepository;
import coop.relais.billing.internal.PaymentRepository.StoredPayment;
import coop.relais.identity.AccountDirectory;
import coop.relais.notification.EmailRequested;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.PublicLinks;
import coop.relais.shared.Zones;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paying an account's balance online: the holder opens a checkout with the payment provider and pays
 * on its page; the account is credited only when the provider's signed webhook says the checkout is
 * paid, never on the browser's return. Each provider event is applied once, however many times and
 * however concurrently it is delivered, and a checkout is credited once whatever events report it.
 */
@Service
public class OnlinePayments {

    private static final Logger log = LoggerFactory.getLogger(OnlinePayments.class);

    /** The provider events that say a checkout was paid. */
    private static final Set<String> PAID_EVENTS =
            Set.of("checkout.session.completed", "checkout.session.async_payment_succeeded");

    private final PaymentGateway gateway;
    private final CheckoutRepository checkouts;
    private final PaymentRepository payments;
    private final Ledger ledger;
    private final Holders holders;
    private final SiteDirectory sites;
    private final PublicLinks links;
    private final AccountDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    OnlinePayments(
            PaymentGateway gateway,
            CheckoutRepository checkouts,
            PaymentRepository payments,
            Ledger ledger,
            Holders holders,
            SiteDirectory sites,
            PublicLinks links,
            AccountDirectory people,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.people = people;
        this.events = events;
        this.gateway = gateway;
        this.checkouts = checkouts;
        this.payments = payments;
        this.ledger = ledger;
        this.holders = holders;
        this.sites = sites;
        this.links = links;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Whether payments go through the demo provider (no money moves). */
    public boolean demo() {
        return gateway instanceof DemoGateway;
    }

    /**
     * Opens a checkout for what the account owes, for its holder: the member themself, or a client admin
     * of the organisation.
     */
    public CheckoutView open(CurrentUser holder, UUID accountId) {
        Account account = transactions.execute(status -> holderAccount(holder, accountId));
        if (account.balance().isZero() || account.balance().isNegative()) {
            throw new DomainException("billing.payment.nothingOwed");
        }
        UUID id = UUID.randomUUID();
        OpenedCheckout opened = gateway.open(new CheckoutRequest(
                id,
                account.balance(),
                "Relais — ardoise de " + holders.name(account),
                holder.email(),
                links.to("/tab?checkout=" + id),
                links.to("/tab")));
        Checkout checkout = new Checkout(
                id,
                gateway.name(),
                opened.sessionId(),
                account.id(),
                account.balance(),
                false,
                holder.accountId(),
                clock.instant());
        transactions.executeWithoutResult(status -> checkouts.insert(checkout));
        return view(checkout, opened.url());
    }

    /** A checkout its holder opened (to show whether the provider confirmed it). */
    public CheckoutView checkout(CurrentUser holder, UUID checkoutId) {
        Checkout checkout = transactions.execute(status -> checkouts
                .find(checkoutId)
                .filter(c -> c.openedBy().equals(holder.accountId()))
                .orElseThrow(() -> new NotFoundException("checkout")));
        return view(checkout, null);
    }

    /**
     * Applies a webhook from the provider named {@code gatewayName}, once its signature is checked.
     *
     * @return true if it was applied now; false if it had been applied before or says nothing to apply
     */
    public boolean receive(String gatewayName, String payload, String signature) {
        if (!gateway.name().equals(gatewayName)) {
            throw new NotFoundException("gateway");
        }
        GatewayEvent event = gateway.verify(payload, signature);
        return Boolean.TRUE.equals(transactions.execute(status -> apply(event)));
    }

    /** The header that carries the webhook's signature for the provider in use. */
    public String signatureHeader() {
        return gateway.signatureHeader();
    }

    /** For the demo provider's page: the checkout its holder is paying. */
    public CheckoutView demoCheckout(CurrentUser holder, String sessionId) {
        if (!demo()) {
            throw new NotFoundException("checkout");
        }
        return transactions.execute(status -> checkouts
                .findBySession(DemoGateway.NAME, sessionId)
                .filter(c -> c.openedBy().equals(holder.accountId()))
                .map(c -> view(c, null))
                .orElseThrow(() -> new NotFoundException("checkout")));
    }

    /**
     * The demo provider's "Payer" button: it sends its signed webhook through the same path as a real
     * provider's, then the person returns to their tab.
     */
    public CheckoutView payOnDemo(CurrentUser holder, String sessionId) {
        CheckoutView checkout = demoCheckout(holder, sessionId);
        DemoGateway demoGateway = (DemoGateway) gateway;
        DemoGateway.SignedEvent paid = demoGateway.paid(
                sessionId, checkout.amount().amount().movePointRight(2).longValueExact());
        receive(DemoGateway.NAME, paid.payload(), paid.signature());
        return checkout;
    }

    private Boolean apply(GatewayEvent event) {
        Instant now = clock.instant();
        if (!checkouts.firstDelivery(gateway.name(), event.id(), event.type(), now)) {
            return false;
        }
        if (!PAID_EVENTS.contains(event.type()) || !event.paid() || event.sessionId() == null) {
            return false;
        }
        Checkout checkout =
                checkouts.findBySession(gateway.name(), event.sessionId()).orElse(null);
        if (checkout == null) {
            log.warn(
                    "A {} event says session {} is paid, but no checkout of Relais has it",
                    gateway.name(),
                    event.sessionId());
            return false;
        }
        Account account = ledger.lock(checkout.accountId());
        if (!checkouts.markPaid(checkout.id(), now)) {
            return false;
        }
        String receipt = payments.nextReceiptNumber(
                LocalDate.ofInstant(now, Zones.DEFAULT).getYear());
        UUID paymentId = UUID.randomUUID();
        payments.insert(new StoredPayment(
                paymentId,
                receipt,
                account.id(),
                checkout.amount(),
                PaymentMethod.ONLINE,
                null,
                holders.name(account),
                null,
                null,
                now,
                null,
                null,
                checkout.id()));
        ledger.post(
                account.id(),
                NewEntry.payment(
                        paymentId, "Paiement en ligne — reçu " + receipt, receipt, null, checkout.amount(), now));
        if (account.holderKind() == HolderKind.MEMBER) {
            Money owed = ledger.find(account.id()).orElseThrow().balance();
            people.find(account.memberId()).filter(m -> m.email() != null).ifPresent(member -> {
                Locale locale = "en".equals(member.language()) ? Locale.forLanguageTag("en-IE") : Locale.FRANCE;
                NumberFormat euros = NumberFormat.getCurrencyInstance(locale);
                events.publishEvent(new EmailRequested(
                        "payment:" + paymentId + ":received",
                        member.id(),
                        member.email(),
                        member.language(),
                        "billing/payment-received",
                        "billing.mail.paid.subject",
                        new Object[] {receipt},
                        BillingNotifications.CATEGORY,
                        Map.of(
                                "recipientName", member.displayName(),
                                "amount", euros.format(checkout.amount().amount()),
                                "receiptNumber", receipt,
                                "balance", euros.format((owed.isNegative() ? Money.ZERO : owed).amount()),
                                "link", links.to("/receipts/" + paymentId))));
            });
        }
        return true;
    }

    private Account holderAccount(CurrentUser holder, UUID accountId) {
        Account account = accountId == null ? null : ledger.find(accountId).orElse(null);
        if (account == null || !holders.mayRead(holder, account)) {
            throw new NotFoundException("account");
        }
        boolean own = account.holderKind() == HolderKind.MEMBER
                ? account.memberId().equals(holder.accountId())
                : holder.actsFor(Role.CLIENT_ADMIN, account.organisationId());
        if (!own) {
            throw new coop.relais.shared.AccessDeniedException("Only the holder pays their account online");
        }
        return account;
    }

    private CheckoutView view(Checkout checkout, String url) {
        return new CheckoutView(
                checkout.id(),
                checkout.gateway(),
                checkout.sessionId(),
                url,
                checkout.accountId(),
                checkout.amount(),
                checkout.paid());
    }
}
