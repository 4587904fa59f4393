package coop.relais.billing.internal;

import coop.relais.billing.PlanView;
import coop.relais.billing.SubscriptionView;
import coop.relais.shared.Money;
import coop.relais.shared.jdbc.Instants;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, their bands and the organisations' subscriptions. */
@Repository
public class SubscriptionRepository {

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertPlan(PlanView plan, Instant at) {
        jdbc.sql("""
                        INSERT INTO billing_plan (id, name, site_kind, base_fee, vat_rate, included_requests,
                               included_copier_pages, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        plan.id(),
                        plan.name(),
                        plan.siteKind(),
                        plan.baseFee().amount(),
                        plan.vatRate(),
                        plan.quotas().requests(),
                        plan.quotas().copierPages(),
                        Instants.param(at))
                .update();
        for (PlanView.Band band : plan.bands()) {
            jdbc.sql("INSERT INTO billing_plan_band (plan_id, min_headcount, per_head_fee) VALUES (?, ?, ?)")
                    .params(plan.id(), band.minHeadcount(), band.perHeadFee().amount())
                    .update();
        }
    }

    public boolean planNamed(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_plan WHERE LOWER(name) = LOWER(?)")
                        .param(name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<PlanView> plans() {
        return jdbc
                .sql("SELECT id FROM billing_plan WHERE active = TRUE ORDER BY site_kind, name")
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> plan(id).orElseThrow())
                .toList();
    }

    public Optional<PlanView> plan(UUID id) {
        List<PlanView.Band> bands = jdbc.sql(
                        "SELECT min_headcount, per_head_fee FROM billing_plan_band WHERE plan_id = ? ORDER BY min_headcount")
                .param(id)
                .query((rs, n) -> new PlanView.Band(rs.getInt(1), Money.of(rs.getBigDecimal(2))))
                .list();
        return jdbc.sql("""
                        SELECT id, name, site_kind, base_fee, vat_rate, included_requests, included_copier_pages
                        FROM billing_plan WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new PlanView(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("site_kind"),
                        Money.of(rs.getBigDecimal("base_fee")),
                        rs.getBigDecimal("vat_rate"),
                        bands,
                        new PlanView.Quotas(rs.getInt("included_requests"), rs.getInt("included_copier_pages"))))
                .optional();
    }

    /** The plan the organisation is subscribed to on that day, if any. */
    public Optional<PlanView> planOn(UUID organisationId, LocalDate day) {
        return jdbc.sql("""
                        SELECT plan_id FROM billing_subscription
                        WHERE organisation_id = ? AND starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?)
                        ORDER BY starts_on DESC LIMIT 1""")
                .params(organisationId, day, day)
                .query(UUID.class)
                .optional()
                .flatMap(this::plan);
    }

    /** The organisation's subscription without an end, if any, locked until the transaction ends. */
    public Optional<SubscriptionView> openSubscription(UUID organisationId) {
        return jdbc.sql("""
                        SELECT id, organisation_id, plan_id, headcount, starts_on, ends_on FROM billing_subscription
                        WHERE organisation_id = ? AND ends_on IS NULL FOR UPDATE""")
                .param(organisationId)
                .query((rs, n) -> row(rs))
                .optional()
                .map(this::withPlan);
    }

    /** The subscriptions that cover at least one day from {@code from} to {@code to}. */
    public List<SubscriptionView> overlapping(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT id, organisation_id, plan_id, headcount, starts_on, ends_on FROM billing_subscription
                        WHERE starts_on <= ? AND (ends_on IS NULL OR ends_on >= ?) ORDER BY organisation_id, starts_on""").params(to, from).query((rs, n) -> row(rs)).list().stream()
                .map(this::withPlan)
                .toList();
    }

    public List<SubscriptionView> ofOrganisation(UUID organisationId) {
        return jdbc.sql("""
                        SELECT id, organisation_id, plan_id, headcount, starts_on, ends_on FROM billing_subscription
                        WHERE organisation_id = ? ORDER BY starts_on DESC""").param(organisationId).query((rs, n) -> row(rs)).list().stream()
                .map(this::withPlan)
                .toList();
    }

    public void end(UUID subscriptionId, LocalDate lastDay) {
        jdbc.sql("UPDATE billing_subscription SET ends_on = ? WHERE id = ?")
                .params(lastDay, subscriptionId)
                .update();
    }

    public void insert(UUID id, UUID organisationId, UUID planId, int headcount, LocalDate startsOn, Instant at) {
        jdbc.sql("""
                        INSERT INTO billing_subscription (id, organisation_id, plan_id, headcount, starts_on, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, organisationId, planId, headcount, startsOn, Instants.param(at))
                .update();
    }

    private record Row(
            UUID id, UUID organisationId, UUID planId, int headcount, LocalDate startsOn, LocalDate endsOn) {}

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                rs.getInt("headcount"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class));
    }

    private SubscriptionView withPlan(Row row) {
        return new SubscriptionView(
                row.id(),
                row.organisationId(),
                plan(row.planId()).orElseThrow(),
                row.headcount(),
                row.startsOn(),
                row.endsOn());
    }
}
