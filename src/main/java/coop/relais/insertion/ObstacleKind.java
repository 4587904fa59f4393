package coop.relais.insertion;

/** What stands between a person and a job, to lift: transport, childcare, health, language, housing, other. */
public enum ObstacleKind {
    TRANSPORT,
    CHILDCARE,
    HEALTH,
    LANGUAGE,
    HOUSING,
    OTHER
}
