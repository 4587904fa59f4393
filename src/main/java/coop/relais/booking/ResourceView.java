package coop.relais.booking;

import coop.relais.shared.Money;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A shared resource of a site and its rules, as pages and the API show it.
 *
 * @param minMinutes the shortest booking
 * @param maxMinutes the longest booking, back-to-back bookings of one person counted together
 * @param noticeMinutes how long before it starts a booking must be made
 * @param horizonDays how many days ahead one may book
 * @param opensAt the first bookable time of a day, in the site's time zone
 * @param closesAt when the last booking of a day must end
 * @param pricePerHour VAT included; null when free
 * @param blocked taken out of service: refuses every booking
 * @param checkInGraceMinutes for a room, how long after its start a booking may still be checked in
 *     before it is released as a no-show; null when no check-in is asked
 * @param vehicle what a vehicle has more; null for rooms and equipment
 * @param policy buffers, approval, notice to change or cancel, quota and who may book
 */
public record ResourceView(
        UUID id,
        UUID siteId,
        String name,
        ResourceKind kind,
        String description,
        Integer capacity,
        int minMinutes,
        int maxMinutes,
        int noticeMinutes,
        int horizonDays,
        LocalTime opensAt,
        LocalTime closesAt,
        Money pricePerHour,
        boolean blocked,
        ZoneId timeZone,
        Integer checkInGraceMinutes,
        Vehicle vehicle,
        Policy policy) {

    /** A resource with the default policy: no buffer, no approval, no quota, open to the site. */
    public ResourceView(
            UUID id,
            UUID siteId,
            String name,
            ResourceKind kind,
            String description,
            Integer capacity,
            int minMinutes,
            int maxMinutes,
            int noticeMinutes,
            int horizonDays,
            LocalTime opensAt,
            LocalTime closesAt,
            Money pricePerHour,
            boolean blocked,
            ZoneId timeZone,
            Integer checkInGraceMinutes,
            Vehicle vehicle) {
        this(
                id,
                siteId,
                name,
                kind,
                description,
                capacity,
                minMinutes,
                maxMinutes,
                noticeMinutes,
                horizonDays,
                opensAt,
                closesAt,
                pricePerHour,
                blocked,
                timeZone,
                checkInGraceMinutes,
                vehicle,
                Policy.OPEN);
    }

    /**
     * @param bufferBeforeMinutes kept free before each booking (cleaning, handover)
     * @param bufferAfterMinutes kept free after each booking
     * @param approvalRequired a booking waits for the site's approval (PENDING) before it is confirmed
     * @param editNoticeMinutes how long before its start a booking may still be changed
     * @param cancelNoticeMinutes how long before its start a booking may still be cancelled
     * @param quota how much one person (or one company) may book per week or month; null: no quota
     * @param companies when not empty, only the employees of these companies (and the site's staff) may book
     * @param paidBy who pays the bookings: the member, or their employer (free for the member, inside the
     *     company's subscription)
     */
    public record Policy(
            int bufferBeforeMinutes,
            int bufferAfterMinutes,
            boolean approvalRequired,
            int editNoticeMinutes,
            int cancelNoticeMinutes,
            Quota quota,
            java.util.Set<UUID> companies,
            PaidBy paidBy) {

        public static final Policy OPEN = new Policy(0, 0, false, 0, 0, null, java.util.Set.of());

        public Policy {
            companies = companies == null ? java.util.Set.of() : java.util.Set.copyOf(companies);
            paidBy = paidBy == null ? PaidBy.MEMBER : paidBy;
        }

        /** A policy whose bookings the member pays. */
        public Policy(
                int bufferBeforeMinutes,
                int bufferAfterMinutes,
                boolean approvalRequired,
                int editNoticeMinutes,
                int cancelNoticeMinutes,
                Quota quota,
                java.util.Set<UUID> companies) {
            this(
                    bufferBeforeMinutes,
                    bufferAfterMinutes,
                    approvalRequired,
                    editNoticeMinutes,
                    cancelNoticeMinutes,
                    quota,
                    companies,
                    PaidBy.MEMBER);
        }
    }

    public enum PaidBy {
        MEMBER,
        EMPLOYER
    }

    /**
     * At most {@code minutes} booked and at most {@code bookings} bookings (either may be null) per
     * calendar {@code period} in the site's zone, per member or per company; cancelled ones count if said.
     */
    public record Quota(
            QuotaPeriod period, QuotaScope scope, Integer minutes, Integer bookings, boolean countsCancelled) {}

    public enum QuotaPeriod {
        WEEK,
        MONTH
    }

    public enum QuotaScope {
        MEMBER,
        COMPANY
    }

    /**
     * @param odometerKm as read at the last return
     * @param pricePerKm VAT included, on top of the price per hour; null when km are not charged
     */
    public record Vehicle(String plate, Energy energy, int odometerKm, Money pricePerKm) {}

    public enum Energy {
        FUEL,
        ELECTRIC
    }

    /** The same resource, kept for the employees of these companies. */
    public ResourceView withCompanies(java.util.Set<UUID> companies) {
        return new ResourceView(
                id,
                siteId,
                name,
                kind,
                description,
                capacity,
                minMinutes,
                maxMinutes,
                noticeMinutes,
                horizonDays,
                opensAt,
                closesAt,
                pricePerHour,
                blocked,
                timeZone,
                checkInGraceMinutes,
                vehicle,
                new Policy(
                        policy.bufferBeforeMinutes(),
                        policy.bufferAfterMinutes(),
                        policy.approvalRequired(),
                        policy.editNoticeMinutes(),
                        policy.cancelNoticeMinutes(),
                        policy.quota(),
                        companies,
                        policy.paidBy()));
    }

    public boolean asksCheckIn() {
        return kind == ResourceKind.ROOM && checkInGraceMinutes != null;
    }
}
