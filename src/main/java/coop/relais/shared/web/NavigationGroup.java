package coop.relais.shared.web;

/**
 * What a person is doing when they follow a link (DESIGN.md rule 2). A module puts each of its
 * links in one group; when a role has more than {@link NavigationMenu#FLAT_LIMIT} links, the top
 * bar shows the groups, each opening onto its links, instead of the links themselves.
 */
public enum NavigationGroup {
    /** The counter's daily work: board, parcels, requests, journal, copiers. */
    COUNTER,
    /** What members, providers and client organisations use: catalogue, orders, parcels, missions. */
    SERVICES,
    /** Neighbourhood life: directory, events, exchange. */
    COMMUNITY,
    /** Tabs, invoices, payments. */
    BILLING,
    /** What a site manager sets up for their site: catalogue, team, settings. */
    MY_SITE,
    /** The operator's back office. */
    ADMINISTRATION;

    /** The group's name in the messages bundle. */
    public String messageKey() {
        return "layout.group." + name();
    }
}
