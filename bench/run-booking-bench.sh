#!/usr/bin/env bash
# Booking's benchmark: a fresh PostgreSQL database, 100,000 bookings over 200 resources, then the p50/p95/p99
# of a day's availability and of a booking's creation (through the booking service and the database), and a
# 50-way race for one slot. Needs PostgreSQL on 127.0.0.1:5432 (user postgres). Prints lines starting with BENCH.
set -euo pipefail
cd "$(dirname "$0")/.."
psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS relais_bench_booking WITH (FORCE)" \
  -c "CREATE DATABASE relais_bench_booking"
RELAIS_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/relais_bench_booking \
  ./mvnw -q -B test -Ppostgres -Dspotless.check.skip=true -Dtest=BookingBenchmark \
  -Drelais.bench.booking=true -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 | grep BENCH
