package coop.relais.insertion.internal;

import coop.relais.desk.DeskWorkDone;
import coop.relais.insertion.EvidenceKind;
import coop.relais.orders.OrderAction;
import coop.relais.orders.OrderStatusChanged;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts the work a followed person does at the desk as evidence of their skills: orders accepted and handed over,
 * parcels put on the shelf and handed over, the desk opened and closed, requests done. Only the person's own work
 * while they are on their path; each piece of work once, whatever the number of deliveries of its event (the
 * source's id under a unique index). Work by anyone not followed leaves no trace here.
 */
@Component
class DeskEvidence {

    private final InsertionRepository repository;
    private final SkillEvidenceRepository skills;

    DeskEvidence(InsertionRepository repository, SkillEvidenceRepository skills) {
        this.repository = repository;
        this.skills = skills;
    }

    @ApplicationModuleListener
    void on(OrderStatusChanged change) {
        EvidenceKind kind = change.action() == OrderAction.ACCEPT
                ? EvidenceKind.ORDER_ACCEPTED
                : change.action() == OrderAction.DELIVER ? EvidenceKind.ORDER_HANDED_OVER : null;
        if (kind != null) {
            count(change.actorId(), kind, change.orderId(), change.at());
        }
    }

    @ApplicationModuleListener
    void on(DeskWorkDone work) {
        count(work.actorId(), EvidenceKind.valueOf(work.kind().name()), work.sourceId(), work.at());
    }

    private void count(UUID actorId, EvidenceKind kind, UUID sourceId, Instant at) {
        if (actorId == null || sourceId == null) {
            return;
        }
        repository
                .personOfAccount(actorId)
                .filter(person -> person.exitOn() == null)
                .ifPresent(person -> skills.evidence(person.id(), kind, sourceId, at));
    }
}
