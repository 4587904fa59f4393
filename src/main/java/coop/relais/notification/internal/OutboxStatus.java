package coop.relais.notification.internal;

/** Where an e-mail of the outbox stands. */
public enum OutboxStatus {
    /** Waiting for the sender (now, or at its next attempt after a failure). */
    PENDING,
    /** Claimed by the sender, being handed to the SMTP server. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up (too many failures, refused address, or interrupted mid-send): an admin may resend it. */
    FAILED,
    /** Kept, not sent: no SMTP server is configured. An admin reads it, or resends it once one is. */
    HELD
}
