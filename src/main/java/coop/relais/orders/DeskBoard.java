package coop.relais.orders;

import coop.relais.organisation.ProviderView;
import coop.relais.organisation.SiteView;
import java.util.ArrayList;
import java.util.List;

/**
 * The desk board of a site: open orders in columns. A late order shows in the late column only.
 *
 * @param providers the providers serving the site, to dispatch to
 * @param truncated more open orders exist than the board shows
 */
public record DeskBoard(
        SiteView site,
        List<OrderView> toAccept,
        List<OrderView> toDispatch,
        List<OrderView> atProvider,
        List<OrderView> ready,
        List<OrderView> late,
        List<ProviderView> providers,
        boolean truncated) {

    public int total() {
        return toAccept.size() + toDispatch.size() + atProvider.size() + ready.size() + late.size();
    }

    /**
     * The board of these open orders: waiting to be accepted, to be dispatched (again), at a provider,
     * ready for pickup, and late whatever their status.
     */
    static DeskBoard inColumns(SiteView site, List<OrderView> open, List<ProviderView> providers, boolean truncated) {
        List<OrderView> toAccept = new ArrayList<>();
        List<OrderView> toDispatch = new ArrayList<>();
        List<OrderView> atProvider = new ArrayList<>();
        List<OrderView> ready = new ArrayList<>();
        List<OrderView> late = new ArrayList<>();
        for (OrderView order : open) {
            if (order.late()) {
                late.add(order);
                continue;
            }
            switch (order.status()) {
                case SUBMITTED -> toAccept.add(order);
                case ACCEPTED, DECLINED, INCIDENT -> toDispatch.add(order);
                case READY -> ready.add(order);
                default -> atProvider.add(order);
            }
        }
        return new DeskBoard(site, toAccept, toDispatch, atProvider, ready, late, providers, truncated);
    }
}
