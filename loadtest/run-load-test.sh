#!/usr/bin/env bash
# Brug under many users at once (issue #14, decision 037), in one command:
#
#   loadtest/run-load-test.sh                 # all three parts: load memory coldstart
#   loadtest/run-load-test.sh load            # or any of them
#
# It builds the production jar (and the Gatling project and the empty yardstick app), starts Brug once with the
# demo profile on a fresh data folder under target/loadtest, adds mediators load0001... with three cases each
# (LoadTestData.java), and then:
#   load      starts Brug, warms it up (5 users, 45 s), runs Gatling with 1 (the unloaded baseline), 50, 200 and 500
#             mediators at work (log in,
#             Mijn werk, then the case list, a filter, a case, a journal note, with think time), a JFR recording
#             per level (Brug's CPU seconds per level, and for the last level where they went, by library and by
#             Brug method, and its GC pauses); stops Brug and counts the notes in the database against the notes
#             Gatling saw saved.
#   memory    starts Brug, opens 5 sessions to warm it up, takes a class histogram (after a full GC), opens 200
#             sessions that log in and leave the case list open, takes it again: the difference per session.
#   coldstart starts the production jar and the empty Spring Boot + Vaadin + Security app three times each, in
#             turn, and times the first page served (/login); then the same jar from its extracted form with a
#             JDK 25 AOT cache (-XX:AOTCache) made by a training run.
# Every figure is printed on a line starting with BENCHMARK, with the load average taken just before.
#
# Environment: LOAD_LEVELS ("1 50 200 500"), MEMORY_SESSIONS (200), LOAD_PORT (18080), LOAD_STEADY_SECONDS (120),
# MAVEN_FLAGS (e.g. -o to build offline). Needs a JDK 25 (JAVA_HOME or java on the PATH) and curl.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/loadtest
PORT=${LOAD_PORT:-18080}
LEVELS=${LOAD_LEVELS:-"1 50 200 500"}
MEMORY_SESSIONS=${MEMORY_SESSIONS:-200}
STEADY=${LOAD_STEADY_SECONDS:-120}
MAVEN_FLAGS=${MAVEN_FLAGS:-}
PHASES=${*:-"load memory coldstart"}
if [[ -n "${JAVA_HOME:-}" ]]; then PATH=$JAVA_HOME/bin:$PATH; fi
BRUG_PID=""

say() { echo "== $(date +%H:%M:%S) $*"; }
loadavg() { echo "BENCHMARK loadavg $1 $(cut -d' ' -f1-3 /proc/loadavg)"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

stop_brug() {
    if [[ -n "$BRUG_PID" ]] && kill -0 "$BRUG_PID" 2>/dev/null; then
        kill "$BRUG_PID"
        wait "$BRUG_PID" 2>/dev/null || true
    fi
    BRUG_PID=""
}
trap stop_brug EXIT

# Starts a jar (the remaining arguments go to java before -jar) and waits until it answers /login.
start_jar() {
    local log=$1 jar=$2
    shift 2
    java "$@" -jar "$jar" --brug.data-dir="$OUT/data" --server.port="$PORT" >"$OUT/$log.log" 2>&1 &
    BRUG_PID=$!
    local deadline=$((SECONDS + 300))
    while ((SECONDS < deadline)); do
        kill -0 "$BRUG_PID" 2>/dev/null || fail "$jar stopped at start, see $OUT/$log.log"
        [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login")" == 200 ]] && return 0
        sleep 0.05
    done
    fail "$jar did not answer in time, see $OUT/$log.log"
}

gatling() {
    local label=$1
    shift
    (cd loadtest && ../mvnw -B -q $MAVEN_FLAGS gatling:test -Dbrug.url="http://localhost:$PORT" "$@") \
        >"$OUT/gatling-$label.log" 2>&1 || fail "Gatling failed, see $OUT/gatling-$label.log"
    local report
    report=$(ls -td loadtest/target/gatling/*/ | head -1)
    java loadtest/GatlingSummary.java "$report" "$label" | tee -a "$OUT/summary.txt"
}

build() {
    say "building the production jar, the Gatling project and the empty app"
    ./mvnw -B -q $MAVEN_FLAGS package -DskipTests -Dbrug.skip-postgresql=true
    (cd loadtest && ../mvnw -B -q $MAVEN_FLAGS test-compile)
    (cd loadtest/empty-app && ../../mvnw -B -q $MAVEN_FLAGS package -DskipTests)
    JAR=$(ls target/brug-*.jar | grep -v '\.original$' | head -1)
    EMPTY_JAR=$(ls loadtest/empty-app/target/brug-empty-app-*.jar | grep -v '\.original$' | head -1)
}

prepare_data() {
    say "preparing the data: demo data, then mediators load0001... with three cases each"
    rm -rf "$OUT"
    mkdir -p "$OUT/h2"
    (cd "$OUT/h2" && jar xf "$ROOT/$JAR" $(jar tf "$ROOT/$JAR" | grep 'BOOT-INF/lib/h2-'))
    H2=$(ls "$OUT"/h2/BOOT-INF/lib/h2-*.jar)
    DB="jdbc:h2:file:$OUT/data/brug;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
    start_jar prepare "$JAR" -Dspring.profiles.active=demo
    # The demo data is written by runners after the first page is served: wait for the last one.
    local deadline=$((SECONDS + 300))
    until grep -q "Demo cases created" "$OUT/prepare.log" || ((SECONDS > deadline)); do sleep 0.1; done
    stop_brug
    local users=$MEMORY_SESSIONS
    for level in $LEVELS; do ((level > users)) && users=$level; done
    java -cp "$H2" loadtest/LoadTestData.java "$DB" prepare $((users + 5))
}

run_load() {
    say "load: levels $LEVELS"
    # Deep stacks: a Vaadin request is more than the 64 frames JFR keeps by default, and the caller is what counts.
    start_jar load "$JAR" -XX:FlightRecorderOptions=stackdepth=256
    # Warm up first (class loading, JIT, Hibernate's and Vaadin's caches): a server that has just started answers
    # its first requests in seconds, which says nothing about many users. Its notes count too.
    gatling "warmup" -Dusers=5 -DrampSeconds=5 -DsteadySeconds=40 -DthinkMinSeconds=1 -DthinkMaxSeconds=2
    local saved
    saved=$(grep 'warmup request \+"notitie opslaan"' "$OUT/summary.txt" | sed 's/.* ok=\([0-9]*\).*/\1/')
    saved=${saved:-0}
    for users in $LEVELS; do
        local steady=$STEADY
        ((users == 1 && steady > 60)) && steady=60
        jcmd "$BRUG_PID" JFR.start name="users-$users" settings=profile filename="$OUT/users-$users.jfr" >/dev/null
        loadavg "before users=$users"
        gatling "users=$users" -Dusers="$users" -DsteadySeconds="$steady"
        jcmd "$BRUG_PID" JFR.stop name="users-$users" >/dev/null
        java loadtest/JfrProfile.java "$OUT/users-$users.jfr" >"$OUT/profile-users-$users.txt"
        sed -n "1s/BENCHMARK profile/BENCHMARK load users=$users/p" "$OUT/profile-users-$users.txt"
        local ok
        ok=$(grep "users=$users request \+\"notitie opslaan\"" "$OUT/summary.txt" | sed 's/.* ok=\([0-9]*\).*/\1/')
        saved=$((saved + ${ok:-0}))
    done
    stop_brug
    local stored
    stored=$(java -cp "$H2" loadtest/LoadTestData.java "$DB" count-notes)
    echo "BENCHMARK notes saved-as-seen-by-gatling=$saved in-database=$stored lost=$((saved > stored ? saved - stored : 0))"
    local last=${LEVELS##* }
    say "where the time went at $last users (JFR, $OUT/users-$last.jfr):"
    cat "$OUT/profile-users-$last.txt"
    jfr view gc-pauses "$OUT/users-$last.jfr" >"$OUT/gc-users-$last.txt"
    grep -E "Total|Number|Median|P95|P99" "$OUT/gc-users-$last.txt" | sed "s/^/BENCHMARK gc users=$last /" || true
}

histogram_total() { tail -1 "$1" | awk '{print $3}'; }

run_memory() {
    say "memory: $MEMORY_SESSIONS sessions with the case list open"
    start_jar memory "$JAR"
    # The five warm-up sessions load what every session shares (classes, caches) before the first histogram.
    gatling "memory-warmup" -Dscenario=open-list -Dusers=5 -DrampSeconds=5
    jcmd "$BRUG_PID" GC.class_histogram >"$OUT/histogram-before.txt"
    loadavg "before memory"
    gatling "memory" -Dscenario=open-list -Dusers="$MEMORY_SESSIONS" -DfirstUser=6
    jcmd "$BRUG_PID" GC.class_histogram >"$OUT/histogram-after.txt"
    jcmd "$BRUG_PID" GC.heap_info >"$OUT/heap-info.txt"
    stop_brug
    local before after
    before=$(histogram_total "$OUT/histogram-before.txt")
    after=$(histogram_total "$OUT/histogram-after.txt")
    echo "BENCHMARK memory sessions=$MEMORY_SESSIONS live-heap-before=$before live-heap-after=$after" \
        "per-session-bytes=$(((after - before) / MEMORY_SESSIONS))"
    say "what a session holds, by class (bytes per session, instances per session):"
    awk -v n="$MEMORY_SESSIONS" 'FNR == NR && $1 ~ /^[0-9]+:$/ { before[$4] = $3; count[$4] = $2; next }
        $1 ~ /^[0-9]+:$/ { d = $3 - before[$4]; if (d > 0) printf "%10.0f %8.1f %s\n", d / n, ($2 - count[$4]) / n, $4 }' \
        "$OUT/histogram-before.txt" "$OUT/histogram-after.txt" | sort -rn >"$OUT/histogram-per-session.txt"
    head -25 "$OUT/histogram-per-session.txt"
}

# Milliseconds from starting the JVM to the first 200 from /login.
time_start() {
    local label=$1 jar=$2
    shift 2
    local started
    started=$(date +%s%N)
    start_jar "coldstart-$label" "$jar" "$@"
    local ms=$((($(date +%s%N) - started) / 1000000))
    stop_brug
    echo "$ms"
}

run_coldstart() {
    say "cold start: the production jar against the empty Spring Boot + Vaadin + Security app"
    for round in 1 2 3; do
        loadavg "before coldstart round=$round"
        local brug empty
        brug=$(time_start brug "$JAR")
        empty=$(time_start empty "$EMPTY_JAR")
        echo "BENCHMARK coldstart round=$round brug-ms=$brug empty-app-ms=$empty ratio=$(awk -v a="$brug" -v b="$empty" 'BEGIN { printf "%.2f", a / b }')"
    done
    # The JDK 25 AOT cache (JEP 483/514/515) needs classes from plain jars, not nested ones: Boot's extracted layout.
    rm -rf "$OUT/extracted"
    java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/extracted" >/dev/null
    local extracted
    extracted=$(ls "$OUT"/extracted/*.jar | head -1)
    rm -f "$OUT/brug.aot"
    # Training: the start itself, then two mediators at work for a while, so the pages' classes are in it too.
    start_jar coldstart-training "$extracted" -XX:AOTCacheOutput="$OUT/brug.aot"
    gatling "aot-training" -Dusers=2 -DrampSeconds=1 -DsteadySeconds=20 -DthinkMinSeconds=1 -DthinkMaxSeconds=1 >/dev/null
    stop_brug
    [[ -f "$OUT/brug.aot" ]] || fail "no AOT cache written, see $OUT/coldstart-training.log"
    for round in 1 2 3; do
        loadavg "before coldstart-aot round=$round"
        local plain cached
        plain=$(time_start brug-extracted "$extracted")
        cached=$(time_start brug-aot "$extracted" -XX:AOTCache="$OUT/brug.aot")
        echo "BENCHMARK coldstart-aot round=$round brug-extracted-ms=$plain brug-extracted-aot-cache-ms=$cached" \
            "ratio=$(awk -v a="$cached" -v b="$plain" 'BEGIN { printf "%.2f", a / b }')"
    done
}

build
prepare_data
for phase in $PHASES; do
    case $phase in
        load) run_load ;;
        memory) run_memory ;;
        coldstart) run_coldstart ;;
        *) fail "unknown part $phase (load, memory, coldstart)" ;;
    esac
done
say "done; Gatling's reports are under loadtest/target/gatling, logs and recordings under $OUT"
