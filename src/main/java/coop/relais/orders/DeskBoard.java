package coop.relais.orders;

import coop.relais.organisation.ProviderView;
import coop.relais.organisation.SiteView;
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
}
