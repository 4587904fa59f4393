package coop.relais.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Signs a person out everywhere by deleting their web sessions (kept in the database): after a
 * deactivation, a revoked role or a new password, old sessions must not keep the old rights.
 */
@Component
public class SessionTerminator {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account (by its e-mail, the principal name), except {@code keepSessionId}. */
    public int endSessions(String email, String keepSessionId) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null || email == null) {
            return 0;
        }
        int ended = 0;
        for (String id : repository.findByPrincipalName(Emails.normalise(email)).keySet()) {
            if (!id.equals(keepSessionId)) {
                repository.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
