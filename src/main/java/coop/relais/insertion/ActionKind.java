package coop.relais.insertion;

/** A step on the way to a job: a training, an application, an interview, an immersion (a PMSMP), other. */
public enum ActionKind {
    TRAINING,
    APPLICATION,
    INTERVIEW,
    IMMERSION,
    OTHER
}
