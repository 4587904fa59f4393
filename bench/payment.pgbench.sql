-- One SEL payment through POST /api/v1/exchange/transfers (1 unit, with an Idempotency-Key), statement for
-- statement as Relais sends them to PostgreSQL (captured with log_statement = all: payment.captured.txt),
-- for pgbench. Harness additions: the first line, a primary-key read of a tiny table that picks a bench
-- caller (bench_sel_caller, made by run-exchange-bench.sh) and stands for the bearer token the HTTP client
-- sends, with the caller's payee in the ring and the notice's arguments the application formats in Java;
-- and the line that draws what the application draws in Java (ids, the key, the request's hash, the clock).
-- One deviation: the ledger's locking read returns two rows (payer and payee), which \gset cannot take, so
-- it is wrapped in a CTE that folds the same two locked rows into one (same rows, same FOR UPDATE locks);
-- the new balances and positions are computed on the client with \set, as the application does in Java.
-- The floor/ceiling check (in Java) is not replayed: the bench accounts' limits are far away. chr(58) is ':':
-- pgbench would read a colon inside a string literal as the start of a variable.
\set m random(1, 32)
SELECT token_hash AS th, member_id AS member, account_id AS payer_acc, payee_id AS payee,
       payee_account AS payee_acc, notice_args AS args FROM bench_sel_caller WHERE n = :m \gset
-- Signing in with the API token (outside the transaction, as the security filter does), then the SEL.
SELECT t.id, t.account_id, t.last_used_at FROM api_token t JOIN account a ON a.id = t.account_id
  WHERE t.token_hash = :th AND t.revoked_at IS NULL AND a.enabled = TRUE;
SELECT id, email, display_name, language, password_hash, enabled FROM account WHERE id = :member;
SELECT id, account_id, role, site_id, organisation_id, granted_at FROM role_grant WHERE account_id = :member ORDER BY granted_at, id;
SELECT id, site_id, name, unit_name, units_per_hour, floor_units, ceiling_units, charter, request_days,
       participation_view, auto_accept
  FROM sel
 WHERE id = '71bc5e5c-2955-3136-b3d1-9a8724e197af';
BEGIN;
SELECT idem, tx, e1, e2, notice_id, at, 'sel-transfer' || chr(58) || tx || chr(58) || 'paid' AS dedup,
       encode(sha256(convert_to('71bc5e5c-2955-3136-b3d1-9a8724e197af|' || CAST(:payee AS text) || '|1|bench', 'UTF8')), 'hex') AS hash
  FROM (SELECT gen_random_uuid()::text AS idem, gen_random_uuid() AS tx, gen_random_uuid() AS e1, gen_random_uuid() AS e2,
               gen_random_uuid() AS notice_id, now() AS at) g \gset
SELECT t.id, t.sel_id, t.kind, t.status, payer.member_id AS payer_id, pa.display_name AS payer_name,
       payee.member_id AS payee_id, pb.display_name AS payee_name, t.amount, t.memo, t.created_at,
       t.committed_at, t.expires_at, t.reverses_id, t.request_hash, t.payer_account, t.payee_account
  FROM sel_transaction t
  JOIN sel_account payer ON payer.id = t.payer_account LEFT JOIN account pa ON pa.id = payer.member_id
  JOIN sel_account payee ON payee.id = t.payee_account LEFT JOIN account pb ON pb.id = payee.member_id
 WHERE t.created_by = :member AND t.idem_key = :idem;
SELECT id, site_id, name, unit_name, units_per_hour, floor_units, ceiling_units, charter, request_days,
       participation_view, auto_accept
  FROM sel
 WHERE id = '71bc5e5c-2955-3136-b3d1-9a8724e197af';
SELECT id, member_id, balance, floor_units, ceiling_units FROM sel_account
 WHERE sel_id = '71bc5e5c-2955-3136-b3d1-9a8724e197af' AND member_id = :member;
SELECT id, member_id, balance, floor_units, ceiling_units FROM sel_account
 WHERE sel_id = '71bc5e5c-2955-3136-b3d1-9a8724e197af' AND member_id = :payee;
SELECT id FROM sel_account WHERE id IN (:payer_acc, :payee_acc) ORDER BY id FOR UPDATE;
INSERT INTO sel_transaction (id, sel_id, kind, status, payer_account, payee_account, amount, memo,
       created_by, created_at, expires_at, reverses_id, reason, idem_key, request_hash)
  VALUES (:tx, '71bc5e5c-2955-3136-b3d1-9a8724e197af', 'PAYMENT', 'REQUESTED', :payer_acc, :payee_acc, 1, 'bench',
       :member, :at, NULL, NULL, NULL, :idem, :hash);
WITH locked AS (
  SELECT id, balance, entry_count, floor_units, ceiling_units FROM sel_account
   WHERE id IN (:payer_acc, :payee_acc) ORDER BY id FOR UPDATE)
SELECT max(balance) FILTER (WHERE id = :payer_acc) AS payer_balance, max(entry_count) FILTER (WHERE id = :payer_acc) AS payer_entries,
       max(balance) FILTER (WHERE id = :payee_acc) AS payee_balance, max(entry_count) FILTER (WHERE id = :payee_acc) AS payee_entries
  FROM locked \gset
SELECT kind FROM sel_transaction WHERE id = :tx;
\set payer_after :payer_balance - 1
\set payer_no :payer_entries + 1
\set payee_after :payee_balance + 1
\set payee_no :payee_entries + 1
INSERT INTO sel_entry (id, transaction_id, account_id, amount, balance_after, entry_no, created_at)
  VALUES (:e1, :tx, :payer_acc, -1, :payer_after, :payer_no, :at);
UPDATE sel_account SET balance = :payer_after, entry_count = entry_count + 1,
       given_units = given_units + 0, received_units = received_units + 1, last_entry_at = :at,
       negative_since = CASE WHEN :payer_after >= 0 THEN NULL ELSE COALESCE(negative_since, :at) END
 WHERE id = :payer_acc;
INSERT INTO sel_entry (id, transaction_id, account_id, amount, balance_after, entry_no, created_at)
  VALUES (:e2, :tx, :payee_acc, 1, :payee_after, :payee_no, :at);
UPDATE sel_account SET balance = :payee_after, entry_count = entry_count + 1,
       given_units = given_units + 1, received_units = received_units + 0, last_entry_at = :at,
       negative_since = CASE WHEN :payee_after >= 0 THEN NULL ELSE COALESCE(negative_since, :at) END
 WHERE id = :payee_acc;
UPDATE sel_transaction SET status = 'COMMITTED', committed_at = :at, expires_at = NULL
 WHERE id = :tx AND status = 'REQUESTED';
-- The payee's in-app notice, written in the same transaction.
SELECT COUNT(*) FROM notice WHERE dedup_key = :dedup;
SELECT enabled FROM notification_preference WHERE account_id = :payee AND category = 'exchange' AND channel = 'IN_APP';
INSERT INTO notice (id, account_id, dedup_key, message_key, arguments, link, category, created_at)
  VALUES (:notice_id, :payee, :dedup, 'exchange.notice.paid', :args, '/exchange', 'exchange', :at);
-- The answer: the transfer as stored.
SELECT t.id, t.sel_id, t.kind, t.status, payer.member_id AS payer_id, pa.display_name AS payer_name,
       payee.member_id AS payee_id, pb.display_name AS payee_name, t.amount, t.memo, t.created_at,
       t.committed_at, t.expires_at, t.reverses_id, t.request_hash, t.payer_account, t.payee_account
  FROM sel_transaction t
  JOIN sel_account payer ON payer.id = t.payer_account LEFT JOIN account pa ON pa.id = payer.member_id
  JOIN sel_account payee ON payee.id = t.payee_account LEFT JOIN account pb ON pb.id = payee.member_id
 WHERE t.id = :tx;
COMMIT;
