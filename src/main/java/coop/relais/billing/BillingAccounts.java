package coop.relais.billing;

import coop.relais.billing.internal.Account;
import coop.relais.billing.internal.CertificateRepository;
import coop.relais.billing.internal.Holders;
import coop.relais.billing.internal.Ledger;
import coop.relais.organisation.SiteDirectory;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts (ardoises) people read: a member's own, an organisation's for its client admins, the
 * accounts of a site's members and clients for the desk staff there. An account is opened the first
 * time it is read or charged. Anything outside the reader's reach is "not found".
 */
@Service
@Transactional
public class BillingAccounts {

    /** Lines shown per page of an account, newest first. */
    public static final int PAGE = 50;

    private final Ledger ledger;
    private final Holders holders;
    private final SiteDirectory sites;
    private final CertificateRepository certificates;

    BillingAccounts(Ledger ledger, Holders holders, SiteDirectory sites, CertificateRepository certificates) {
        this.ledger = ledger;
        this.holders = holders;
        this.sites = sites;
        this.certificates = certificates;
    }

    /** The reader's own account. */
    public AccountView mine(CurrentUser reader, Long before) {
        return view(ledger.memberAccount(reader.accountId()), before);
    }

    /** An organisation's account, for its client admins, the staff of its sites and admins. */
    public AccountView ofOrganisation(CurrentUser reader, UUID organisationId, Long before) {
        if (organisationId == null || sites.findClient(organisationId).isEmpty()) {
            throw new NotFoundException("organisation");
        }
        Account account =
                ledger.findByOrganisation(organisationId).orElseGet(() -> ledger.organisationAccount(organisationId));
        return readable(reader, account, before);
    }

    /** A member's account, for the desk staff of the member's sites (and admins). */
    public AccountView ofMember(CurrentUser reader, UUID memberId, Long before) {
        Account account = ledger.findByMember(memberId).orElseGet(() -> {
            // Opened only for someone who may read it, so that guessing ids writes nothing.
            if (memberId == null || !holders.mayRead(reader, HolderKind.MEMBER, memberId)) {
                throw new NotFoundException("account");
            }
            return ledger.memberAccount(memberId);
        });
        return readable(reader, account, before);
    }

    /** An account by its id. */
    @Transactional(readOnly = true)
    public AccountView find(CurrentUser reader, UUID accountId, Long before) {
        return readable(reader, ledger.find(accountId).orElseThrow(() -> new NotFoundException("account")), before);
    }

    /**
     * Accounts whose balance is not the sum of their lines: the reconciliation check. Always empty
     * unless someone wrote to the tables by hand.
     */
    @Transactional(readOnly = true)
    public List<UUID> unreconciled() {
        return ledger.unreconciled();
    }

    private AccountView readable(CurrentUser reader, Account account, Long before) {
        if (!holders.mayRead(reader, account)) {
            throw new NotFoundException("account");
        }
        return view(account, before);
    }

    private AccountView view(Account account, Long before) {
        List<EntryView> rows = ledger.entries(account.id(), before, PAGE + 1);
        List<EntryView> shown = rows.size() > PAGE ? rows.subList(0, PAGE) : rows;
        Long olderFrom = rows.size() > PAGE ? shown.get(shown.size() - 1).number() : null;
        return new AccountView(
                account.id(),
                account.holderKind(),
                account.holderId(),
                holders.name(account),
                account.balance(),
                "EUR",
                shown,
                olderFrom,
                account.memberId() == null ? Money.ZERO : certificates.unpaidPersonalServices(account.id()));
    }
}
