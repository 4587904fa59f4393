package coop.relais.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.desk.CollectionMethod;
import coop.relais.desk.ParcelSize;
import coop.relais.desk.ParcelStatus;
import coop.relais.shared.DomainException;
import coop.relais.shared.PickupCodePolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A parcel's life on the shelf: received → notified → collected | returned, and the pickup code. */
class ParcelTests {

    static final PickupCodePolicy THREE_TRIES = PickupCodePolicy.allowing(3);

    private static final Instant ARRIVAL = Instant.parse("2026-03-02T08:30:00Z");
    private static final UUID CONCIERGE = UUID.randomUUID();

    private Parcel parcel() {
        return Parcel.receive(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Lucien Garreau",
                "Colissimo",
                "6A12345678901",
                ParcelSize.MEDIUM,
                "G",
                "482913",
                ARRIVAL,
                LocalDate.of(2026, 3, 2),
                CONCIERGE);
    }

    private Parcel notifiedParcel() {
        Parcel parcel = parcel();
        parcel.markNotified(ARRIVAL);
        return parcel;
    }

    @Test
    void aParcelIsReceivedThenNotified() {
        Parcel parcel = parcel();
        assertThat(parcel.status()).isEqualTo(ParcelStatus.RECEIVED);
        assertThat(parcel.pickupCode()).isEqualTo("482913");

        parcel.markNotified(ARRIVAL.plusSeconds(1));

        assertThat(parcel.status()).isEqualTo(ParcelStatus.NOTIFIED);
        assertThat(parcel.notifiedAt()).isEqualTo(ARRIVAL.plusSeconds(1));
        assertThatThrownBy(() -> parcel.markNotified(ARRIVAL))
                .isInstanceOf(DomainException.class)
                .hasMessage("desk.parcel.illegal.NOTIFIED");
    }

    @Test
    void theRightCodeHandsTheParcelOverAndIsUsedUp() {
        Parcel parcel = notifiedParcel();

        parcel.collectWithCode(" 482913 ", "", ARRIVAL.plusSeconds(3600), CONCIERGE, THREE_TRIES);

        assertThat(parcel.status()).isEqualTo(ParcelStatus.COLLECTED);
        assertThat(parcel.collectionMethod()).isEqualTo(CollectionMethod.CODE);
        assertThat(parcel.collectorName()).isEqualTo("Lucien Garreau");
        assertThat(parcel.handedOverBy()).isEqualTo(CONCIERGE);
        assertThat(parcel.pickupCode()).as("one-time code").isNull();
        assertThatThrownBy(() -> parcel.collectWithCode("482913", null, ARRIVAL, CONCIERGE, THREE_TRIES))
                .hasMessage("desk.parcel.illegal.COLLECTED");
    }

    @Test
    void someoneElseMayCollectWithTheCode() {
        Parcel parcel = notifiedParcel();
        parcel.collectWithCode("482913", "Sophie Garreau", ARRIVAL, CONCIERGE, THREE_TRIES);
        assertThat(parcel.collectorName()).isEqualTo("Sophie Garreau");
    }

    @Test
    void wrongCodesAreCountedThenTheCodeLocksAndOnlyAnIdCheckWorks() {
        // A site configured for three tries (relais.pickup-code.max-attempts=3).
        Parcel parcel = notifiedParcel();

        assertThatThrownBy(() -> parcel.collectWithCode("111111", null, ARRIVAL, CONCIERGE, THREE_TRIES))
                .isInstanceOfSatisfying(WrongPickupCode.class, e -> {
                    assertThat(e.remainingTries()).isEqualTo(2);
                    assertThat(e.messageKey()).isEqualTo("desk.parcel.code.wrong");
                });
        assertThatThrownBy(() -> parcel.collectWithCode("222222", null, ARRIVAL, CONCIERGE, THREE_TRIES))
                .isInstanceOfSatisfying(
                        WrongPickupCode.class,
                        e -> assertThat(e.remainingTries()).isEqualTo(1));
        assertThatThrownBy(() -> parcel.collectWithCode("", null, ARRIVAL, CONCIERGE, THREE_TRIES))
                .isInstanceOfSatisfying(WrongPickupCode.class, e -> {
                    assertThat(e.remainingTries()).isZero();
                    assertThat(e.messageKey()).isEqualTo("desk.parcel.code.nowLocked");
                });

        assertThat(parcel.codeLocked()).isTrue();
        assertThatThrownBy(() -> parcel.collectWithCode("482913", null, ARRIVAL, CONCIERGE, THREE_TRIES))
                .as("even the right code, once locked")
                .hasMessage("desk.parcel.code.locked");
        assertThat(parcel.status()).isEqualTo(ParcelStatus.NOTIFIED);

        parcel.collectWithId("Lucien Garreau", List.of(), ARRIVAL, CONCIERGE);
        assertThat(parcel.status()).isEqualTo(ParcelStatus.COLLECTED);
        assertThat(parcel.collectionMethod()).isEqualTo(CollectionMethod.ID_CHECK);
    }

    @Test
    void onAnIdCheckOnlyTheMemberOrAnAllowedProxyMayCollect() {
        Parcel parcel = notifiedParcel();

        assertThatThrownBy(() -> parcel.collectWithId("Jean Inconnu", List.of("Sophie Garreau"), ARRIVAL, CONCIERGE))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("desk.parcel.collector.notAllowed");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                });
        assertThatThrownBy(() -> parcel.collectWithId("  ", List.of(), ARRIVAL, CONCIERGE))
                .hasMessage("desk.parcel.collector.required");

        parcel.collectWithId("  sophie   GARREAU ", List.of("Sophie Garreau"), ARRIVAL, CONCIERGE);
        assertThat(parcel.collectorName()).isEqualTo("sophie   GARREAU");
        assertThat(parcel.status()).isEqualTo(ParcelStatus.COLLECTED);
    }

    @Test
    void namesMatchWhateverTheAccentsAndCase() {
        Parcel parcel = Parcel.receive(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Inès Carvalho",
                "DHL",
                null,
                ParcelSize.SMALL,
                "C",
                "000001",
                ARRIVAL,
                LocalDate.of(2026, 3, 2),
                CONCIERGE);
        parcel.collectWithId("ines carvalho", List.of(), ARRIVAL, CONCIERGE);
        assertThat(parcel.status()).isEqualTo(ParcelStatus.COLLECTED);
    }

    @Test
    void aWaitingParcelCanBeSentBackButNotOnceGone() {
        Parcel parcel = notifiedParcel();
        parcel.markReturned("  non réclamé ", ARRIVAL.plusSeconds(60), CONCIERGE);

        assertThat(parcel.status()).isEqualTo(ParcelStatus.RETURNED);
        assertThat(parcel.returnNote()).isEqualTo("non réclamé");
        assertThat(parcel.pickupCode()).isNull();
        assertThatThrownBy(() -> parcel.collectWithId("Lucien Garreau", List.of(), ARRIVAL, CONCIERGE))
                .hasMessage("desk.parcel.illegal.RETURNED");
        assertThatThrownBy(() -> parcel.markReturned(null, ARRIVAL, CONCIERGE))
                .hasMessage("desk.parcel.illegal.RETURNED");

        Parcel collected = notifiedParcel();
        collected.collectWithCode("482913", null, ARRIVAL, CONCIERGE, THREE_TRIES);
        assertThatThrownBy(() -> collected.markReturned(null, ARRIVAL, CONCIERGE))
                .hasMessage("desk.parcel.illegal.COLLECTED");
    }

    @Test
    void aParcelNeedsACarrierAndAShelf() {
        assertThatThrownBy(() -> Parcel.receive(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "X",
                        " ",
                        null,
                        ParcelSize.LETTER,
                        "A",
                        "123456",
                        ARRIVAL,
                        LocalDate.of(2026, 3, 2),
                        CONCIERGE))
                .hasMessage("desk.parcel.incomplete");
    }
}
