package coop.relais.shared.jdbc;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a row that a unique key may already hold, inside the caller's transaction, without a
 * "count, then insert" race: the insert runs in a savepoint, so when another transaction created the
 * row first the unique violation rolls back the savepoint alone and the caller's transaction goes on.
 * Used for lock rows created on first use and for writes that must happen once (a role grant). Any
 * other broken rule (a foreign key, a check) is not swallowed: it reaches the caller.
 */
@Component
public class RowCreation {

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    RowCreation(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Runs the insert in a savepoint.
     *
     * @return true if this call created the row, false if a unique key already held it
     */
    public boolean insertIfAbsent(String insert, Object... params) {
        try {
            Integer rows =
                    savepoint.execute(status -> jdbc.sql(insert).params(params).update());
            return rows != null && rows > 0;
        } catch (DuplicateKeyException | ConcurrencyFailureException createdMeanwhile) {
            return false;
        }
    }
}
