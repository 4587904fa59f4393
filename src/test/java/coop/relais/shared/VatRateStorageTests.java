package coop.relais.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Every table that stores a VAT rate refuses a rate that is not French, whatever wrote it. */
@SpringBootTest
class VatRateStorageTests {

    static final List<String> TABLES_WITH_A_RATE = List.of(
            "catalogue_offer", "customer_order", "order_line", "desk_request", "desk_copier", "desk_copier_reading");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void noTableStoresARateOtherThanTheFrenchOnes() {
        for (String table : TABLES_WITH_A_RATE) {
            for (String rate : List.of("19.6", "7", "100")) {
                assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                            // Every row of the table, made to carry the rate: the check refuses it.
                            long rows = jdbc.sql("SELECT COUNT(*) FROM " + table)
                                    .query(Long.class)
                                    .single();
                            assertThat(rows).as(table + " has demo rows to try").isPositive();
                            jdbc.sql("UPDATE " + table + " SET vat_rate = " + rate)
                                    .update();
                        }))
                        .as(table + " with " + rate)
                        .isInstanceOf(DataIntegrityViolationException.class);
            }
        }
    }
}
