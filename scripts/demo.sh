#!/usr/bin/env bash
# The demo: the team's golden articles ingested into an embedded store under var/demo, then the
# API and web UI served on them with open reads (writes still need `detente token create`).
#
#   bash scripts/demo.sh            # PORT=8001 bash scripts/demo.sh for another port
#
# Ingest skips articles already stored, so a second run starts serving at once.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-.venv/bin}
export DETENTE_HOME=${DETENTE_HOME:-$PWD/var/demo}
mkdir -p "$DETENTE_HOME"
db="sqlite:///$DETENTE_HOME/demo.sqlite"
port=${PORT:-8000}

"$bin/detente" ingest tests/golden/golden.jsonl --db "$db" \
  || echo "demo: some articles could not be stored; \`detente errors --db $db\` lists them" >&2
echo "demo: the UI is at http://127.0.0.1:$port/ui/ (API description: /openapi.json); Ctrl-C stops it"
exec "$bin/detente" serve --db "$db" --public-read --host 127.0.0.1 --port "$port"
