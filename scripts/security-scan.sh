#!/usr/bin/env bash
# Dynamic security scan (DAST) of dehong-cloud with wapiti and sqlmap, logged in as demo users: a unit applicant, the
# DEC reviewer and the finance bureau (wapiti crawls and attacks once per user).
#
# Usage:  scripts/security-scan.sh                  # builds and starts the app on a fresh data dir, scans, stops it
#         BASE_URL=http://127.0.0.1:8080 scripts/security-scan.sh   # scans an app that is already running
#
# Needs the Debian packages `wapiti` (3.0.x) and `sqlmap` (1.7.x), plus curl and python3.
# Settings (environment): PORT (default 8099), SCAN_USER (edu.applicant), SCAN_DEC_USER (dec.reviewer),
# SCAN_FINANCE_USER (finance), SCAN_USERS (the crawl users, default those three), SCAN_API_USER (= SCAN_USER),
# SCAN_AUDIT_USER (auditor), SCAN_PASSWORD (Demo@2026), WAPITI_MAX_CRAWL (s, default 150; in wapiti 3.0.4
# --max-scan-time bounds the crawl only), WAPITI_MAX_ATTACK (s per attack module, default 60), WAPITI_MODULES,
# SQLMAP_LEVEL (2), SQLMAP_RISK (1), SQLMAP_PARAM_TIMEOUT (s per tested parameter of a page target, default 90),
# SQLMAP_API_PARAM_TIMEOUT (s per parameter of an API target, default 150: an API request with HTTP basic checks the
# BCrypt hash each time, so sqlmap needs 55 s or more per API parameter, more on a busy machine),
# SQLMAP_ONLY (comma-separated target names: only those), WAPITI (0 = skip wapiti, e.g. to re-run sqlmap targets).
# Results: target/security-scan/ (wapiti-<user>.json, wapiti-<user>.log, sqlmap/<target>.log, summary.txt).
# Exit status: 0 = no finding; 1 = at least one finding (see summary.txt); 2 = the scan could not run properly
# (app did not start, login failed, the session was lost during the scan).
# Slow (about 45 minutes with three users), therefore not part of .ci/run; see docs/security-scan.md.
set -uo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/target/security-scan"
rm -rf "$OUT"
mkdir -p "$OUT/sqlmap"
SUMMARY="$OUT/summary.txt"

PORT=${PORT:-8099}
SCAN_USER=${SCAN_USER:-edu.applicant}
SCAN_API_USER=${SCAN_API_USER:-$SCAN_USER}
SCAN_DEC_USER=${SCAN_DEC_USER:-dec.reviewer}
SCAN_FINANCE_USER=${SCAN_FINANCE_USER:-finance}
SCAN_USERS=${SCAN_USERS:-"$SCAN_USER $SCAN_DEC_USER $SCAN_FINANCE_USER"}
SCAN_AUDIT_USER=${SCAN_AUDIT_USER:-auditor}
SCAN_PASSWORD=${SCAN_PASSWORD:-Demo@2026}
WAPITI_MAX_CRAWL=${WAPITI_MAX_CRAWL:-150}
WAPITI_MAX_ATTACK=${WAPITI_MAX_ATTACK:-60}
SQLMAP_PARAM_TIMEOUT=${SQLMAP_PARAM_TIMEOUT:-90}
SQLMAP_API_PARAM_TIMEOUT=${SQLMAP_API_PARAM_TIMEOUT:-150}
SQLMAP_ONLY=${SQLMAP_ONLY:-}
WAPITI=${WAPITI:-1}
WAPITI_MODULES=${WAPITI_MODULES:-sql,xss,permanentxss,exec,file,crlf,redirect}
SQLMAP_LEVEL=${SQLMAP_LEVEL:-2}
SQLMAP_RISK=${SQLMAP_RISK:-1}

log() { echo "[security-scan $(date -u +%H:%M:%S)] $*" | tee -a "$SUMMARY"; }
die() { log "ERROR: $*"; exit 2; }

for tool in wapiti sqlmap curl python3; do
  command -v "$tool" >/dev/null || die "$tool not found (apt-get install -y wapiti sqlmap curl python3)"
done

APP_PID=""
DATA_DIR=""
cleanup() {
  if [ -n "$APP_PID" ]; then
    log "stopping the app (pid $APP_PID)"
    kill -- -"$APP_PID" 2>/dev/null || kill "$APP_PID" 2>/dev/null
    wait "$APP_PID" 2>/dev/null
  fi
  [ -n "$DATA_DIR" ] && rm -rf "$DATA_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- start (or reuse) the app
if [ -z "${BASE_URL:-}" ]; then
  BASE_URL="http://127.0.0.1:$PORT"
  curl -s -o /dev/null "$BASE_URL/login" && die "port $PORT is already in use; set PORT or BASE_URL"
  DATA_DIR=$(mktemp -d /tmp/dehong-scan.XXXXXX)
  log "starting the app on $BASE_URL with data dir $DATA_DIR (log: $OUT/app.log)"
  # own process group, so cleanup stops Maven and the forked JVM together
  set -m
  ./mvnw -q spring-boot:run \
    -Dspring-boot.run.arguments="--server.port=$PORT --dehong.data-dir=$DATA_DIR --management.endpoint.health.probes.enabled=true" > "$OUT/app.log" 2>&1 &
  APP_PID=$!
  set +m
  # Tomcat answers /login before the demo data runners have finished (the demo users are created by one of them);
  # with the probes on, /actuator/health answers 200 only after ApplicationReadyEvent, i.e. after all runners.
  for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/actuator/health")" = 200 ] && break
    kill -0 "$APP_PID" 2>/dev/null || die "the app stopped while starting, see $OUT/app.log"
    sleep 2
  done
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/actuator/health")" = 200 ] || die "not ready after 6 minutes"
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/login")" = 200 ] || die "no /login 200"
fi
BASE_URL=${BASE_URL%/}
HOST=$(python3 -c "import sys,urllib.parse as u;print(u.urlparse(sys.argv[1]).hostname)" "$BASE_URL")
log "target $BASE_URL; wapiti $(wapiti --version 2>/dev/null | tail -1); sqlmap $(sqlmap --version 2>/dev/null | head -1)"

# ---------------------------------------------------------------- form login with the CSRF token
# Each crawl user gets an own cookie jar and session; the 2FA roles (dec.reviewer, finance) log in with the password
# alone only because they are demo accounts (dehong.security.mfa.demo-exempt, demo profile).
declare -A SESSIONS
session_ok() {  # session_ok USER: a logged-in page answers 200; a lost session redirects to /login
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "SESSION=${SESSIONS[$1]}" "$BASE_URL/tasks")" = 200 ]
}
login() {  # login USER: sets SESSIONS[USER]
  local user=$1 jar="$OUT/cookies-$1.txt" csrf session
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE_URL/login" \
    | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)".*/\1/' | head -1)
  [ -n "$csrf" ] || die "no _csrf hidden input on /login"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" \
    --data-urlencode "password=$SCAN_PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE_URL/login"
  session=$(awk '$6 == "SESSION" {print $7}' "$jar" | tail -1)
  [ -n "$session" ] || die "no SESSION cookie after the login of $user"
  SESSIONS[$user]=$session
  session_ok "$user" || die "login as $user failed (GET /tasks with the session is not 200; a second factor asked?)"
  log "logged in as $user"
}
for user in $SCAN_USERS; do
  login "$user"
done

# ---------------------------------------------------------------- wapiti
log "wapiti: modules $WAPITI_MODULES, crawl at most ${WAPITI_MAX_CRAWL}s, at most ${WAPITI_MAX_ATTACK}s per module, once per user"
# Debian's wapiti 3.0.4 crashes on every -x under Python 3.11 (its wildcard_translate puts the (?ms) flags at the
# end of the regex); run it through a wrapper that puts them at the start.
run_wapiti() {
  "$(head -1 "$(command -v wapiti)" | sed "s/^#!//")" - "$@" <<'PY'
import re, sys
import wapitiCore.net.crawler as crawler
def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")
crawler.wildcard_translate = wildcard_translate
from wapitiCore.main.wapiti import wapiti_main
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
PY
}
# "/" only redirects to /tasks, so the crawl starts from the main list pages too, of every role (a page the user
# may not open answers 403 and leads nowhere).
starts=()
for p in tasks services applications operations/tickets catalog security billing billing/periods billing/budgets \
         billing/penalties billing/joint-rules billing/changes projects trainings supervision assessment; do
  starts+=(-s "$BASE_URL/$p")
done
wapiti_findings=0
[ "$WAPITI" = 1 ] || log "wapiti skipped (WAPITI=$WAPITI)"
for user in $SCAN_USERS; do
  [ "$WAPITI" = 1 ] || break
  python3 - "$HOST" "${SESSIONS[$user]}" > "$OUT/wapiti-cookie-$user.json" <<'PY'
import json, sys
host, value = sys.argv[1], sys.argv[2]
key = host if host.replace('.', '').isdigit() else '.' + host
print(json.dumps({key: {"/": {"SESSION": {"value": value, "version": 0, "secure": False,
                                           "expires": None, "port": None}}}}))
PY
  report="$OUT/wapiti-$user.json"
  wlog="$OUT/wapiti-$user.log"
  run_wapiti -u "$BASE_URL/" --scope folder -c "$OUT/wapiti-cookie-$user.json" "${starts[@]}" \
    -m "$WAPITI_MODULES" -d 3 --max-links-per-page 60 --max-files-per-dir 30 \
    --max-scan-time "$WAPITI_MAX_CRAWL" --max-attack-time "$WAPITI_MAX_ATTACK" -t 10 \
    -x "$BASE_URL/logout" -x "$BASE_URL/logout*" -x "$BASE_URL/login*" -x "$BASE_URL/account/*" \
    -x "$BASE_URL/webjars/*" -x "$BASE_URL/css/*" -x "$BASE_URL/js/*" \
    --flush-session --store-session "$OUT/wapiti-session-$user" --no-bugreport -v 1 \
    -f json -o "$report" > "$wlog" 2>&1
  wapiti_rc=$?
  [ -s "$report" ] || die "wapiti ($user) wrote no report (exit $wapiti_rc), see $wlog"
  session_ok "$user" || die "the session of $user was lost during the wapiti scan; the results are not trustworthy"
  crawled=$(awk '/Launching module/ {exit} /^\[\+\] (GET|POST) / {n++} END {print n+0}' "$wlog")
  log "wapiti ($user): $crawled resources crawled (URLs and forms, see $(basename "$wlog"))"
  [ "$crawled" -ge 20 ] || die "wapiti crawled only $crawled resources as $user; is the session cookie accepted?"
  found=$(python3 - "$report" "$SUMMARY" "$user" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
out = open(sys.argv[2], "a")
vulns = sum(len(v) for v in report.get("vulnerabilities", {}).values())
anomalies = sum(len(v) for v in report.get("anomalies", {}).values())
out.write("wapiti (%s): %d vulnerabilities, %d anomalies (HTTP 500 or time-outs under attack)\n"
          % (sys.argv[3], vulns, anomalies))
for section in ("vulnerabilities", "anomalies"):
    for name, items in report.get(section, {}).items():
        for item in items:
            out.write("  %s %s: %s %s %s\n" % (section[:-3] if section.endswith("ies") else section, name,
                      item.get("method"), item.get("path"), item.get("info", "")[:300]))
print(vulns)
PY
)
  log "wapiti ($user): $found vulnerabilities (report $(basename "$report"))"
  wapiti_findings=$((wapiti_findings + found))
done

# ---------------------------------------------------------------- sqlmap
# name|URL|auth (session: SCAN_USER's, session:<user>, or basic:<user>)|parameters sqlmap tests (free text, ids, sort: where SQL is built)
TARGETS=(
  "services|$BASE_URL/services?q=web&status=ACTIVE&unitId=1&page=0&size=20&sort=id|session|q,unitId,sort"
  "tickets|$BASE_URL/operations/tickets?q=disk&status=OPEN&overdue=false&page=0&size=20&sort=id|session|q,status,sort"
  "catalog|$BASE_URL/catalog?category=COMPUTE&q=vm&sort=name&dir=asc|session|category,q,sort,dir"
  "applications|$BASE_URL/applications?q=a&status=DRAFT&campaignId=1&page=0&sort=id|session|q,campaignId,sort"
  "applications-dec|$BASE_URL/applications?q=a&status=REVIEW&campaignId=1&page=0&sort=id|session:$SCAN_DEC_USER|q,campaignId,sort"
  "budgets-finance|$BASE_URL/billing/budgets?year=2026&q=edu|session:$SCAN_FINANCE_USER|year,q"
  "api-services|$BASE_URL/api/v1/services?q=web&unitId=1&page=0&size=5&sort=id|basic:$SCAN_API_USER|q,unitId,sort"
  "api-tickets|$BASE_URL/api/v1/operations/tickets?q=disk&unitId=1&overdue=false&page=0&size=5&sort=id|basic:$SCAN_API_USER|q,unitId,sort"
  "api-quote|$BASE_URL/api/v1/catalog/quote?productId=1&quantity=1&VCPU=2&MEMORY_GB=4|basic:$SCAN_API_USER|productId,quantity"
  "api-audit|$BASE_URL/api/v1/audit?actor=admin&action=login&objectType=user&objectId=1&page=0&size=5&sort=id|basic:$SCAN_AUDIT_USER|actor,action,objectType,objectId,sort"
)
sqlmap_findings=0
sqlmap_incomplete=0
for t in "${TARGETS[@]}"; do
  IFS='|' read -r name url auth params <<< "$t"
  [ -z "$SQLMAP_ONLY" ] || [[ ",$SQLMAP_ONLY," == *",$name,"* ]] || continue
  [ "$auth" = session ] && auth="session:$SCAN_USER"
  if [ "${auth%%:*}" = session ]; then
    authopts=(--cookie="SESSION=${SESSIONS[${auth#session:}]}")
  else
    authopts=(--auth-type=Basic --auth-cred="${auth#basic:}:$SCAN_PASSWORD")
  fi
  code=$(if [ "${auth%%:*}" = session ]; then curl -s -o /dev/null -w '%{http_code}' -b "SESSION=${SESSIONS[${auth#session:}]}" "$url";
         else curl -s -o /dev/null -w '%{http_code}' -u "${auth#basic:}:$SCAN_PASSWORD" "$url"; fi)
  per_param=$SQLMAP_PARAM_TIMEOUT
  [ "${auth%%:*}" = basic ] && per_param=$SQLMAP_API_PARAM_TIMEOUT
  limit=$((per_param * $(tr ',' '\n' <<< "$params" | wc -l)))
  timeout "$limit" sqlmap -u "$url" -p "$params" "${authopts[@]}" --batch --level="$SQLMAP_LEVEL" --risk="$SQLMAP_RISK" \
    --timeout=10 --retries=1 --threads=4 --flush-session --disable-coloring \
    --output-dir="$OUT/sqlmap/$name" > "$OUT/sqlmap/$name.log" 2>&1
  sqlmap_rc=$?
  if grep -qE "is vulnerable|sqlmap identified the following injection point|appears to be .*injectable" \
      "$OUT/sqlmap/$name.log"; then
    sqlmap_findings=$((sqlmap_findings + 1))
    verdict="INJECTABLE"
    grep -E "Parameter:|Type:|Title:|Payload:" "$OUT/sqlmap/$name.log" | head -20 >> "$SUMMARY"
  else
    verdict=$(grep -E "do not appear to be injectable|not injectable|CRITICAL|ERROR" "$OUT/sqlmap/$name.log" \
      | tail -1 | sed 's/^\[[^]]*\] //' | cut -c1-160)
  fi
  if [ "$sqlmap_rc" = 124 ]; then
    verdict="stopped after ${limit}s (incomplete; last: $(grep -E 'testing' "$OUT/sqlmap/$name.log" | tail -1 | cut -c12-120))"
    sqlmap_incomplete=$((sqlmap_incomplete + 1))
  fi
  # a target that is not 200 before the scan tests an error page, not the query behind it
  if [ "$code" != 200 ]; then
    verdict="NOT TESTED PROPERLY (HTTP $code before the scan; fix the target URL) ${verdict:-}"
    sqlmap_incomplete=$((sqlmap_incomplete + 1))
  fi
  log "sqlmap $name [$params] (HTTP $code before the scan): ${verdict:-see log}"
done
for user in $SCAN_USERS; do
  session_ok "$user" || die "the session of $user was lost during the sqlmap runs; the results are not trustworthy"
done

# ---------------------------------------------------------------- verdict
total=$((wapiti_findings + sqlmap_findings))
log "findings: wapiti $wapiti_findings, sqlmap $sqlmap_findings injectable target(s) ($sqlmap_incomplete target(s) incomplete or not tested properly); details in $OUT"
[ "$total" -eq 0 ] || exit 1
exit 0
