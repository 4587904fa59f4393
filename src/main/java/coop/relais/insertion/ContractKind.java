package coop.relais.insertion;

/** The work-integration contract: atelier et chantier d'insertion, entreprise d'insertion, temporary-work one, other. */
public enum ContractKind {
    ACI,
    EI,
    ETTI,
    OTHER
}
