package coop.relais.desk;

import coop.relais.desk.internal.DeskSites;
import coop.relais.desk.internal.JournalDay;
import coop.relais.desk.internal.JournalEntry;
import coop.relais.desk.internal.JournalRepository;
import coop.relais.organisation.SiteView;
import coop.relais.shared.DomainException;
import coop.relais.shared.Money;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk journal of a site: opening with the cash float, closing with the cash counted (the
 * difference is shown, never corrected silently), hand-over notes and incidents. Append-only: a
 * mistake is corrected by a new entry that references the one it corrects.
 */
@Service
@Transactional
public class DeskJournal {

    public static final int TEXT_MAX = 2000;
    public static final int REASON_MAX = 500;
    public static final Money MAX_CASH = Money.euros("100000");

    private final JournalRepository journal;
    private final DeskSites deskSites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeskJournal(JournalRepository journal, DeskSites deskSites, ApplicationEventPublisher events, Clock clock) {
        this.journal = journal;
        this.deskSites = deskSites;
        this.events = events;
        this.clock = clock;
    }

    /** Today's date at the site. */
    @Transactional(readOnly = true)
    public LocalDate today(CurrentUser actor, UUID siteId) {
        return deskSites.today(deskSites.staffSite(actor, siteId));
    }

    @Transactional(readOnly = true)
    public DeskDayView day(CurrentUser actor, UUID siteId, LocalDate date) {
        SiteView site = deskSites.staffSite(actor, siteId);
        LocalDate day = date == null ? deskSites.today(site) : date;
        return JournalDay.of(journal.day(siteId, day)).view(siteId, day);
    }

    @Transactional(readOnly = true)
    public JournalEntryView entry(CurrentUser actor, UUID entryId) {
        JournalEntry entry = visible(actor, entryId);
        return JournalDay.of(journal.day(entry.siteId(), entry.businessDate())).view(entry);
    }

    /** Opens the desk with the cash float counted in the till. */
    public JournalEntryView open(CurrentUser actor, UUID siteId, Money cashFloat, String note) {
        SiteView site = lockedSite(actor, siteId);
        LocalDate today = deskSites.today(site);
        JournalDay day = JournalDay.of(journal.day(siteId, today));
        if (day.open()) {
            throw new DomainException("desk.journal.alreadyOpen");
        }
        JournalEntryView opening =
                append(site, today, JournalEntryKind.OPENING, cash(cashFloat), text(note, false), null, null, actor);
        events.publishEvent(new DeskWorkDone(
                DeskWorkDone.Kind.DESK_OPENED, opening.id(), siteId, actor.accountId(), opening.recordedAt()));
        return opening;
    }

    /** Closes the desk with the cash counted; the difference with the float is recorded as it is. */
    public JournalEntryView close(CurrentUser actor, UUID siteId, Money cashCounted, String note) {
        SiteView site = lockedSite(actor, siteId);
        LocalDate today = deskSites.today(site);
        JournalDay day = JournalDay.of(journal.day(siteId, today));
        if (!day.open()) {
            throw new DomainException("desk.journal.notOpen");
        }
        JournalEntryView closing =
                append(site, today, JournalEntryKind.CLOSING, cash(cashCounted), text(note, false), null, null, actor);
        events.publishEvent(new DeskClosed(siteId, closing.id(), today, closing.recordedAt()));
        events.publishEvent(new DeskWorkDone(
                DeskWorkDone.Kind.DESK_CLOSED, closing.id(), siteId, actor.accountId(), closing.recordedAt()));
        return closing;
    }

    /**
     * Writes cash taken at the desk against a member's tab, in the transaction that records the payment.
     * The desk must be open (the cash goes into its till); one line per payment.
     *
     * @param payerName who paid, as the journal shows it
     */
    public JournalEntryView recordCashTaken(
            CurrentUser actor, UUID siteId, UUID paymentId, Money amount, String payerName) {
        SiteView site = lockedSite(actor, siteId);
        LocalDate today = deskSites.today(site);
        if (!JournalDay.of(journal.day(siteId, today)).open()) {
            throw new DomainException("desk.journal.cashIn.closed");
        }
        if (amount == null || amount.isNegative() || amount.isZero() || amount.compareTo(MAX_CASH) > 0) {
            throw DomainException.invalid("desk.journal.amount.outOfRange", MAX_CASH.amount());
        }
        JournalEntry entry = new JournalEntry(
                UUID.randomUUID(),
                siteId,
                today,
                JournalEntryKind.CASH_IN,
                clock.instant(),
                actor.accountId(),
                actor.displayName(),
                amount,
                text(payerName, true),
                null,
                null);
        journal.append(entry, paymentId);
        return JournalDay.of(journal.day(siteId, today)).view(entry);
    }

    /** A hand-over note or an incident. */
    public JournalEntryView note(CurrentUser actor, UUID siteId, JournalEntryKind kind, String text) {
        if (kind == null || kind.carriesAmount() || !kind.writtenByHand()) {
            throw DomainException.invalid("desk.journal.kind.invalid");
        }
        SiteView site = lockedSite(actor, siteId);
        return append(site, deskSites.today(site), kind, null, text(text, true), null, null, actor);
    }

    /**
     * Corrects an entry by a new one that references it, with the reason; the entry itself stays as
     * written. Only the latest version of an entry can be corrected.
     */
    public JournalEntryView correct(CurrentUser actor, UUID entryId, Money amount, String text, String reason) {
        JournalEntry wrong = visible(actor, entryId);
        if (!wrong.kind().writtenByHand()) {
            throw new DomainException("desk.journal.cashIn.notCorrectable");
        }
        SiteView site = lockedSite(actor, wrong.siteId());
        JournalDay day = JournalDay.of(journal.day(wrong.siteId(), wrong.businessDate()));
        if (day.corrected(wrong.id())) {
            throw new DomainException("desk.journal.alreadyCorrected");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("desk.journal.reason.required");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw DomainException.invalid("desk.journal.reason.tooLong", REASON_MAX);
        }
        Money newAmount = wrong.kind().carriesAmount() ? cash(amount) : null;
        String newText = text(text, !wrong.kind().carriesAmount());
        return append(site, wrong.businessDate(), wrong.kind(), newAmount, newText, wrong.id(), reason.strip(), actor);
    }

    private JournalEntryView append(
            SiteView site,
            LocalDate date,
            JournalEntryKind kind,
            Money amount,
            String text,
            UUID corrects,
            String reason,
            CurrentUser actor) {
        JournalEntry entry = new JournalEntry(
                UUID.randomUUID(),
                site.id(),
                date,
                kind,
                clock.instant(),
                actor.accountId(),
                actor.displayName(),
                amount,
                text,
                corrects,
                reason);
        journal.append(entry);
        return JournalDay.of(journal.day(site.id(), date)).view(entry);
    }

    private SiteView lockedSite(CurrentUser actor, UUID siteId) {
        SiteView site = deskSites.staffSite(actor, siteId);
        journal.lockSite(
                siteId, ParcelSettings.DEFAULT_REMINDER_DAYS, ParcelSettings.DEFAULT_RETURN_DAYS, Instant.now(clock));
        return site;
    }

    private JournalEntry visible(CurrentUser actor, UUID entryId) {
        return journal.find(entryId)
                .filter(e -> actor.worksAt(e.siteId()))
                .orElseThrow(() -> new NotFoundException("journal entry"));
    }

    private static Money cash(Money amount) {
        if (amount == null) {
            throw DomainException.invalid("desk.journal.amount.required");
        }
        if (amount.isNegative() || amount.compareTo(MAX_CASH) > 0) {
            throw DomainException.invalid("desk.journal.amount.outOfRange", MAX_CASH.amount());
        }
        return amount;
    }

    private static String text(String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw DomainException.invalid("desk.journal.text.required");
            }
            return null;
        }
        if (text.strip().length() > TEXT_MAX) {
            throw DomainException.invalid("desk.journal.text.tooLong", TEXT_MAX);
        }
        return text.strip();
    }
}
