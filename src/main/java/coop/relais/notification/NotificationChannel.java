package coop.relais.notification;

/** How a message reaches a person; opt-outs are chosen per category and per channel. */
public enum NotificationChannel {
    /** An e-mail, through the outbox. */
    EMAIL,
    /** A notice in the in-app notification centre. */
    IN_APP
}
