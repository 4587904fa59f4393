package coop.relais.billing;

/** Who holds an account: a member (a person) or a client organisation. */
public enum HolderKind {
    MEMBER,
    ORGANISATION
}
