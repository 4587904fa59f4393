package coop.relais.desk.internal;

import coop.relais.identity.AccountSummary;
import coop.relais.notification.EmailRequested;
import coop.relais.notification.NoticeRequested;
import coop.relais.organisation.SiteView;
import coop.relais.shared.PublicLinks;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells members about their parcels, by e-mail and in the notification centre. Publishes inside the
 * caller's transaction; dedup keys make every message go out once, even if a job runs twice.
 */
@Component
public class ParcelNotifier {

    static final String CATEGORY = "parcels";
    static final String LINK = "/me/parcels";

    private final ApplicationEventPublisher events;
    private final PublicLinks links;

    ParcelNotifier(ApplicationEventPublisher events, PublicLinks links) {
        this.events = events;
        this.links = links;
    }

    public void arrived(Parcel parcel, SiteView site, AccountSummary recipient) {
        events.publishEvent(new EmailRequested(
                "parcel:" + parcel.id() + ":arrived",
                recipient.id(),
                recipient.email(),
                recipient.language(),
                "desk/parcel-arrived",
                "desk.mail.parcelArrived.subject",
                new Object[] {site.name()},
                CATEGORY,
                model(parcel, site, recipient)));
        events.publishEvent(new NoticeRequested(
                "parcel:" + parcel.id() + ":arrived",
                recipient.id(),
                "desk.notice.parcelArrived",
                new Object[] {parcel.carrier(), site.name(), parcel.pickupCode()},
                LINK,
                CATEGORY));
    }

    public void reminder(Parcel parcel, SiteView site, AccountSummary recipient, int returnAfterDays) {
        Map<String, Object> model = model(parcel, site, recipient);
        model.put("returnAfterDays", returnAfterDays);
        events.publishEvent(new EmailRequested(
                "parcel:" + parcel.id() + ":reminder",
                recipient.id(),
                recipient.email(),
                recipient.language(),
                "desk/parcel-reminder",
                "desk.mail.parcelReminder.subject",
                new Object[] {site.name()},
                CATEGORY,
                model));
        events.publishEvent(new NoticeRequested(
                "parcel:" + parcel.id() + ":reminder",
                recipient.id(),
                "desk.notice.parcelReminder",
                new Object[] {parcel.carrier(), site.name()},
                LINK,
                CATEGORY));
    }

    public void returnFlagged(Parcel parcel, SiteView site, AccountSummary recipient) {
        events.publishEvent(new NoticeRequested(
                "parcel:" + parcel.id() + ":return",
                recipient.id(),
                "desk.notice.parcelReturn",
                new Object[] {parcel.carrier(), site.name()},
                LINK,
                CATEGORY));
    }

    static String address(SiteView site) {
        StringBuilder address = new StringBuilder();
        if (site.street() != null) {
            address.append(site.street()).append(", ");
        }
        if (site.postalCode() != null) {
            address.append(site.postalCode()).append(' ');
        }
        if (site.city() != null) {
            address.append(site.city());
        }
        return address.toString().strip();
    }

    private Map<String, Object> model(Parcel parcel, SiteView site, AccountSummary recipient) {
        Map<String, Object> model = new HashMap<>();
        model.put("recipientName", recipient.displayName());
        model.put("siteName", site.name());
        model.put("siteAddress", address(site));
        model.put("carrier", parcel.carrier());
        model.put("trackingNumber", parcel.trackingNumber() == null ? "" : parcel.trackingNumber());
        model.put("pickupCode", parcel.pickupCode());
        model.put("link", links.to(LINK));
        return model;
    }
}
