package coop.relais.desk;

import static coop.relais.shared.demo.DemoIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.identity.internal.RelaisUserDetailsService;
import coop.relais.shared.Money;
import coop.relais.shared.security.CurrentUser;
import coop.relais.shared.security.CurrentUserSource;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The contract of the desk events billing consumes: {@link RequestCompleted} and
 * {@link CopierUsageRecorded}, each published by the real action with the fields a charge needs.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class DeskEventContractTests {

    @Autowired
    RequestManagement requests;

    @Autowired
    CopierManagement copiers;

    @Autowired
    RelaisUserDetailsService users;

    @Autowired
    DeskJournal journal;

    private CurrentUser demo(String email) {
        return ((CurrentUserSource) users.loadUserByUsername(email)).currentUser();
    }

    @Test
    void completingARequestPublishesRequestCompletedWithItsPrice(Scenario scenario) {
        CurrentUser landlord = demo("bailleur@relais.test");
        CurrentUser concierge = demo("concierge@relais.test");
        RequestView filed = requests.file(
                landlord,
                new FileRequest(
                        CLIENT_HABITAT_GARONNE,
                        OFFER_BASTIDE_BADGE,
                        2,
                        "Mme Contrat " + UUID.randomUUID(),
                        null,
                        null,
                        null));

        scenario.stimulate(() -> requests.complete(concierge, filed.id(), "Badges activés"))
                .andWaitForEventOfType(RequestCompleted.class)
                .matching(e -> e.requestId().equals(filed.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.siteId()).isEqualTo(SITE_BASTIDE);
                    assertThat(event.organisationId()).isEqualTo(CLIENT_HABITAT_GARONNE);
                    assertThat(event.offerId()).isEqualTo(OFFER_BASTIDE_BADGE);
                    assertThat(event.reference()).isEqualTo(filed.reference());
                    assertThat(event.serviceName()).isNotBlank();
                    assertThat(event.quantity()).isEqualTo(2);
                    assertThat(event.amount()).isEqualTo(Money.euros("24.00"));
                    assertThat(event.vatRate()).isEqualByComparingTo("20");
                    assertThat(event.completedAt()).isNotNull();
                });
    }

    @Test
    void aCopierReadingPublishesCopierUsageRecordedWithPagesAndAmounts(Scenario scenario) {
        CurrentUser manager = demo("gerante@relais.test");
        CopierView copier = copiers.addCopier(
                manager,
                new NewCopier(
                        SITE_ECOTONE,
                        "Copieur " + UUID.randomUUID(),
                        null,
                        new BigDecimal("0.015"),
                        new BigDecimal("0.10"),
                        new BigDecimal("5.5")));
        YearMonth period = YearMonth.now().minusMonths(2);

        scenario.stimulate(() -> copiers.record(
                        manager, copier.id(), new RecordReading(CLIENT_ECOTONE_DESIGN, period, 1_000, 2_000, 100, 150)))
                .andWaitForEventOfType(CopierUsageRecorded.class)
                .matching(e -> e.copierId().equals(copier.id()))
                .toArriveAndVerify((event, reading) -> {
                    assertThat(event.readingId()).isEqualTo(reading.id());
                    assertThat(event.siteId()).isEqualTo(SITE_ECOTONE);
                    assertThat(event.organisationId()).isEqualTo(CLIENT_ECOTONE_DESIGN);
                    assertThat(event.period()).isEqualTo(period);
                    assertThat(event.blackPages()).isEqualTo(1_000);
                    assertThat(event.colourPages()).isEqualTo(50);
                    assertThat(event.blackAmount()).isEqualTo(Money.euros("15.00"));
                    assertThat(event.colourAmount()).isEqualTo(Money.euros("5.00"));
                    assertThat(event.amount()).isEqualTo(Money.euros("20.00"));
                    assertThat(event.vatRate()).isEqualByComparingTo("5.5");
                    assertThat(event.recordedAt()).isNotNull();
                });
    }

    @Test
    void closingTheDeskPublishesDeskClosedWithItsClosingEntry(Scenario scenario) {
        CurrentUser concierge = demo("concierge2@relais.test");
        DeskDayView today = journal.day(concierge, SITE_AQUITAINE, null);
        if (!today.open()) {
            journal.open(concierge, SITE_AQUITAINE, Money.euros("20.00"), null);
        }
        scenario.stimulate(() -> journal.close(concierge, SITE_AQUITAINE, Money.euros("20.00"), null))
                .andWaitForEventOfType(DeskClosed.class)
                .matching(e -> e.siteId().equals(SITE_AQUITAINE))
                .toArriveAndVerify((event, closing) -> {
                    assertThat(event.closingEntryId()).isEqualTo(closing.id());
                    assertThat(event.businessDate()).isEqualTo(closing.businessDate());
                    assertThat(event.closedAt()).isEqualTo(closing.recordedAt());
                });
    }
}
