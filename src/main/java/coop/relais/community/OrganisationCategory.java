package coop.relais.community;

/** What a local organisation of the directory is. */
public enum OrganisationCategory {
    ASSOCIATION,
    BUSINESS,
    PUBLIC_SERVICE,
    HEALTH,
    OTHER
}
