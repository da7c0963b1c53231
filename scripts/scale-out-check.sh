#!/usr/bin/env bash
# Brug on two instances behind nginx, sharing one PostgreSQL, one instance killed mid-run (decision 038).
#
#   scripts/scale-out-check.sh            builds the production jar if target/ has none, then runs the check
#   scripts/scale-out-check.sh --build    builds the jar again first
#
# Needs Debian's PostgreSQL server binaries (apt-get install -y postgresql), nginx (apt-get install -y nginx)
# and Chromium (apt-get install -y chromium). Settings: SCALE_WRITERS (6 mediators writing at once),
# SCALE_KILL_AFTER (30 confirmed writes before node1 is killed), SCALE_AFTER_KILL (30 more after),
# SCALE_RETENTION_DELAY (5: minutes to the nightly run both instances schedule), MVN_OPTS (default -o).
# Prints the figures in lines starting with SCALE-OUT; the whole output is in target/scale-out/check.log.
# Rerunnable: everything it starts is stopped and its temporary folders removed, also when it is interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=("nginx")
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || [ -n "${BRUG_TEST_PG_BIN:-}" ] || missing+=("postgresql")
command -v chromium >/dev/null || [ -n "${BRUG_CHROMIUM:-}" ] || missing+=("chromium")
if [ ${#missing[@]} -gt 0 ]; then
    echo "scale-out-check: install first: apt-get install -y ${missing[*]}" >&2
    exit 2
fi
export PATH="$PATH:/usr/sbin"

mvn_opts=${MVN_OPTS--o}
if [ "${1:-}" = "--build" ] || ! compgen -G "target/brug-*.jar" >/dev/null; then
    ./mvnw -B $mvn_opts package -DskipTests
fi

out=target/scale-out
mkdir -p "$out"

# What the check started, should the check itself be killed before it cleans up (it writes these as it goes).
cleanup() {
    [ -f "$out/pids" ] || return 0
    while read -r what value; do
        case "$what" in
            postgresql)
                if [ -d "$value/data" ]; then
                    pg_ctl=$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)
                    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$pg_ctl" -D "$value/data" -m immediate stop >/dev/null 2>&1 || true
                    else "$pg_ctl" -D "$value/data" -m immediate stop >/dev/null 2>&1 || true; fi
                    rm -rf "$value"
                fi ;;
            *) kill -9 "$value" 2>/dev/null || true ;;
        esac
    done < "$out/pids"
    rm -f "$out/pids"
}
trap cleanup EXIT
cleanup

echo "load before the run: $(cat /proc/loadavg)"
status=0
./mvnw -B $mvn_opts test -Dtest=ScaleOutCheck -Dsurefire.failIfNoSpecifiedTests=false -Dbrug.skip-postgresql=true \
    -Dscale.writers="${SCALE_WRITERS:-6}" -Dscale.kill-after="${SCALE_KILL_AFTER:-30}" \
    -Dscale.after-kill="${SCALE_AFTER_KILL:-30}" -Dscale.retention-delay="${SCALE_RETENTION_DELAY:-5}" \
    > "$out/check.log" 2>&1 || status=$?
grep -h '^SCALE-OUT' "$out/check.log" target/surefire-reports/nl.brug.operations.ScaleOutCheck-output.txt 2>/dev/null \
    | awk '!seen[$0]++' || true
if [ $status -ne 0 ]; then
    grep -E '^\[ERROR\]|Expecting|expected' "$out/check.log" | head -20 >&2
    echo "scale-out-check: FAILED (exit $status); see $out/check.log and $out/node*.log" >&2
else
    echo "scale-out-check: passed"
fi
exit $status
