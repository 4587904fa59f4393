package coop.relais.orders.internal;

import static coop.relais.orders.internal.OrderFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.orders.OrderStatus;
import coop.relais.shared.DomainException;
import coop.relais.shared.PickupCodePolicy;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PickupCodeTests {

    static final PickupCodePolicy CODES = PickupCodePolicy.allowing(PickupCodePolicy.DEFAULT_MAX_ATTEMPTS);

    @Test
    void codesAreSixDigitsAndNotRepeated() {
        PickupCodePolicy codes = CODES;
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
        assertThat(order.deliverWithCode(staff, " " + CODE + " ", "Lucien", NOW, CODES))
                .isEqualTo(Order.CodeCheck.DELIVERED);
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.data().pickupCode()).isNull();
        assertThat(order.data().handover()).isEqualTo(Handover.CODE);
        assertThatThrownBy(() -> order.deliverWithCode(staff, CODE, null, NOW, CODES))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void fiveWrongCodesLockItAndOnlyTheIdCheckRemains() {
        Order order = orderIn(OrderStatus.READY);
        for (int i = 1; i <= 4; i++) {
            assertThat(order.deliverWithCode(staff, "000000", null, NOW, CODES)).isEqualTo(Order.CodeCheck.WRONG_CODE);
            assertThat(order.data().pickupAttempts()).isEqualTo(i);
        }
        assertThat(order.deliverWithCode(staff, "111111", null, NOW, CODES)).isEqualTo(Order.CodeCheck.LOCKED_NOW);
        assertThat(order.data().pickupLocked()).isTrue();
        assertThat(order.data().pickupCode()).isNull();
        assertThat(order.recordedSteps()).extracting(Step::action).containsExactly(Step.CODE_LOCKED);
        // Even the right code is refused now.
        assertThatThrownBy(() -> order.deliverWithCode(staff, CODE, null, NOW, CODES))
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
    void theNumberOfTriesIsTheConfiguredOne() {
        PickupCodePolicy threeTries = PickupCodePolicy.allowing(3);
        Order order = orderIn(OrderStatus.READY);
        assertThat(order.deliverWithCode(staff, "000000", null, NOW, threeTries))
                .isEqualTo(Order.CodeCheck.WRONG_CODE);
        assertThat(order.deliverWithCode(staff, "000000", null, NOW, threeTries))
                .isEqualTo(Order.CodeCheck.WRONG_CODE);
        assertThat(order.deliverWithCode(staff, "000000", null, NOW, threeTries))
                .isEqualTo(Order.CodeCheck.LOCKED_NOW);
        assertThat(threeTries.triesLeft(order.data().pickupAttempts())).isZero();
    }

    @Test
    void codesUniqueAmongThoseInUseAreDrawnAgain() {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            taken.add(CODES.newCode(taken::contains));
        }
        assertThat(taken).hasSize(50);
        assertThatThrownBy(() -> CODES.newCode(code -> true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PickupCodePolicy.allowing(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyTheDeskHandsOver() {
        Order order = orderIn(OrderStatus.READY);
        assertThatThrownBy(() -> order.deliverWithCode(member, CODE, null, NOW, CODES))
                .isInstanceOf(coop.relais.shared.AccessDeniedException.class);
        assertThatThrownBy(() -> order.deliverWithCode(provider, CODE, null, NOW, CODES))
                .isInstanceOf(coop.relais.shared.AccessDeniedException.class);
        assertThat(order.data().pickupAttempts()).isZero();
    }

    @Test
    void anEmptyCodeIsNotATry() {
        Order order = orderIn(OrderStatus.READY);
        assertThatThrownBy(() -> order.deliverWithCode(staff, "   ", null, NOW, CODES))
                .hasMessage("orders.error.codeRequired");
        assertThat(order.data().pickupAttempts()).isZero();
    }
}
