/**
 * Notification: e-mails written to an outbox in the transaction that causes them and sent by a
 * background sender, and the in-app notification centre. Modules ask for a message by publishing
 * {@link coop.relais.notification.EmailRequested} or {@link coop.relais.notification.NoticeRequested}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package coop.relais.notification;
