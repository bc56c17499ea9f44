#!/usr/bin/env bash
# Lints the OpenAPI document with Spectral (spectral:oas) and Redocly (recommended): fails on any error.
# The document is the one OpenApiDocumentIT writes during ./mvnw verify (target/openapi/openapi.json); alone:
#   ./mvnw verify -Dtest=ModularityTests -Dit.test=OpenApiDocumentIT -Dit.postgres.skip=true -Dspotbugs.skip=true
# The linters are pinned in .ci/openapi-lint/package-lock.json and installed there with npm ci (Node.js >= 20.19).
# Accepted warnings and why: README, "The REST API".
set -euo pipefail
cd "$(dirname "$0")/.."

DOCUMENT="${1:-target/openapi/openapi.json}"
LINT=.ci/openapi-lint
if [ ! -f "$DOCUMENT" ]; then
  echo "lint-openapi: $DOCUMENT does not exist; run OpenApiDocumentIT first (see the head of this script)" >&2
  exit 2
fi
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
    2>/dev/null; then
  echo "lint-openapi: Node.js >= 20.19 is needed (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 2
fi
# (re)install when missing or when the lock file changed since the last install
if [ ! -x "$LINT/node_modules/.bin/spectral" ] || [ ! -x "$LINT/node_modules/.bin/redocly" ] \
    || [ "$LINT/package-lock.json" -nt "$LINT/node_modules/.package-lock.json" ]; then
  npm ci --prefix "$LINT" --no-audit --no-fund --ignore-scripts --loglevel=error
fi

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
echo "== Spectral (spectral:oas) =="
"$LINT/node_modules/.bin/spectral" lint --ruleset "$LINT/.spectral.yaml" --fail-severity=error "$DOCUMENT"
echo "== Redocly (recommended) =="
"$LINT/node_modules/.bin/redocly" lint --config "$LINT/redocly.yaml" "$DOCUMENT"
