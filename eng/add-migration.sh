#!/usr/bin/env bash
# Adds a migration NAME for both providers (SQLite and PostgreSQL), which keep separate migration sets.
set -euo pipefail
name=${1:?usage: eng/add-migration.sh NAME}
cd "$(dirname "$0")/../src/Attache"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --context SqliteAttacheDb -o Migrations/Sqlite
dotnet ef migrations add "$name" --context PostgresAttacheDb -o Migrations/Postgres
