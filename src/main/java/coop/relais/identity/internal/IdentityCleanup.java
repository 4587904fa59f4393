package coop.relais.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Forgets spent sign-in counters and long-expired links, once an hour, on one instance. */
@Component
class IdentityCleanup {

    private final LoginThrottle throttle;
    private final OneTimeLinkRepository links;
    private final Clock clock;

    IdentityCleanup(LoginThrottle throttle, OneTimeLinkRepository links, Clock clock) {
        this.throttle = throttle;
        this.links = links;
        this.clock = clock;
    }

    @Scheduled(cron = "${relais.identity.cleanup-cron:0 17 * * * *}")
    @SchedulerLock(name = "identity-cleanup")
    @Transactional
    public void cleanUp() {
        throttle.forgetSpent();
        links.deleteExpiredBefore(Instant.now(clock).minus(Duration.ofDays(30)));
    }
}
