package coop.relais.organisation.internal;

import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The operator's identity and its billing entities, for the head office. */
@Service
@Transactional
public class OperatorAdministration {

    private final OperatorRepository operators;

    OperatorAdministration(OperatorRepository operators) {
        this.operators = operators;
    }

    @Transactional(readOnly = true)
    public Optional<OperatorRepository.StoredOperator> operator(CurrentUser actor) {
        Admins.require(actor);
        return operators.operator();
    }

    /** Records the operator's identity (the first time, creates it). */
    public void changeOperator(CurrentUser actor, OperatorDetails details) {
        Admins.require(actor);
        operators
                .operator()
                .ifPresentOrElse(
                        existing -> operators.updateOperator(existing.id(), details),
                        () -> operators.insertOperator(UUID.randomUUID(), details));
    }

    @Transactional(readOnly = true)
    public List<OperatorRepository.StoredBillingEntity> billingEntities(CurrentUser actor) {
        Admins.require(actor);
        return operators.billingEntities();
    }

    @Transactional(readOnly = true)
    public OperatorRepository.StoredBillingEntity billingEntity(CurrentUser actor, UUID id) {
        Admins.require(actor);
        return operators.billingEntity(id).orElseThrow(() -> new NotFoundException("billing entity"));
    }

    public UUID addBillingEntity(CurrentUser actor, BillingEntityDetails details) {
        Admins.require(actor);
        UUID operatorId = operators
                .operator()
                .map(OperatorRepository.StoredOperator::id)
                .orElseThrow(() -> new DomainException("organisation.operator.missing"));
        UUID id = UUID.randomUUID();
        operators.insertBillingEntity(id, operatorId, details);
        return id;
    }

    public void changeBillingEntity(CurrentUser actor, UUID id, BillingEntityDetails details) {
        Admins.require(actor);
        operators.billingEntity(id).orElseThrow(() -> new NotFoundException("billing entity"));
        operators.updateBillingEntity(id, details);
    }
}
