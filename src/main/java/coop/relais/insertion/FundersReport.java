package coop.relais.insertion;

import coop.relais.insertion.internal.ReportQueries;
import coop.relais.shared.DomainException;
import coop.relais.shared.NotFoundException;
import coop.relais.shared.security.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The operator's figures for its funders over a period, for admins only and aggregated (no name): people
 * followed (a contract running in the period), hours worked (each contract's weekly hours over its days in the
 * period), exits by outcome, and the rate of dynamic exits among them. People whose details were erased after
 * the retention period still count.
 */
@Service
public class FundersReport {

    private final ReportQueries queries;

    FundersReport(ReportQueries queries) {
        this.queries = queries;
    }

    /** The figures of a period. */
    public record Figures(
            LocalDate from,
            LocalDate to,
            long peopleFollowed,
            BigDecimal hoursWorked,
            Map<ExitOutcome, Long> exits,
            long exitsTotal,
            long dynamicExits,
            BigDecimal dynamicExitRate) {}

    public Figures figures(CurrentUser user, LocalDate from, LocalDate to) {
        if (!user.isAdmin()) {
            throw new NotFoundException("report");
        }
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusYears(10).isBefore(to)) {
            throw DomainException.invalid("insertion.report.period");
        }
        BigDecimal hours = BigDecimal.ZERO;
        for (ReportQueries.Running contract : queries.contractsRunning(from, to)) {
            LocalDate start = contract.startsOn().isAfter(from) ? contract.startsOn() : from;
            LocalDate end = contract.endsOn().isBefore(to) ? contract.endsOn() : to;
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            hours = hours.add(contract.weeklyHours().multiply(BigDecimal.valueOf(days)));
        }
        hours = hours.divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP);
        Map<ExitOutcome, Long> exits = new EnumMap<>(ExitOutcome.class);
        for (ExitOutcome outcome : ExitOutcome.values()) {
            exits.put(outcome, 0L);
        }
        queries.exits(from, to).forEach((outcome, count) -> exits.put(outcome, count));
        long total = exits.values().stream().mapToLong(Long::longValue).sum();
        long dynamic = exits.entrySet().stream()
                .filter(e -> e.getKey().dynamic())
                .mapToLong(Map.Entry::getValue)
                .sum();
        BigDecimal rate = total == 0
                ? null
                : BigDecimal.valueOf(dynamic * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        return new Figures(from, to, queries.peopleFollowed(from, to), hours, exits, total, dynamic, rate);
    }
}
