#!/usr/bin/env bash
# The monthly billing run's benchmark: a fresh PostgreSQL database, a month of usage for 250 organisations and
# 12,500 member tabs, then 1,000 and 50,000, and the time of each run, Factur-X and PDFs included.
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres). Prints lines starting with BENCH. Other sizes:
#   bench/run-billing-bench.sh -Drelais.bench.organisations=200 -Drelais.bench.members=8000
set -euo pipefail
cd "$(dirname "$0")/.."
psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS relais_bench_billing WITH (FORCE)" \
  -c "CREATE DATABASE relais_bench_billing"
RELAIS_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/relais_bench_billing \
  ./mvnw -q -B test -Ppostgres -Dspotless.check.skip=true -Dtest=BillingRunBenchmark \
  -Drelais.bench.billing=true -Dsurefire.failIfNoSpecifiedTests=false "$@" 2>&1 | grep BENCH
