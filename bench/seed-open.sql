-- The Bastide desk's open work on a busy day, seeded once: 60 orders placed over the last four days,
-- 15 to accept, 15 at the provider, 20 ready for pickup and 10 late at the provider.
INSERT INTO customer_order (id, reference, site_id, member_id, member_name, placed_by, offer_id, service_name, price_model, unit,
    unit_price, vat_rate, lead_time_days, days_offered, employer_percent, site_owner_percent, offer_provider_id, provider_id, status,
    quantity, note, total_amount, priced_at, due_on, placed_at, updated_at, closed_at, pickup_attempts, pickup_locked, handover_method, last_seq)
SELECT gen_random_uuid(), 'OPEN-' || lpad(g::text, 9, '0'), '5e000000-0000-4000-8000-000000000001',
    a.id, a.display_name, a.id, '0f000000-0000-4000-8000-000000000001', 'Pressing — chemise', 'PER_UNIT', 'ITEM', 3.90, 20, 2,
    '1,2,3,4,5,6', 0, 0, '9e000000-0000-4000-8000-000000000001',
    CASE WHEN g > 15 THEN '9e000000-0000-4000-8000-000000000001'::uuid END,
    CASE WHEN g <= 15 THEN 'SUBMITTED' WHEN g <= 30 OR g > 50 THEN 'DISPATCHED' ELSE 'READY' END,
    1 + g % 3, NULL, 3.90 * (1 + g % 3), now(),
    CASE WHEN g > 50 THEN current_date - 2 ELSE current_date + 2 END,
    now() - ((g % 4) || ' days')::interval, now(), NULL, 0, FALSE, NULL, 1
FROM generate_series(1, 60) g
JOIN account a ON a.email = 'bench' || lpad(((g % 32) + 1)::text, 2, '0') || '@relais.test';
ANALYZE customer_order;
