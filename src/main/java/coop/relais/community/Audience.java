package coop.relais.community;

/** Whom an announcement speaks to: everyone of the site, its residents (members with no employer there), or one company's staff. */
public enum Audience {
    EVERYONE,
    RESIDENTS,
    COMPANY
}
