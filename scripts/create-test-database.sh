#!/usr/bin/env bash
# Creates the PostgreSQL role and database the integration tests use (idempotent).
# Local PostgreSQL here trusts connections from localhost; the role still gets a password so
# the same settings work against a server that checks it.
set -euo pipefail
PSQL=(psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -q)
"${PSQL[@]}" -tc "SELECT 1 FROM pg_roles WHERE rolname = 'myapi_test'" | grep -q 1 \
  || "${PSQL[@]}" -c "CREATE ROLE myapi_test LOGIN PASSWORD 'myapi_test'"
"${PSQL[@]}" -tc "SELECT 1 FROM pg_database WHERE datname = 'myapi_test'" | grep -q 1 \
  || "${PSQL[@]}" -c "CREATE DATABASE myapi_test OWNER myapi_test"
echo "PostgreSQL database myapi_test ready"
