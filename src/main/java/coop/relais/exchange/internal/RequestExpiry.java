package coop.relais.exchange.internal;

import coop.relais.exchange.Transfers;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Payment requests left alone past their time expire, once each, on one node (ShedLock). */
@Component
class RequestExpiry {

    private final Transfers transfers;

    RequestExpiry(Transfers transfers) {
        this.transfers = transfers;
    }

    @Scheduled(cron = "${relais.exchange.expiry-cron:0 */15 * * * *}")
    @SchedulerLock(name = "exchange-request-expiry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    public void run() {
        transfers.expire();
    }
}
