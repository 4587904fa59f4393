package coop.relais.identity;

import coop.relais.identity.internal.AuditAction;
import coop.relais.identity.internal.AuditLog;
import coop.relais.shared.security.CurrentUser;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The audit trail of sensitive personal data kept by other modules (work integration): who read or changed whose
 * record, and what was erased. Written in the caller's transaction, read on the admin's audit page.
 */
@Service
public class SensitiveData {

    private final AuditLog audit;

    SensitiveData(AuditLog audit) {
        this.audit = audit;
    }

    /** Someone read a work-integration record. */
    public void insertionRead(CurrentUser reader, UUID personId) {
        audit.record(reader, AuditAction.INSERTION_RECORD_READ, "insertion:" + personId, null);
    }

    /** Someone changed a work-integration record; {@code what} says what (a meeting, a validation…). */
    public void insertionChanged(CurrentUser actor, UUID personId, String what) {
        audit.record(actor, AuditAction.INSERTION_RECORD_CHANGED, "insertion:" + personId, what);
    }

    /** The retention job erased a person's details; nobody acted. */
    public void insertionErased(UUID personId) {
        audit.record((CurrentUser) null, AuditAction.INSERTION_DATA_ERASED, "insertion:" + personId, null);
    }
}
