package coop.relais.organisation;

/** What a partner provider is: a social-economy structure, a local business or a public service. */
public enum ProviderKind {
    SSE,
    LOCAL_BUSINESS,
    PUBLIC
}
