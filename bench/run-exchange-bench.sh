#!/usr/bin/env bash
# Local exchange (SEL) benchmark (not a test): payments through the API on PostgreSQL at the connection
# pool's size and at 32 clients, next to pgbench replaying the exact statements of one payment
# (payment.pgbench.sql, captured in payment.captured.txt) at the pool's size; then a race of 50 payments
# at once from a member near the floor, and the ledger's reconciliation. Prints figures (every figure
# line starts with BENCH); never fails on a time.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-relais_bench_sel}
PORT=${BENCH_PORT:-18091}
BASE=http://localhost:$PORT
CLIENTS=${BENCH_CLIENTS:-32}
POOL=${BENCH_POOL:-10}   # spring.datasource.hikari.maximum-pool-size (Hikari's default)
SECONDS_RUN=${BENCH_SECONDS:-30}
RACE=${BENCH_RACE:-50}          # payments sent at once by the racer
RACE_FIT=${BENCH_RACE_FIT:-10}  # the racer's floor: only this many payments of 1 unit fit
PSQL="psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1"
OUT=bench/results; mkdir -p "$OUT"
SEL=$(java bench/ExchangeLoad.java selid sel-bastide)   # the demo SEL: UUID.nameUUIDFromBytes("sel-bastide")
BASTIDE=5e000000-0000-4000-8000-000000000001

echo "== Building Relais"
./mvnw -q -o -B -DskipTests package 2>/dev/null || ./mvnw -q -B -DskipTests package
JAR=$(ls target/relais-*.jar | grep -v original | head -1)

echo "== Fresh database $DB"
$PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

echo "== Starting Relais on $BASE (PostgreSQL, demo data)"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
  RELAIS_DEMO_DATA=true java -Xmx2g -jar "$JAR" --server.port=$PORT --logging.level.root=WARN > "$OUT/exchange-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "$BASE/actuator/health" >/dev/null || { echo "Relais did not start"; tail -50 "$OUT/exchange-app.log"; exit 1; }

echo "== 32 bench members at Bastide (bench01..bench32) and a racer (bench33), all joining the SEL $SEL"
$PSQL -d "$DB" <<SQL
INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
SELECT gen_random_uuid(), 'bench' || lpad(g::text, 2, '0') || '@relais.test', 'Membre test ' || g, 'fr',
       (SELECT password_hash FROM account WHERE email = 'habitant@relais.test'), TRUE, TRUE, now()
FROM generate_series(1, 33) g;
INSERT INTO role_grant (id, account_id, role, site_id, granted_at)
SELECT gen_random_uuid(), id, 'MEMBER', '$BASTIDE', now() FROM account WHERE email LIKE 'bench%@relais.test';
SQL
seq -f "bench%02g@relais.test" 1 32 > "$OUT/sel-emails.txt"
java bench/ExchangeLoad.java tokens "$BASE" "$OUT/sel-emails.txt" demo-relais-2026 > "$OUT/sel-tokens.txt"
echo bench33@relais.test > "$OUT/sel-racer.txt"
java bench/ExchangeLoad.java tokens "$BASE" "$OUT/sel-racer.txt" demo-relais-2026 > "$OUT/sel-racer-token.txt"
echo gerante@relais.test > "$OUT/sel-coordinator.txt"
java bench/ExchangeLoad.java tokens "$BASE" "$OUT/sel-coordinator.txt" demo-relais-2026 > "$OUT/sel-coordinator-token.txt"
java bench/ExchangeLoad.java join "$BASE" "$OUT/sel-tokens.txt" "$SEL"
java bench/ExchangeLoad.java join "$BASE" "$OUT/sel-racer-token.txt" "$SEL"
# The member ids in the tokens' order: client i pays member i+1 (a ring).
for E in $(cat "$OUT/sel-emails.txt"); do $PSQL -d "$DB" -At -c "SELECT id FROM account WHERE email = '$E'"; done > "$OUT/sel-members.txt"
# The SEL's floor (600) and ceiling (1200) would stop a member who pays more than they are paid for long
# enough; the bench members get limits far away, so a 30 s run never meets them.
$PSQL -d "$DB" -c "UPDATE sel_account SET floor_units = 1000000, ceiling_units = 1000000
  WHERE sel_id = '$SEL' AND member_id IN (SELECT id FROM account WHERE email LIKE 'bench%@relais.test' AND email <> 'bench33@relais.test')"

echo "== Payments through the API ($POOL clients, the pool's size, then $CLIENTS; ${SECONDS_RUN}s after a 5s warm-up)"
APP_LINE=$(java bench/ExchangeLoad.java pay "$BASE" "$OUT/sel-tokens.txt" "$OUT/sel-members.txt" "$SEL" "$POOL" 5 "$SECONDS_RUN")
echo "BENCH $APP_LINE"
echo "BENCH $(java bench/ExchangeLoad.java pay "$BASE" "$OUT/sel-tokens.txt" "$OUT/sel-members.txt" "$SEL" "$CLIENTS" 5 "$SECONDS_RUN")"

echo "== pgbench: the statements of one payment, as captured ($POOL clients, the pool's size, ${SECONDS_RUN}s)"
$PSQL -d "$DB" -c "DROP TABLE IF EXISTS bench_sel_caller" \
  -c "CREATE TABLE bench_sel_caller AS
      WITH c AS (SELECT row_number() OVER (ORDER BY a.email)::int AS n, t.token_hash, a.id AS member_id, a.display_name, s.id AS account_id
                 FROM api_token t JOIN account a ON a.id = t.account_id JOIN sel_account s ON s.member_id = a.id AND s.sel_id = '$SEL'
                 WHERE a.email LIKE 'bench%@relais.test' AND a.email <> 'bench33@relais.test')
      SELECT c.n, c.token_hash, c.member_id, c.account_id, p.member_id AS payee_id, p.account_id AS payee_account,
             '[\"' || c.display_name || '\",1,\"' || (SELECT unit_name FROM sel WHERE id = '$SEL') || '\",\"bench\"]' AS notice_args
      FROM c JOIN c p ON p.n = c.n % 32 + 1" \
  -c "ALTER TABLE bench_sel_caller ADD PRIMARY KEY (n)"
rm -f "$OUT"/pgbench_sel_log*
PGB=$(cd "$OUT" && pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$POOL" -j 2 -T "$SECONDS_RUN" -l --log-prefix=pgbench_sel_log \
  -f ../payment.pgbench.sql "$DB" 2>&1) || true
echo "$PGB" | grep -E "latency average|tps|failed" | sed 's/^/BENCH pgbench /' || echo "$PGB"
PGB_P99=$(cat "$OUT"/pgbench_sel_log* 2>/dev/null | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int(NR*0.99)]/1000}')
PGB_P50=$(cat "$OUT"/pgbench_sel_log* 2>/dev/null | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int(NR*0.50)]/1000}')
echo "BENCH pgbench p50=${PGB_P50}ms p99=${PGB_P99}ms"
PGB_TPS=$(echo "$PGB" | grep -oP 'tps = \K[0-9.]+' | head -1 || true)
APP_TPS=$(echo "$APP_LINE" | grep -oP 'throughput=\K[0-9.]+' || true)
APP_P99=$(echo "$APP_LINE" | grep -oP 'p99=\K[0-9.]+' || true)
awk -v a="$APP_TPS" -v p="$PGB_TPS" -v ap="$APP_P99" -v pp="$PGB_P99" 'BEGIN {
  if (a + 0 == 0 || p + 0 == 0 || ap + 0 == 0 || pp + 0 == 0) { print "BENCH payment at the pool size: a figure is missing (see above)"; exit }
  printf "BENCH payment at the pool size: Relais %.1f/s vs pgbench %.1f tps = %.1f %% (target >= 50 %%); p99 %.1f ms vs %.1f ms = %.1fx (target <= 2x)\n", a, p, 100*a/p, ap, pp, ap/pp }'

echo "== Race: $RACE payments of 1 unit at once from bench33, whose floor lets only $RACE_FIT fit"
RACER_ACCOUNT=$($PSQL -d "$DB" -At -c "SELECT s.id FROM sel_account s JOIN account a ON a.id = s.member_id
  WHERE a.email = 'bench33@relais.test' AND s.sel_id = '$SEL'")
# The racer has never paid nor been paid (balance 0): a floor of RACE_FIT units lets RACE_FIT payments of 1 through.
$PSQL -d "$DB" -c "UPDATE sel_account SET floor_units = $RACE_FIT WHERE id = '$RACER_ACCOUNT'"
BEFORE=$($PSQL -d "$DB" -At -c "SELECT balance FROM sel_account WHERE id = '$RACER_ACCOUNT'")
echo "BENCH $(java bench/ExchangeLoad.java race "$BASE" "$(cat "$OUT/sel-racer-token.txt")" "$OUT/sel-members.txt" "$SEL" "$RACE")"
$PSQL -d "$DB" -At -F ' ' -c "SELECT 'BENCH race: balance before=$BEFORE after=' || s.balance || ' floor=-' || s.floor_units
    || ' lowest balance_after in its entries=' || COALESCE(MIN(e.balance_after)::text, 'none')
    || ' entries=' || COUNT(e.id)
    || CASE WHEN s.balance >= -s.floor_units AND COALESCE(MIN(e.balance_after), 0) >= -s.floor_units
            THEN ' (never below the floor)' ELSE ' (BELOW THE FLOOR)' END
  FROM sel_account s LEFT JOIN sel_entry e ON e.account_id = s.id WHERE s.id = '$RACER_ACCOUNT' GROUP BY s.id"

echo "== The ledger's reconciliation, as gerante@relais.test (a coordinator) sees it"
INTEGRITY=$(java bench/ExchangeLoad.java get "$BASE" "$(cat "$OUT/sel-coordinator-token.txt")" "/api/v1/exchange/sels/$SEL/integrity")
CLEAN=$(echo "$INTEGRITY" | grep -q '"sumOfBalances":0' && echo "$INTEGRITY" | grep -q '"entriesMatchBalances":true' \
  && echo "$INTEGRITY" | grep -q '"transactionsUnbalanced":0' && echo clean || echo "NOT CLEAN")
echo "BENCH integrity: $INTEGRITY ($CLEAN; committed payments in the SEL: $($PSQL -d "$DB" -At -c "SELECT COUNT(*) FROM sel_transaction WHERE sel_id = '$SEL' AND status = 'COMMITTED'"))"
