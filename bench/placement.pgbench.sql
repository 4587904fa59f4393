-- The SQL writes of one order placement, as Relais does them, for pgbench (see README.md).
-- Variables: :member (1..32) picks a bench member; ids come from gen_random_uuid().
\set m random(1, 32)
BEGIN;
INSERT INTO order_idempotency (caller_id, idem_key, request_hash, order_id, created_at)
  SELECT id, gen_random_uuid()::text, md5(random()::text), gen_random_uuid(), now() FROM account WHERE email = 'bench' || lpad(:m::text, 2, '0') || '@relais.test';
UPDATE order_reference_counter SET last_value = last_value + 1 WHERE counter_year = 2026;
UPDATE order_member_lock SET locked_at = now() WHERE member_id = (SELECT id FROM account WHERE email = 'bench' || lpad(:m::text, 2, '0') || '@relais.test');
SELECT COALESCE(SUM(l.employer_amount), 0) FROM order_line l JOIN customer_order o ON o.id = l.order_id
  WHERE o.member_id = (SELECT id FROM account WHERE email = 'bench' || lpad(:m::text, 2, '0') || '@relais.test') AND o.placed_at >= date_trunc('month', now());
WITH member AS (SELECT id, display_name FROM account WHERE email = 'bench' || lpad(:m::text, 2, '0') || '@relais.test'),
     o AS (
  INSERT INTO customer_order (id, reference, site_id, member_id, member_name, placed_by, offer_id, service_name, price_model, unit,
      unit_price, vat_rate, lead_time_days, days_offered, employer_percent, site_owner_percent, offer_provider_id, status, quantity,
      note, total_amount, priced_at, due_on, placed_at, updated_at, pickup_attempts, pickup_locked, last_seq)
  SELECT gen_random_uuid(), 'PGB-' || substr(md5(random()::text), 1, 16), '5e000000-0000-4000-8000-000000000001', member.id,
      member.display_name, member.id, '0f000000-0000-4000-8000-000000000001', 'Pressing — chemise', 'PER_UNIT', 'ITEM', 3.90, 20, 2,
      '1,2,3,4,5,6', 0, 0, '9e000000-0000-4000-8000-000000000001', 'SUBMITTED', 1, 'bench', 3.90, now(), current_date + 2, now(), now(),
      0, FALSE, 1
  FROM member RETURNING id, member_id),
     l AS (
  INSERT INTO order_line (id, order_id, position, description, quantity, unit_price, amount, vat_rate, member_amount, employer_amount,
      site_owner_amount)
  SELECT gen_random_uuid(), o.id, 1, 'Pressing — chemise', 1, 3.90, 3.90, 20, 3.90, 0, 0 FROM o RETURNING order_id)
INSERT INTO order_event (id, order_id, seq, action, from_status, to_status, actor_id, actor_name, actor_role, occurred_at, note)
  SELECT gen_random_uuid(), o.id, 1, 'PLACE', NULL, 'SUBMITTED', o.member_id, 'bench', 'MEMBER', now(), 'bench' FROM o;
INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
  VALUES (gen_random_uuid(), 'bench.listener', 'coop.relais.orders.OrderPlaced', '{"bench":true}', now(), 'PUBLISHED', 0);
COMMIT;
