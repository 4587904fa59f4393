package coop.relais.desk;

/** The size of what arrived, from a letter to a large parcel. */
public enum ParcelSize {
    LETTER,
    SMALL,
    MEDIUM,
    LARGE
}
