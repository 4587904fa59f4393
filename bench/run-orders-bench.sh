#!/usr/bin/env bash
# Orders benchmark (not a test): placement throughput and latency through the API with 32
# concurrent clients on PostgreSQL, next to pgbench running the same SQL writes; then the desk
# board page timed with 1k, 10k and 100k orders. Prints figures; never fails on a time.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-relais_bench}
PORT=${BENCH_PORT:-18090}
BASE=http://localhost:$PORT
CLIENTS=${BENCH_CLIENTS:-32}
POOL=${BENCH_POOL:-10}   # spring.datasource.hikari.maximum-pool-size (Hikari's default)
SECONDS_RUN=${BENCH_SECONDS:-30}
PSQL="psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1"
OUT=bench/results; mkdir -p "$OUT"

echo "== Building Relais"
./mvnw -q -B -DskipTests package
JAR=$(ls target/relais-*.jar | grep -v original | head -1)

echo "== Fresh database $DB"
$PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

echo "== Starting Relais on $BASE (PostgreSQL, demo data)"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
  RELAIS_DEMO_DATA=true java -Xmx2g -jar "$JAR" --server.port=$PORT --logging.level.root=WARN > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "$BASE/actuator/health" >/dev/null || { echo "Relais did not start"; tail -50 "$OUT/app.log"; exit 1; }

echo "== 32 bench members at Bastide"
$PSQL -d "$DB" <<SQL
INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
SELECT gen_random_uuid(), 'bench' || lpad(g::text, 2, '0') || '@relais.test', 'Membre test ' || g, 'fr',
       (SELECT password_hash FROM account WHERE email = 'habitant@relais.test'), TRUE, TRUE, now()
FROM generate_series(1, 32) g;
INSERT INTO role_grant (id, account_id, role, site_id, granted_at)
SELECT gen_random_uuid(), id, 'MEMBER', '5e000000-0000-4000-8000-000000000001', now() FROM account WHERE email LIKE 'bench%@relais.test';
SQL
seq -f "bench%02g@relais.test" 1 32 > "$OUT/emails.txt"
java bench/OrdersLoad.java tokens "$BASE" "$OUT/emails.txt" demo-relais-2026 > "$OUT/tokens.txt"

echo "== Desk board with 1k, 10k and 100k orders"
$PSQL -d "$DB" -f bench/seed-open.sql
EXISTING=$($PSQL -d "$DB" -At -c "SELECT COUNT(*) FROM customer_order")
for SIZE in 1000 10000 100000; do
  NOW=$($PSQL -d "$DB" -At -c "SELECT COUNT(*) FROM customer_order")
  ADD=$((SIZE - NOW)); [ "$ADD" -gt 0 ] && $PSQL -d "$DB" -v n="$ADD" -f bench/seed-board.sql
  echo -n "orders=$($PSQL -d "$DB" -At -c "SELECT COUNT(*) FROM customer_order") "
  java bench/OrdersLoad.java board "$BASE" concierge@relais.test demo-relais-2026 20 200 | tee -a "$OUT/board.txt"
done
echo "(open work and demo orders present before seeding the history: $EXISTING)"

echo "== Placement through the API ($POOL clients, the pool's size, then $CLIENTS; ${SECONDS_RUN}s after a 5s warm-up)"
APP_LINE=$(java bench/OrdersLoad.java place "$BASE" "$OUT/tokens.txt" 0f000000-0000-4000-8000-000000000001 "$POOL" 5 "$SECONDS_RUN")
echo "$APP_LINE"
java bench/OrdersLoad.java place "$BASE" "$OUT/tokens.txt" 0f000000-0000-4000-8000-000000000001 "$CLIENTS" 5 "$SECONDS_RUN"

echo "== pgbench: the statements of one placement, as captured ($POOL clients, the pool's size, ${SECONDS_RUN}s)"
$PSQL -d "$DB" -c "DROP TABLE IF EXISTS bench_caller" \
  -c "CREATE TABLE bench_caller AS SELECT row_number() OVER (ORDER BY a.email)::int AS n, t.token_hash, a.id AS member_id
      FROM api_token t JOIN account a ON a.id = t.account_id WHERE a.email LIKE 'bench%@relais.test'" \
  -c "ALTER TABLE bench_caller ADD PRIMARY KEY (n)"
rm -f "$OUT"/pgbench_log*
PGB=$(cd "$OUT" && pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$POOL" -j 2 -T "$SECONDS_RUN" -l --log-prefix=pgbench_log \
  -f ../placement.pgbench.sql "$DB" 2>&1)
echo "$PGB" | grep -E "latency average|tps|failed" || echo "$PGB"
PGB_P99=$(cat "$OUT"/pgbench_log* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int(NR*0.99)]/1000}')
echo "pgbench p99=${PGB_P99}ms"
PGB_TPS=$(echo "$PGB" | grep -oP 'tps = \K[0-9.]+' | head -1)
APP_TPS=$(echo "$APP_LINE" | grep -oP 'throughput=\K[0-9.]+')
APP_P99=$(echo "$APP_LINE" | grep -oP 'p99=\K[0-9.]+')
awk -v a="$APP_TPS" -v p="$PGB_TPS" -v ap="$APP_P99" -v pp="$PGB_P99" 'BEGIN {
  printf "placement at the pool size: Relais %.1f/s vs pgbench %.1f tps = %.1f %%; p99 %.1f ms vs %.1f ms = %.1fx\n", a, p, 100*a/p, ap, pp, ap/pp }'
