package coop.relais.identity.internal;

/** The sensitive actions recorded in the audit log (labels: {@code identity.audit.action.<NAME>}). */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_LOCKED,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    PROFILE_UPDATED,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED,
    INVITATION_SENT,
    INVITATION_REVOKED,
    INVITATION_ACCEPTED,
    SIGNUP_REQUESTED,
    SIGNUP_COMPLETED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED
}
