#!/usr/bin/env bash
# Cold start of the packaged jar to the first page (GET /login answering 200), on the embedded H2 database,
# three ways: the plain jar; the extracted jar with a class-data-sharing archive dumped from the classes a
# training run loads (Spring Boot's -Dspring.context.exit=onRefresh); the same with the JIT limited to C1.
# Each is started twice. Prints figures; never fails on a time. Run on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18123}
WORK=$(mktemp -d)
trap 'pkill -f -- "--server.port=$PORT" 2>/dev/null || true; rm -rf "$WORK"' EXIT

./mvnw -B -q -ntp -DskipTests package
JAR=$(realpath "$(ls target/relais-*.jar | head -1)")
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
APP="$WORK/app/$(basename "$JAR")"

# Starts Relais, waits for the first page (and, with "demo", for the demo data), prints the time and RSS.
first_page() {
  local label=$1 wait_for=$2; shift 2
  local start end pid rss
  start=$(date +%s.%N)
  (cd "$WORK" && exec "$@" --server.port="$PORT" > "$WORK/app.log" 2>&1) &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login" 2>/dev/null | grep -q 200; do
    sleep 0.1
  done
  end=$(date +%s.%N)
  rss=$(ps -o rss= -p "$(pgrep -f -- "--server.port=$PORT" | head -1)" 2>/dev/null || echo 0)
  if [ "$wait_for" = demo ]; then
    until grep -q "Demo data loaded" "$WORK/app.log"; do sleep 0.2; done
  fi
  printf '%-44s first page after %5.1f s  (RSS %d MB)\n' "$label:" "$(echo "$end - $start" | bc)" "$((rss / 1024))"
  pkill -f -- "--server.port=$PORT" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# A first start creates the database and loads the demo data, so that every measured start finds it.
first_page "first start (creates the database)" demo java -jar "$JAR"
(cd "$WORK" && java -XX:DumpLoadedClassList=app/classes.lst -Dspring.context.exit=onRefresh -jar "$APP" \
  --server.port="$PORT" > "$WORK/training.log" 2>&1)
grep -v '@lambda' "$WORK/app/classes.lst" > "$WORK/app/classes-cds.lst"
(cd "$WORK" && java -Xshare:dump -XX:SharedClassListFile=app/classes-cds.lst -XX:SharedArchiveFile=app/relais.jsa \
  -jar "$APP" > "$WORK/dump.log" 2>&1)
for run in 1 2; do
  first_page "plain jar ($run)" - java -jar "$JAR"
  first_page "extracted jar + CDS archive ($run)" - java -XX:SharedArchiveFile="$WORK/app/relais.jsa" -jar "$APP"
  first_page "extracted jar + CDS archive + C1 only ($run)" - \
    java -XX:SharedArchiveFile="$WORK/app/relais.jsa" -XX:TieredStopAtLevel=1 -jar "$APP"
done
