-- Adds :n closed orders of history (delivered, one in ten cancelled) to the Bastide desk, spread over
-- the last 400 days, for the bench members. The desk's open work is seeded once by seed-open.sql:
-- history grows with time, a day's work at the desk does not. Run with psql -v n=...
INSERT INTO customer_order (id, reference, site_id, member_id, member_name, placed_by, offer_id, service_name, price_model, unit,
    unit_price, vat_rate, lead_time_days, days_offered, employer_percent, site_owner_percent, offer_provider_id, provider_id, status,
    quantity, note, total_amount, priced_at, due_on, placed_at, updated_at, closed_at, pickup_attempts, pickup_locked, handover_method, last_seq)
SELECT gen_random_uuid(), 'SEED-' || lpad(g::text, 9, '0') || substr(md5(random()::text), 1, 4), '5e000000-0000-4000-8000-000000000001',
    a.id, a.display_name, a.id, '0f000000-0000-4000-8000-000000000001', 'Pressing — chemise', 'PER_UNIT', 'ITEM', 3.90, 20, 2,
    '1,2,3,4,5,6', 0, 0, '9e000000-0000-4000-8000-000000000001',
    CASE WHEN g % 10 <> 5 THEN '9e000000-0000-4000-8000-000000000001'::uuid END,
    CASE WHEN g % 10 = 5 THEN 'CANCELLED' ELSE 'DELIVERED' END,
    1, NULL, 3.90, now(), current_date - (g % 400)::int + 2, now() - ((g % 400) || ' days')::interval, now(),
    now() - ((g % 400) || ' days')::interval, 0, FALSE,
    CASE WHEN g % 10 <> 5 THEN 'CODE' END, 1
FROM generate_series(1, :n) g
JOIN account a ON a.email = 'bench' || lpad(((g % 32) + 1)::text, 2, '0') || '@relais.test';
ANALYZE customer_order;
