package coop.relais.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.orders.OrderLine;
import coop.relais.shared.Money;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayerSplitTests {

    private static final UUID EMPLOYER = UUID.randomUUID();
    private static final UUID SITE_OWNER = UUID.randomUUID();
    private static final BigDecimal VAT = new BigDecimal("20");

    private static PayerTerms terms(String employerPercent, String cap, String siteOwnerPercent) {
        return new PayerTerms(
                EMPLOYER,
                new BigDecimal(employerPercent),
                cap == null ? null : Money.euros(cap),
                SITE_OWNER,
                new BigDecimal(siteOwnerPercent));
    }

    private static OrderLine line(int quantity, String unitPrice, PayerTerms terms, String used) {
        return PayerSplit.line(
                1, "Pressing — chemise", quantity, Money.euros(unitPrice), VAT, terms, Money.euros(used));
    }

    @Test
    void theMemberPaysEverythingByDefault() {
        OrderLine line = line(3, "3.90", terms("0", null, "0"), "0");
        assertThat(line.amount()).isEqualTo(Money.euros("11.70"));
        assertThat(line.memberAmount()).isEqualTo(Money.euros("11.70"));
        assertThat(line.employerAmount()).isEqualTo(Money.ZERO);
        assertThat(line.employerId()).isNull();
        assertThat(line.siteOwnerId()).isNull();
        assertThat(line.vatRate()).isEqualByComparingTo("20");
    }

    @Test
    void theEmployerSubsidisesAPercentage() {
        OrderLine line = line(3, "3.90", terms("50", null, "0"), "0");
        assertThat(line.employerAmount()).isEqualTo(Money.euros("5.85"));
        assertThat(line.memberAmount()).isEqualTo(Money.euros("5.85"));
        assertThat(line.employerId()).isEqualTo(EMPLOYER);
    }

    @Test
    void roundingNeverLosesACent() {
        // 3 × 3.33 = 9.99; 50 % is 4.995 → 5.00 for the employer, the member pays the remaining 4.99.
        OrderLine line = line(3, "3.33", terms("50", null, "0"), "0");
        assertThat(line.employerAmount().plus(line.memberAmount())).isEqualTo(Money.euros("9.99"));
        assertThat(line.employerAmount()).isEqualTo(Money.euros("5.00"));
        assertThat(line.memberAmount()).isEqualTo(Money.euros("4.99"));
        // One cent split 50/50 between two organisations: nobody pays a negative share.
        OrderLine cent = line(1, "0.01", terms("50", null, "50"), "0");
        assertThat(cent.memberAmount().isNegative()).isFalse();
        assertThat(cent.siteOwnerAmount().plus(cent.employerAmount()).plus(cent.memberAmount()))
                .isEqualTo(Money.euros("0.01"));
    }

    @Test
    void theMonthlyCapReachedMidOrderMakesTheMemberPayTheRest() {
        // 10 shirts at 3.90 = 39.00, half would be 19.50, but only 30 − 22 = 8.00 of the cap is left.
        OrderLine line = line(10, "3.90", terms("50", "30.00", "0"), "22.00");
        assertThat(line.amount()).isEqualTo(Money.euros("39.00"));
        assertThat(line.employerAmount()).isEqualTo(Money.euros("8.00"));
        assertThat(line.memberAmount()).isEqualTo(Money.euros("31.00"));
    }

    @Test
    void aCapAlreadyReachedOrExceededLeavesEverythingToTheMember() {
        assertThat(line(2, "3.90", terms("50", "30.00", "0"), "30.00").employerAmount())
                .isEqualTo(Money.ZERO);
        OrderLine over = line(2, "3.90", terms("50", "30.00", "0"), "31.50");
        assertThat(over.employerAmount()).isEqualTo(Money.ZERO);
        assertThat(over.employerId()).isNull();
        assertThat(over.memberAmount()).isEqualTo(Money.euros("7.80"));
    }

    @Test
    void underTheCapTheEmployerPaysItsFullPercentage() {
        OrderLine line = line(2, "3.90", terms("50", "30.00", "0"), "10.00");
        assertThat(line.employerAmount()).isEqualTo(Money.euros("3.90"));
    }

    @Test
    void noEmployerNoSubsidy() {
        PayerTerms withoutEmployer =
                new PayerTerms(null, new BigDecimal("50"), Money.euros("30"), null, BigDecimal.ZERO);
        OrderLine line = line(2, "3.90", withoutEmployer, "0");
        assertThat(line.employerAmount()).isEqualTo(Money.ZERO);
        assertThat(line.memberAmount()).isEqualTo(Money.euros("7.80"));
    }

    @Test
    void theSiteOwnerPaysCommonServicesAndSplitsCombine() {
        OrderLine common = line(1, "35.00", terms("0", null, "100"), "0");
        assertThat(common.siteOwnerAmount()).isEqualTo(Money.euros("35.00"));
        assertThat(common.siteOwnerId()).isEqualTo(SITE_OWNER);
        assertThat(common.memberAmount()).isEqualTo(Money.ZERO);

        OrderLine split = line(1, "20.00", terms("30", null, "50"), "0");
        assertThat(split.siteOwnerAmount()).isEqualTo(Money.euros("10.00"));
        assertThat(split.employerAmount()).isEqualTo(Money.euros("6.00"));
        assertThat(split.memberAmount()).isEqualTo(Money.euros("4.00"));
    }
}
