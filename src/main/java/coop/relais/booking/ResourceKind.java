package coop.relais.booking;

/** What a shared resource is: a room, a vehicle, or equipment lent out. */
public enum ResourceKind {
    ROOM,
    VEHICLE,
    EQUIPMENT
}
