package coop.relais.desk.internal;

import coop.relais.desk.ParcelSettings;
import coop.relais.desk.ParcelStatus;
import coop.relais.identity.AccountDirectory;
import coop.relais.identity.AccountSummary;
import coop.relais.organisation.SiteDirectory;
import coop.relais.organisation.SiteView;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds members of parcels that wait too long and flags those to send back, following each site's
 * settings. Everything it needs is in the database (timestamps on each parcel, e-mail dedup keys), so
 * running it twice, or again after a restart, sends nothing twice.
 */
@Service
public class ParcelReminders {

    private static final Logger log = LoggerFactory.getLogger(ParcelReminders.class);

    private final ParcelRepository parcels;
    private final ParcelSettingsRepository settings;
    private final ParcelNotifier notifier;
    private final AccountDirectory accounts;
    private final SiteDirectory sites;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ParcelReminders(
            ParcelRepository parcels,
            ParcelSettingsRepository settings,
            ParcelNotifier notifier,
            AccountDirectory accounts,
            SiteDirectory sites,
            TransactionTemplate transactions,
            Clock clock) {
        this.parcels = parcels;
        this.settings = settings;
        this.notifier = notifier;
        this.accounts = accounts;
        this.sites = sites;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What one run did. */
    public record Outcome(int notified, int reminded, int flaggedForReturn) {}

    public Outcome runOnce() {
        Instant now = clock.instant();
        Map<UUID, ParcelSettings> settings = new HashMap<>();
        int[] counts = new int[3];
        for (UUID id : parcels.idsForReminders()) {
            try {
                transactions.executeWithoutResult(status -> process(id, now, settings, counts));
            } catch (RuntimeException e) {
                log.warn("Parcel {}: reminder skipped, will retry on the next run", id, e);
            }
        }
        Outcome outcome = new Outcome(counts[0], counts[1], counts[2]);
        if (counts[0] + counts[1] + counts[2] > 0) {
            log.info("Parcel reminders: {}", outcome);
        }
        return outcome;
    }

    private void process(UUID id, Instant now, Map<UUID, ParcelSettings> settingsCache, int[] counts) {
        Optional<Parcel> found = parcels.findForUpdate(id);
        if (found.isEmpty() || !found.get().status().isWaiting()) {
            return;
        }
        Parcel parcel = found.get();
        ParcelSettings settings = settingsCache.computeIfAbsent(
                parcel.siteId(), site -> this.settings.find(site).orElse(ParcelSettings.defaults(site)));
        Optional<SiteView> site = sites.find(parcel.siteId());
        Optional<AccountSummary> recipient = accounts.find(parcel.recipientId());
        if (site.isEmpty() || recipient.isEmpty()) {
            return;
        }
        boolean changed = false;
        if (parcel.status() == ParcelStatus.RECEIVED) {
            notifier.arrived(parcel, site.get(), recipient.get());
            parcel.markNotified(now);
            counts[0]++;
            changed = true;
        }
        if (parcel.returnDue(now, settings)) {
            parcel.flagForReturn(now);
            notifier.returnFlagged(parcel, site.get(), recipient.get());
            counts[2]++;
            changed = true;
        } else if (parcel.reminderDue(now, settings)) {
            notifier.reminder(parcel, site.get(), recipient.get(), settings.returnAfterDays());
            parcel.markReminded(now);
            counts[1]++;
            changed = true;
        }
        if (changed) {
            parcels.update(parcel);
        }
    }
}
