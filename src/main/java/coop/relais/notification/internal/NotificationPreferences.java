package coop.relais.notification.internal;

import coop.relais.notification.NotificationCategory;
import coop.relais.notification.NotificationChannel;
import coop.relais.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** What each person chose to receive, per category and channel. Everything is on until turned off. */
@Service
public class NotificationPreferences {

    /** One category with the person's choice for each channel. */
    public record Choice(NotificationCategory category, boolean email, boolean inApp) {}

    private final PreferenceRepository preferences;
    private final NotificationCategories categories;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NotificationPreferences(
            PreferenceRepository preferences,
            NotificationCategories categories,
            TransactionTemplate transactions,
            Clock clock) {
        this.preferences = preferences;
        this.categories = categories;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Whether a message of this category may reach the account by this channel. Messages with no
     * category or no account (password reset, invitation) always go.
     */
    public boolean wants(UUID accountId, String category, NotificationChannel channel) {
        if (accountId == null || category == null) {
            return true;
        }
        return preferences.wants(accountId, category, channel);
    }

    /** The person's choices for every known category. */
    public List<Choice> choicesOf(CurrentUser user) {
        Set<String> off = preferences.optedOut(user.accountId());
        return categories.all().stream()
                .map(category -> new Choice(
                        category,
                        !off.contains(category.key() + ":" + NotificationChannel.EMAIL),
                        !off.contains(category.key() + ":" + NotificationChannel.IN_APP)))
                .toList();
    }

    /**
     * Saves the person's choices: the categories listed are on for that channel, every other known
     * category is off. Unknown category keys are ignored.
     */
    public void save(CurrentUser user, Set<String> emailOn, Set<String> inAppOn) {
        try {
            write(user.accountId(), emailOn, inAppOn);
        } catch (DuplicateKeyException raced) {
            // The same form saved twice at once: the other save created the rows, update them.
            write(user.accountId(), emailOn, inAppOn);
        }
    }

    private void write(UUID accountId, Set<String> emailOn, Set<String> inAppOn) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        transactions.executeWithoutResult(status -> {
            for (NotificationCategory category : categories.all()) {
                preferences.set(
                        accountId, category.key(), NotificationChannel.EMAIL, emailOn.contains(category.key()), now);
                preferences.set(
                        accountId, category.key(), NotificationChannel.IN_APP, inAppOn.contains(category.key()), now);
            }
        });
    }
}
