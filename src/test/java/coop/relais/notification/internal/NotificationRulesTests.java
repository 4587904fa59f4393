package coop.relais.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.relais.notification.NotificationCategory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class NotificationRulesTests {

    private static final Instant T0 = Instant.parse("2026-05-12T08:00:00Z");

    @Test
    void retriesAfterOneTwoFourMinutesAndNeverMoreThanAnHourApart() {
        RetryBackoff backoff = new RetryBackoff(12);
        List<Long> minutes = IntStream.rangeClosed(1, 10)
                .mapToObj(backoff::delayAfter)
                .map(Duration::toMinutes)
                .toList();
        assertThat(minutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L, 60L);
        assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.delayAfter(0)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        RetryBackoff backoff = new RetryBackoff(8);
        assertThat(backoff.nextAttempt(1, T0)).contains(T0.plus(Duration.ofMinutes(1)));
        assertThat(backoff.nextAttempt(3, T0)).contains(T0.plus(Duration.ofMinutes(4)));
        assertThat(backoff.nextAttempt(7, T0)).contains(T0.plus(Duration.ofHours(1)));
        assertThat(backoff.nextAttempt(8, T0)).isEmpty();
        assertThat(backoff.nextAttempt(9, T0)).isEmpty();
        assertThatThrownBy(() -> new RetryBackoff(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWholeScheduleOfEightAttemptsLastsAboutTwoHours() {
        RetryBackoff backoff = new RetryBackoff(8);
        Duration total =
                IntStream.rangeClosed(1, 7).mapToObj(backoff::delayAfter).reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isEqualTo(Duration.ofMinutes(1 + 2 + 4 + 8 + 16 + 32 + 60));
    }

    @Test
    void errorsAreShortSingleLinesWithoutStackTraces() {
        var error = new MailSendException(
                "Mail server connection failed",
                new RuntimeException("Connection refused\n\tat java.net.Socket.connect(Socket.java:1)"));
        String text = OutboxSender.describe(error);
        assertThat(text)
                .startsWith("MailSendException (RuntimeException): Connection refused")
                .doesNotContain("\n")
                .doesNotContain("\t");
        assertThat(OutboxSender.describe(new RuntimeException("x".repeat(5_000))))
                .hasSizeLessThanOrEqualTo(300);
    }

    @Test
    void categoryKeysAreShortLowerCaseCodes() {
        assertThat(new NotificationCategory("orders", "notification.category.orders").key())
                .isEqualTo("orders");
        assertThat(new NotificationCategory("sel-exchange", "x").key()).isEqualTo("sel-exchange");
        for (String bad : new String[] {"", "Orders", "a b", "x".repeat(41), "<b>", "1st"}) {
            assertThatThrownBy(() -> new NotificationCategory(bad, "label"))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void noticeLinksStayInsideRelais() {
        assertThat(NoticeInbox.safeLink("/orders/123")).isEqualTo("/orders/123");
        assertThat(NoticeInbox.safeLink("/desk/parcels?tab=ready#p1")).isEqualTo("/desk/parcels?tab=ready#p1");
        assertThat(NoticeInbox.safeLink(null)).isNull();
        for (String bad : new String[] {
            "https://evil.example/",
            "//evil.example/x",
            "/\\evil.example",
            "javascript:alert(1)",
            "orders/1",
            "/a b",
            "/x\n",
            "/" + "a".repeat(600)
        }) {
            assertThat(NoticeInbox.safeLink(bad)).as(bad).isNull();
        }
    }

    @Test
    void noticeArgumentsKeepNumbersAndShortenLongTexts() {
        String json = NoticeArguments.write(
                new Object[] {"CMD-2026-000123", 3, new BigDecimal("12.50"), null, "x".repeat(1_000)});
        List<Object> back = NoticeArguments.read(json);
        assertThat(back.get(0)).isEqualTo("CMD-2026-000123");
        assertThat(back.get(1)).isEqualTo(BigInteger.valueOf(3));
        assertThat(back.get(2)).isEqualTo(new BigDecimal("12.50"));
        assertThat(back.get(3)).isNull();
        assertThat((String) back.get(4)).hasSize(NoticeArguments.MAX_LENGTH);
        assertThat(NoticeArguments.read(NoticeArguments.write(new Object[30]))).hasSize(NoticeArguments.MAX_COUNT);
        assertThat(NoticeArguments.read("not json")).isEmpty();
    }
}
