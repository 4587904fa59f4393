package coop.relais;

import static org.assertj.core.api.Assertions.assertThat;

import coop.relais.desk.ParcelStatus;
import coop.relais.desk.RequestStatus;
import coop.relais.orders.OrderStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * One set of words per thing (DESIGN.md rule 1): every status of every object has its word in French
 * and English, the timeline says a step with the word of the status it leads to, and a list filtered
 * by status names the filter with the status's word.
 */
@SpringBootTest
class StatusWordsTests {

    private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    @Autowired
    MessageSource messages;

    private String word(String key, Locale locale) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException missing) {
            return null;
        }
    }

    private void everyStatusHasItsWords(String prefix, Enum<?>[] statuses) {
        for (Locale locale : LANGUAGES) {
            for (Enum<?> status : statuses) {
                assertThat(word(prefix + status.name(), locale))
                        .as(prefix + status.name() + " in " + locale)
                        .isNotBlank();
            }
        }
    }

    @Test
    void everyStatusOfEveryObjectHasItsWords() {
        everyStatusHasItsWords("orders.status.", OrderStatus.values());
        everyStatusHasItsWords("desk.status.", ParcelStatus.values());
        everyStatusHasItsWords("desk.request.status.", RequestStatus.values());
        everyStatusHasItsWords("desk.requests.tab.", RequestStatus.values());
    }

    @Test
    void theTimelineSaysAStepWithTheWordsOfTheStatusItLeadsTo() {
        Map<String, OrderStatus> stepLeadsTo = Map.of(
                "DISPATCH", OrderStatus.DISPATCHED,
                "READY", OrderStatus.READY,
                "DELIVER", OrderStatus.DELIVERED,
                "CANCEL", OrderStatus.CANCELLED,
                "DECLINE", OrderStatus.DECLINED);
        for (Locale locale : LANGUAGES) {
            stepLeadsTo.forEach((step, status) -> assertThat(word("orders.step." + step, locale))
                    .as("step " + step + " in " + locale)
                    .isEqualTo(word("orders.status." + status.name(), locale)));
        }
    }

    @Test
    void aRequestWaitingHasOneWordForTheLandlordAndTheDesk() {
        for (Locale locale : LANGUAGES) {
            assertThat(word("desk.requests.tab.SUBMITTED", locale))
                    .isEqualTo(word("desk.request.status.SUBMITTED", locale));
        }
    }

    @Test
    void anOrderIsFeminineInFrench() {
        // "une commande remise", never "remis"; checked on the past participles a person reads most.
        for (OrderStatus status : List.of(
                OrderStatus.SUBMITTED,
                OrderStatus.ACCEPTED,
                OrderStatus.DISPATCHED,
                OrderStatus.DELIVERED,
                OrderStatus.CANCELLED,
                OrderStatus.DECLINED)) {
            String first = word("orders.status." + status.name(), Locale.FRENCH).split(" ")[0];
            assertThat(first).as(status.name()).endsWith("e");
        }
    }
}
