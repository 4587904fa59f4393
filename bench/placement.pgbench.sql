-- One order placement through POST /api/v1/orders, statement for statement as Relais sends them to
-- PostgreSQL (captured with log_statement = all: placement.captured.txt), for pgbench. The only
-- addition is the first line, a primary-key read of a tiny table that picks a bench caller
-- (bench_caller, made by run-orders-bench.sh) and stands for the bearer token the HTTP client sends,
-- and the one that draws the new ids (the application draws them in Java).
\set m random(1, 32)
SELECT token_hash AS th, member_id AS member FROM bench_caller WHERE n = :m \gset
-- Signing in with the API token (outside the transaction, as the security filter does).
SELECT t.id, t.account_id, t.last_used_at FROM api_token t JOIN account a ON a.id = t.account_id
  WHERE t.token_hash = :th AND t.revoked_at IS NULL AND a.enabled = TRUE;
SELECT id, email, display_name, language, password_hash, enabled FROM account WHERE id = :member;
SELECT id, account_id, role, site_id, organisation_id, granted_at FROM role_grant WHERE account_id = :member ORDER BY granted_at, id;
BEGIN;
SELECT gen_random_uuid() AS idem, gen_random_uuid() AS order_id, gen_random_uuid() AS line_id, gen_random_uuid() AS event_id, now() AS at \gset
SELECT request_hash, order_id FROM order_idempotency WHERE caller_id = :member AND idem_key = :idem;
SELECT o.id, o.site_id, o.service_id, s.name AS service_name, s.description, c.id AS category_id,
       c.name AS category_name, o.provider_id, p.name AS provider_name, o.price_model, o.unit, o.price,
       o.vat_rate, o.lead_time_days, o.days_offered, o.employer_percent, o.employer_monthly_cap,
       o.site_owner_percent, o.site_owner_organisation_id, s.for_organisations,
       (o.active AND s.active AND c.active AND p.active) AS active
  FROM catalogue_offer o
  JOIN catalogue_service s ON s.id = o.service_id
  JOIN catalogue_category c ON c.id = s.category_id
  JOIN provider_organisation p ON p.id = o.provider_id
 WHERE o.id = '0f000000-0000-4000-8000-000000000001';
SELECT id, name, kind, street, postal_code, city, time_zone, phone, email, active FROM site WHERE id = '5e000000-0000-4000-8000-000000000001';
INSERT INTO order_idempotency (caller_id, idem_key, request_hash, order_id, created_at)
  VALUES (:member, :idem, md5(:idem::text), :order_id, :at);
SELECT day_of_week, opens_at, closes_at FROM site_opening_hours WHERE site_id = '5e000000-0000-4000-8000-000000000001' ORDER BY day_of_week, opens_at;
SELECT nextval('order_reference_seq') AS last_value \gset
INSERT INTO customer_order (id, reference, site_id, member_id, member_name, placed_by, offer_id, service_name, price_model, unit,
  unit_price, vat_rate, lead_time_days, days_offered, employer_id, employer_percent, employer_monthly_cap,
  site_owner_id, site_owner_percent, offer_provider_id, provider_id, provider_accepted_at, status, quantity,
  note, quote_amount, total_amount, priced_at, due_on, placed_at, updated_at, closed_at, pickup_code,
  pickup_attempts, pickup_locked, handover_method, collected_by, last_seq) VALUES (:order_id, 'PGB-' || lpad(:last_value::text, 9, '0'),
  '5e000000-0000-4000-8000-000000000001', :member, 'Membre test', :member, '0f000000-0000-4000-8000-000000000001',
  'Pressing — chemise', 'PER_UNIT', 'ITEM', 3.90, 20.00, 2, '1,2,3,4,5,6', NULL, 0.00, NULL, NULL, 0.00,
  '9e000000-0000-4000-8000-000000000001', NULL, NULL, 'SUBMITTED', 1, 'bench', NULL, 3.90, :at, current_date + 2, :at, :at,
  NULL, NULL, 0, FALSE, NULL, NULL, 1);
INSERT INTO order_line (id, order_id, position, description, quantity, unit_price, amount, vat_rate,
    member_amount, employer_amount, employer_id, site_owner_amount, site_owner_id)
  VALUES (:line_id, :order_id, 1, 'Pressing — chemise', 1, 3.90, 3.90, 20.00, 3.90, 0.00, NULL, 0.00, NULL);
INSERT INTO order_event (id, order_id, seq, action, from_status, to_status, actor_id, actor_name,
    actor_role, occurred_at, note)
  VALUES (:event_id, :order_id, 1, 'PLACE', NULL, 'SUBMITTED', :member, 'Membre test', 'MEMBER', :at, NULL);
SELECT id, name, kind, street, postal_code, city, time_zone, phone, email, active FROM site WHERE id = '5e000000-0000-4000-8000-000000000001';
SELECT id, seq, action, from_status, to_status, actor_id, actor_name, actor_role, occurred_at, note
  FROM order_event WHERE order_id = :order_id ORDER BY seq;
SELECT id, note, content_type, size_bytes, added_by, added_at FROM order_proof
 WHERE order_id = :order_id ORDER BY added_at, id;
COMMIT;
