package coop.relais.desk.web;

import coop.relais.desk.MyParcels;
import coop.relais.desk.ParcelManagement;
import coop.relais.desk.RequestManagement;
import coop.relais.desk.RequestStatus;
import coop.relais.desk.ShelfSummary;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.Role;
import coop.relais.shared.web.WaitingItem;
import coop.relais.shared.web.WaitingWork;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the desk has waiting on a person's home page: a member's parcels to collect; the shelf and
 * the requests to handle for the staff of the site; a client organisation's requests in hand.
 */
@Component
class DeskWaiting implements WaitingWork {

    private final MyParcels myParcels;
    private final ParcelManagement parcels;
    private final RequestManagement requests;

    DeskWaiting(MyParcels myParcels, ParcelManagement parcels, RequestManagement requests) {
        this.myParcels = myParcels;
        this.parcels = parcels;
        this.requests = requests;
    }

    @Override
    public List<WaitingItem> waitingFor(CurrentUser user, UUID siteId) {
        List<WaitingItem> waiting = new ArrayList<>();
        if (user.has(Role.MEMBER)) {
            waiting.add(new WaitingItem(
                    "desk.waiting.myParcels", myParcels.myWaitingParcels(user).size(), "/me/parcels", false));
        }
        if (siteId != null && user.worksAt(siteId)) {
            ShelfSummary shelf = parcels.summary(user, siteId);
            waiting.add(new WaitingItem("desk.waiting.returnDue", shelf.returnDue(), "/desk/parcels", true));
            waiting.add(new WaitingItem("desk.waiting.shelf", shelf.waiting(), "/desk/parcels", false));
            waiting.add(new WaitingItem(
                    "desk.waiting.requests", requests.openCount(user, siteId), "/desk/requests", false));
        }
        if (user.has(Role.CLIENT_ADMIN)) {
            waiting.add(new WaitingItem(
                    "desk.waiting.clientRequests",
                    requests.search(user, null, RequestStatus.SUBMITTED, 0, 1).total(),
                    "/requests",
                    false));
        }
        return waiting;
    }
}
