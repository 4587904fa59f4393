package coop.relais.insertion;

/**
 * How a person left the integration path. All but {@link #OTHER} are the "sorties dynamiques" funders count:
 * lasting jobs (permanent, fixed-term of six months or more), other jobs, and training leading to a qualification.
 */
public enum ExitOutcome {
    PERMANENT,
    FIXED_TERM_6M,
    QUALIFYING_TRAINING,
    OTHER_JOB,
    OTHER;

    public boolean dynamic() {
        return this != OTHER;
    }
}
