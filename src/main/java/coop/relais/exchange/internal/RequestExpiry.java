package coop.relais.exchange.internal;

import coop.relais.exchange.RequestTerms;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Payment requests left alone: their payers are reminded the day before, and at their term they expire (or
 * are paid, where the SEL says so), once each, on one node (ShedLock).
 */
@Component
class RequestExpiry {

    private final RequestTerms terms;

    RequestExpiry(RequestTerms terms) {
        this.terms = terms;
    }

    @Scheduled(cron = "${relais.exchange.expiry-cron:0 */15 * * * *}")
    @SchedulerLock(name = "exchange-request-expiry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    public void run() {
        terms.remind();
        terms.closeDue();
    }
}
