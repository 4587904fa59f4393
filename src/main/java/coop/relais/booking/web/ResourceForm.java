package coop.relais.booking.web;

import coop.relais.booking.ResourceEditor;
import coop.relais.booking.ResourceKind;
import coop.relais.booking.ResourceView;
import coop.relais.shared.DomainException;
import coop.relais.shared.text.DateInput;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The form as typed: every value a text, read here, checked by the editor. */
record ResourceForm(
        String name,
        String kind,
        String description,
        String capacity,
        String minMinutes,
        String maxMinutes,
        String noticeMinutes,
        String horizonDays,
        String opensAt,
        String closesAt,
        String pricePerHour,
        String vatRate,
        String checkInGraceMinutes,
        String plate,
        String energy,
        String odometerKm,
        String pricePerKm,
        String bufferBeforeMinutes,
        String bufferAfterMinutes,
        String approvalRequired,
        String editNoticeMinutes,
        String cancelNoticeMinutes,
        String quotaPeriod,
        String quotaScope,
        String quotaHours,
        String quotaBookings,
        String quotaCountsCancelled,
        String paidBy,
        List<String> companies,
        String companiesShown) {

    static ResourceForm of(ResourceView r, BigDecimal vat) {
        ResourceView.Quota q = r.policy().quota();
        return new ResourceForm(
                r.name(),
                r.kind().name(),
                r.description(),
                r.capacity() == null ? "" : r.capacity().toString(),
                String.valueOf(r.minMinutes()),
                String.valueOf(r.maxMinutes()),
                String.valueOf(r.noticeMinutes()),
                String.valueOf(r.horizonDays()),
                r.opensAt().toString(),
                r.closesAt().toString(),
                r.pricePerHour() == null
                        ? ""
                        : r.pricePerHour().amount().toPlainString().replace('.', ','),
                vat.stripTrailingZeros().toPlainString().replace('.', ','),
                r.checkInGraceMinutes() == null ? "" : r.checkInGraceMinutes().toString(),
                r.vehicle() == null ? "" : r.vehicle().plate(),
                r.vehicle() == null ? "" : r.vehicle().energy().name(),
                r.vehicle() == null ? "" : String.valueOf(r.vehicle().odometerKm()),
                r.vehicle() == null || r.vehicle().pricePerKm() == null
                        ? ""
                        : r.vehicle().pricePerKm().amount().toPlainString().replace('.', ','),
                String.valueOf(r.policy().bufferBeforeMinutes()),
                String.valueOf(r.policy().bufferAfterMinutes()),
                r.policy().approvalRequired() ? "on" : null,
                String.valueOf(r.policy().editNoticeMinutes()),
                String.valueOf(r.policy().cancelNoticeMinutes()),
                q == null ? "" : q.period().name(),
                q == null ? "MEMBER" : q.scope().name(),
                q == null || q.minutes() == null ? "" : hours(q.minutes()),
                q == null || q.bookings() == null ? "" : q.bookings().toString(),
                q != null && q.countsCancelled() ? "on" : null,
                r.policy().paidBy().name(),
                r.policy().companies().stream().map(UUID::toString).toList(),
                "on");
    }

    static ResourceForm blank(ResourceKind kind) {
        return new ResourceForm(
                "",
                kind.name(),
                "",
                "",
                "30",
                kind == ResourceKind.ROOM ? "240" : "600",
                "0",
                "60",
                "08:00",
                "20:00",
                "",
                "20",
                kind == ResourceKind.ROOM ? "15" : "",
                "",
                "",
                "",
                "",
                "0",
                "0",
                null,
                "0",
                "0",
                "",
                "MEMBER",
                "",
                "",
                null,
                "MEMBER",
                List.of(),
                "on");
    }

    private static String hours(int minutes) {
        return BigDecimal.valueOf(minutes)
                .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', ',');
    }

    ResourceEditor.Draft draft() {
        BigDecimal hours = decimal(quotaHours, "booking.editor.quota");
        return new ResourceEditor.Draft(
                name,
                choice(ResourceKind.class, kind),
                description,
                integer(capacity, "booking.editor.capacity"),
                integer(minMinutes, "booking.editor.minMinutes"),
                integer(maxMinutes, "booking.editor.maxMinutes"),
                integer(noticeMinutes, "booking.editor.notice"),
                integer(horizonDays, "booking.editor.horizon"),
                time(opensAt),
                time(closesAt),
                decimal(pricePerHour, "booking.editor.price"),
                decimal(vatRate, "booking.editor.vat"),
                integer(checkInGraceMinutes, "booking.editor.grace"),
                plate,
                choice(ResourceView.Energy.class, energy),
                integer(odometerKm, "booking.editor.odometer"),
                decimal(pricePerKm, "booking.editor.price"),
                integer(bufferBeforeMinutes, "booking.editor.buffer"),
                integer(bufferAfterMinutes, "booking.editor.buffer"),
                approvalRequired != null,
                integer(editNoticeMinutes, "booking.editor.notice"),
                integer(cancelNoticeMinutes, "booking.editor.notice"),
                choice(ResourceView.QuotaPeriod.class, quotaPeriod),
                choice(ResourceView.QuotaScope.class, quotaScope),
                hours == null ? null : hours.multiply(BigDecimal.valueOf(60)).intValue(),
                integer(quotaBookings, "booking.editor.quota"),
                quotaCountsCancelled != null,
                choice(ResourceView.PaidBy.class, paidBy),
                companiesShown == null ? null : ids(companies));
    }

    /** The companies ticked; a form without the list (no client at the site) changes nothing. */
    private static Set<UUID> ids(List<String> ticked) {
        Set<UUID> ids = new HashSet<>();
        for (String text : ticked == null ? List.<String>of() : ticked) {
            try {
                ids.add(UUID.fromString(text.strip()));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("booking.editor.company");
            }
        }
        return ids;
    }

    private static Integer integer(String text, String key) {
        String t = text == null ? "" : text.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("\\d{1,9}")) {
            throw DomainException.invalid(key, 0, 0);
        }
        return Integer.valueOf(t);
    }

    private static BigDecimal decimal(String text, String key) {
        String t = text == null ? "" : text.replaceAll("[\\s\\u00a0\\u202f€%]", "");
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("\\d{1,9}([.,]\\d{1,2})?")) {
            throw DomainException.invalid(key, 0, 0);
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    private static LocalTime time(String text) {
        try {
            return DateInput.time(text).orElse(null);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("booking.editor.hours");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text) {
        try {
            return text == null || text.isBlank() ? null : Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("booking.editor.choice");
        }
    }
}
