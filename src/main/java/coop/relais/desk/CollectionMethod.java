package coop.relais.desk;

/** How the person collecting a parcel proved their right to it. */
public enum CollectionMethod {
    /** Gave the one-time pickup code. */
    CODE,
    /** Showed an ID: the member or a proxy the member allowed. */
    ID_CHECK
}
