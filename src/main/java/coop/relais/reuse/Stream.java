package coop.relais.reuse;

/** Where sorted goods go out to. */
public enum Stream {
    /** Priced and put in the shop. */
    REUSE,
    /** Sent to be repaired. */
    REPAIR,
    /** Given to a recycling stream (textile collector, electrical take-back...). */
    RECYCLING,
    /** Thrown away. */
    DISPOSAL
}
