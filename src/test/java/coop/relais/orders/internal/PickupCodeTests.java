package coop.relais.orders.internal;

import static coop.relais.orders.internal.OrderFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.orders.OrderStatus;
import coop.relais.shared.DomainException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PickupCodeTests {

    @Test
    void codesAreSixDigitsAndNotRepeated() {
        PickupCodes codes = new PickupCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = codes.newCode();
            assertThat(code).matches("\\d{6}");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(190);
    }

    @Test
    void theRightCodeHandsOverOnceAndIsThenForgotten() {
        Order order = orderIn(OrderStatus.READY);
        assertThat(order.deliverWithCode(staff, " " + CODE + " ", "Lucien", NOW))
                .isEqualTo(Order.CodeCheck.DELIVERED);
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.data().pickupCode()).isNull();
        assertThat(order.data().handover()).isEqualTo(Handover.CODE);
        assertThatThrownBy(() -> order.deliverWithCode(staff, CODE, null, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void fiveWrongCodesLockItAndOnlyTheIdCheckRemains() {
        Order order = orderIn(OrderStatus.READY);
        for (int i = 1; i <= 4; i++) {
            assertThat(order.deliverWithCode(staff, "000000", null, NOW)).isEqualTo(Order.CodeCheck.WRONG_CODE);
            assertThat(order.data().pickupAttempts()).isEqualTo(i);
        }
        assertThat(order.deliverWithCode(staff, "111111", null, NOW)).isEqualTo(Order.CodeCheck.LOCKED_NOW);
        assertThat(order.data().pickupLocked()).isTrue();
        assertThat(order.data().pickupCode()).isNull();
        assertThat(order.recordedSteps()).extracting(Step::action).containsExactly(Step.CODE_LOCKED);
        // Even the right code is refused now.
        assertThatThrownBy(() -> order.deliverWithCode(staff, CODE, null, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("orders.error.codeLocked");
        assertThatThrownBy(() -> order.deliverWithIdCheck(staff, "  ", NOW))
                .hasMessage("orders.error.collectorRequired");
        order.deliverWithIdCheck(staff, "Lucien Garreau (CNI)", NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.data().handover()).isEqualTo(Handover.ID_CHECK);
        assertThat(order.data().collectedBy()).isEqualTo("Lucien Garreau (CNI)");
    }

    @Test
    void onlyTheDeskHandsOver() {
        Order order = orderIn(OrderStatus.READY);
        assertThatThrownBy(() -> order.deliverWithCode(member, CODE, null, NOW))
                .isInstanceOf(coop.relais.shared.AccessDeniedException.class);
        assertThatThrownBy(() -> order.deliverWithCode(provider, CODE, null, NOW))
                .isInstanceOf(coop.relais.shared.AccessDeniedException.class);
        assertThat(order.data().pickupAttempts()).isZero();
    }

    @Test
    void anEmptyCodeIsNotATry() {
        Order order = orderIn(OrderStatus.READY);
        assertThatThrownBy(() -> order.deliverWithCode(staff, "   ", null, NOW))
                .hasMessage("orders.error.codeRequired");
        assertThat(order.data().pickupAttempts()).isZero();
    }
}
