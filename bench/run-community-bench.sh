#!/usr/bin/env bash
# Community benchmark (not a test): a popular event's registrations all at once on PostgreSQL (never above the
# capacity, the waitlist in order), and the site's event list and directory timed while years of past events and
# thousands of listed neighbours pile up. Prints figures (every figure line starts with BENCH); never fails on a time.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-relais_bench_community}
PORT=${BENCH_PORT:-18092}
BASE=http://localhost:$PORT
PEOPLE=${BENCH_PEOPLE:-300}      # members registering at once
CAPACITY=${BENCH_CAPACITY:-100}
PSQL="psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1"
OUT=bench/results; mkdir -p "$OUT"
BASTIDE=5e000000-0000-4000-8000-000000000001

echo "== Building Relais"
./mvnw -q -o -B -DskipTests package 2>/dev/null || ./mvnw -q -B -DskipTests package
JAR=$(ls target/relais-*.jar | grep -v original | head -1)

echo "== Fresh database $DB"
$PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

echo "== Starting Relais on $BASE (PostgreSQL, demo data)"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres \
  RELAIS_DEMO_DATA=true java -Xmx2g -jar "$JAR" --server.port=$PORT --logging.level.root=WARN > "$OUT/community-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "$BASE/actuator/health" >/dev/null || { echo "Relais did not start"; tail -50 "$OUT/community-app.log"; exit 1; }

echo "== $PEOPLE bench members at Bastide"
$PSQL -d "$DB" <<SQL
INSERT INTO account (id, email, display_name, language, password_hash, enabled, email_verified, created_at)
SELECT gen_random_uuid(), 'cbench' || lpad(g::text, 4, '0') || '@relais.test', 'Voisin test ' || g, 'fr',
       (SELECT password_hash FROM account WHERE email = 'habitant@relais.test'), TRUE, TRUE, now()
FROM generate_series(1, $PEOPLE) g;
INSERT INTO role_grant (id, account_id, role, site_id, granted_at)
SELECT gen_random_uuid(), id, 'MEMBER', '$BASTIDE', now() FROM account WHERE email LIKE 'cbench%@relais.test';
SQL
seq -f "cbench%04g@relais.test" 1 "$PEOPLE" > "$OUT/community-emails.txt"
java bench/ExchangeLoad.java tokens "$BASE" "$OUT/community-emails.txt" demo-relais-2026 > "$OUT/community-tokens.txt"
echo concierge@relais.test > "$OUT/community-desk.txt"
DESK=$(java bench/ExchangeLoad.java tokens "$BASE" "$OUT/community-desk.txt" demo-relais-2026)
READER=$(head -1 "$OUT/community-tokens.txt")

echo "== An event of $CAPACITY seats, and $PEOPLE registrations at the same moment"
DAY=$(date -d "+20 days" +%F)
EVENT=$(curl -sf -X POST "$BASE/api/v1/sites/$BASTIDE/events" -H "Authorization: Bearer $DESK" -H 'Content-Type: application/json' \
  -d "{\"title\":\"Concert de quartier\",\"place\":\"Cour\",\"day\":\"$DAY\",\"start\":\"19:00\",\"end\":\"22:00\",\"capacity\":$CAPACITY}" \
  | grep -oP '"id"\s*:\s*"\K[0-9a-f-]+' | head -1)
echo "BENCH $(java bench/CommunityLoad.java register "$BASE" "$OUT/community-tokens.txt" "$EVENT")"
$PSQL -d "$DB" -At -c "SELECT 'BENCH integrity: capacity=' || e.capacity || ' counter=' || e.registered
    || ' seats=' || COUNT(*) FILTER (WHERE r.status = 'REGISTERED') || ' waiting=' || COUNT(*) FILTER (WHERE r.status = 'WAITLISTED')
    || ' places in order=' || (COUNT(DISTINCT r.seq) = COUNT(*))
    || CASE WHEN e.registered = COUNT(*) FILTER (WHERE r.status = 'REGISTERED') AND e.registered <= e.capacity
            THEN ' (never over capacity)' ELSE ' (OVER CAPACITY OR COUNTER WRONG)' END
  FROM community_event e JOIN community_registration r ON r.event_id = e.id WHERE e.id = '$EVENT' GROUP BY e.id"

time_lists() {
  echo "BENCH $1: $(java bench/CommunityLoad.java time "$BASE" "$READER" "/api/v1/sites/$BASTIDE/events" 200)"
  echo "BENCH $1: $(java bench/CommunityLoad.java time "$BASE" "$READER" "/api/v1/sites/$BASTIDE/directory?q=jardin" 200)"
}
time_lists "demo history"
for YEARS in 1 5; do
  echo "== $YEARS year(s) of past events (a dozen a week, 30 registrations each) and listed neighbours"
  $PSQL -d "$DB" <<SQL
INSERT INTO community_event (id, site_id, title, place, starts_at, ends_at, capacity, status, registered, last_seq, proposed_by, created_at)
SELECT gen_random_uuid(), '$BASTIDE', 'Atelier passé ' || g, 'Salle', now() - (g || ' hours')::interval - interval '1 day',
       now() - (g || ' hours')::interval - interval '1 day' + interval '2 hours', 30, 'PUBLISHED', 30, 30,
       (SELECT id FROM account WHERE email = 'concierge@relais.test'), now()
FROM generate_series(1, $YEARS * 52 * 12) g
WHERE NOT EXISTS (SELECT 1 FROM community_event WHERE title = 'Atelier passé ' || g);
INSERT INTO community_registration (id, event_id, account_id, status, seq, registered_at)
SELECT gen_random_uuid(), e.id, a.id, 'REGISTERED', a.n, now()
FROM community_event e
CROSS JOIN LATERAL (SELECT id, row_number() OVER (ORDER BY email) AS n FROM account WHERE email LIKE 'cbench%' ORDER BY email LIMIT 30) a
WHERE e.title LIKE 'Atelier passé %' AND NOT EXISTS (SELECT 1 FROM community_registration x WHERE x.event_id = e.id);
INSERT INTO community_listing (account_id, site_id, listed, presentation, skills, consented_at, updated_at)
SELECT id, '$BASTIDE', TRUE, 'Voisin du quartier', 'bricolage, cuisine', now(), now()
FROM account WHERE email LIKE 'cbench%' AND id NOT IN (SELECT account_id FROM community_listing);
ANALYZE;
SQL
  time_lists "$($PSQL -d "$DB" -At -c "SELECT COUNT(*) FROM community_event") events, $($PSQL -d "$DB" -At -c "SELECT COUNT(*) FROM community_registration") registrations"
done
