package coop.relais.organisation;

/** What a paying client organisation is (PRODUCT §2). */
public enum ClientKind {
    EMPLOYER,
    SITE_OWNER,
    SOCIAL_LANDLORD,
    LOCAL_AUTHORITY,
    OTHER
}
