#!/bin/sh
# Register-scale benchmark (issue 9; see ../README.md): one synthetic scheme of MEMBERS members,
# BENEFICIARIES beneficiaries and CLAIMS claims, year N = 2024, run in the same invocation through
#   ours    ./hmis-eval compute FOLDER --year 2024 --format json --out FILE
#   sqlite3 fresh database file, .import of contracts, beneficiaries and claims, Table 8's GROUP BY
#   duckdb  DuckDB JDBC in memory, read_csv of the same three files, the same GROUP BY
# Usage: releng/benchmarks/run.sh scale [MEMBERS BENEFICIARIES CLAIMS]   (default 25000 100000 500000)
# Environment: HMIS_BENCH_DIR (scratch, default ${TMPDIR:-/tmp}/hmis-bench), HMIS_BENCH_SEED,
# HMIS_BENCH_TIMEOUT (seconds per tool, default 3600), HMIS_BENCH_RESULTS (folder of the result
# file, default releng/benchmarks/results), DUCKDB_VERSION (org.duckdb:duckdb_jdbc, default 2.0.0.1).
set -eu
ROOT=$(CDPATH='' cd -- "$(dirname -- "$0")/../../.." && pwd)
# selects the JDK and defines hmis_product_is_current / hmis_build_product
. "$ROOT/releng/scripts/launch.sh"

MEMBERS=${1:-25000}
BENEFICIARIES=${2:-100000}
CLAIMS=${3:-500000}
YEAR=2024
SEED=${HMIS_BENCH_SEED:-20240101}
SCRATCH=${HMIS_BENCH_DIR:-${TMPDIR:-/tmp}/hmis-bench}
TIMEOUT=${HMIS_BENCH_TIMEOUT:-3600}
RESULTS=${HMIS_BENCH_RESULTS:-$ROOT/releng/benchmarks/results}
DUCKDB_VERSION=${DUCKDB_VERSION:-2.0.0.1}
HERE="$ROOT/releng/benchmarks/scale"

for tool in /usr/bin/time sqlite3 jq timeout; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "scale: $tool is missing (Debian: apt-get install time sqlite3 jq)" >&2
    exit 2
  fi
done

# --- the product (built outside the measurement) and the DuckDB driver -------------------------
hmis_product_is_current || hmis_build_product
m2=${MAVEN_REPO:-$HOME/.m2/repository}
DUCKDB_JAR="$m2/org/duckdb/duckdb_jdbc/$DUCKDB_VERSION/duckdb_jdbc-$DUCKDB_VERSION.jar"
if [ ! -f "$DUCKDB_JAR" ]; then
  echo "scale: fetching org.duckdb:duckdb_jdbc:$DUCKDB_VERSION into $m2" >&2
  (cd "$ROOT" && ./mvnw -B -q dependency:get -Dartifact="org.duckdb:duckdb_jdbc:$DUCKDB_VERSION" \
      -Dtransitive=false) >&2
fi

# --- the data: generated once per sizes, seed and generator version, then reused ---------------
generator_version=$(sha256sum "$HERE/GenerateRegisters.java" | cut -c1-12)
DATA="$SCRATCH/data/registers-$MEMBERS-$BENEFICIARIES-$CLAIMS-seed$SEED-$generator_version"
if [ ! -f "$DATA/rows.txt" ]; then
  echo "scale: generating $DATA" >&2
  rm -rf "$DATA.partial"
  mkdir -p "$DATA.partial"
  started=$(date +%s.%N)
  "$JAVA_HOME/bin/java" -Xmx2g "$HERE/GenerateRegisters.java" "$MEMBERS" "$BENEFICIARIES" "$CLAIMS" \
      "$DATA.partial" "$SEED" > "$DATA.partial/rows.tmp"
  ended=$(date +%s.%N)
  mv "$DATA.partial/rows.tmp" "$DATA.partial/rows.txt"
  echo "generated_seconds $(echo "$started $ended" | awk '{printf "%.1f", $2 - $1}')" >> "$DATA.partial/rows.txt"
  rm -rf "$DATA"
  mv "$DATA.partial" "$DATA"
fi
rows_of() { awk -v f="$1" '$1 == f { print $2 }' "$DATA/rows.txt"; }
CONTRACT_ROWS=$(rows_of contracts.csv)
BENEFICIARY_ROWS=$(rows_of beneficiaries.csv)
CLAIM_ROWS=$(rows_of claims.csv)
PAYMENT_ROWS=$(rows_of payments.csv)
ROWS=$((CONTRACT_ROWS + BENEFICIARY_ROWS + CLAIM_ROWS))
DATA_BYTES=$(cat "$DATA"/*.csv | wc -c)

RUN="$SCRATCH/runs/$(date +%Y%m%d-%H%M%S)-$MEMBERS-$BENEFICIARIES-$CLAIMS"
mkdir -p "$RUN/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$RUN/classes" -cp "$DUCKDB_JAR" "$HERE/DuckDbTable8.java"
# every tool starts with the files in the page cache
cat "$DATA"/*.csv > /dev/null

load_now() { sed 's/.*load average: *//' /proc/loadavg 2>/dev/null | awk '{print $1, $2, $3}'; }
# the machine's CPU use over one second and the processes that used it (second frame of top;
# command names only, not their arguments)
top_cpu() {
  if command -v top >/dev/null 2>&1; then
    top -b -n 2 -d 1 -w 120 | awk '/^top -/ { frame++ } frame == 2' \
      | awk 'NR == 3 || NR == 7 || (NR > 7 && $9 + 0 >= 0.5)' | head -n 10
  else
    ps -eo pid,pcpu,rss,etime,comm --sort=-pcpu | head -n 8
  fi
}
LOAD_START=$(uptime)
TOP_START=$(top_cpu)
# the 1-minute load average every 5 s while the tools run, for the result file
(while :; do echo "$(date +%s) $(cut -d' ' -f1 /proc/loadavg)"; sleep 5; done) > "$RUN/loadavg.log" &
SAMPLER=$!
trap 'kill "$SAMPLER" 2>/dev/null || true' EXIT

# measure NAME COMMAND...: wall time, peak RSS and exit status of COMMAND under /usr/bin/time -v,
# stopped after $TIMEOUT seconds (exit 124, or 137 when it had to be killed).
measure() {
  name=$1
  shift
  echo "scale: running $name" >&2
  echo "$name $(load_now)" >> "$RUN/load.txt"
  status=0
  /usr/bin/time -v -o "$RUN/$name.time" timeout -k 30 "$TIMEOUT" "$@" \
      > "$RUN/$name.out" 2> "$RUN/$name.err" || status=$?
  echo "$status" > "$RUN/$name.status"
}

# largest heap occupancy in a -Xlog:gc,gc+exit file: before each collection, and at exit (MiB)
peak_heap() {
  [ -f "$1" ] || { echo "-"; return; }
  awk '
    function mib(v) { u = substr(v, length(v)); n = substr(v, 1, length(v) - 1) + 0
                      return u == "G" ? n * 1024 : u == "K" ? n / 1024 : u == "B" ? n / 1048576 : n }
    / Pause / && /->/ { for (i = 1; i <= NF; i++) if ($i ~ /->/) { split($i, a, "->"); v = mib(a[1]); if (v > max) max = v } }
    /gc,exit/ && /heap/ && / used / { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/,$/, "", v); v = mib(v); if (v > max) max = v } }
    END { if (max == "") print "-"; else printf "%.0f MiB\n", max }' "$1"
}

wall_of() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$1"; }
cpu_of() { awk -F': ' '/Percent of CPU this job got/ { print $2 }' "$1"; }
rss_of() { awk -F': ' '/Maximum resident set size/ { printf "%.0f MiB", $2 / 1024 }' "$1"; }

# --- a. our product ---------------------------------------------------------------------------
HMIS_VM_ARGS="${HMIS_VM_ARGS:-} -Xlog:gc,gc+exit:file=$RUN/ours-gc.log"
export HMIS_VM_ARGS
touch "$RUN/ours.started"
measure ours "$ROOT/hmis-eval" compute "$DATA" --year "$YEAR" --format json --out "$RUN/ours.json"
unset HMIS_VM_ARGS
# an exception that escapes the application goes to the Equinox log of the product's configuration
# area (-data @none), not to standard error: keep what this run wrote there
find "$HMIS_PRODUCT/configuration" -maxdepth 1 -name '*.log' -newer "$RUN/ours.started" \
  -exec cat {} + > "$RUN/ours-equinox.log" 2>/dev/null || true
OURS_CHECK="no output file"
OURS_COUNT="" OURS_COST=""
if [ -s "$RUN/ours.json" ]; then
  if OURS_CHECK=$(jq -r '
      (.indicators | length) as $n | ([.indicators[] | select(.computable)] | length) as $c
      | (.tables.T8 // []) as $t8 | ([$t8[] | select(.provider == "ALL" and .category == "ALL")][0]) as $all
      | if $n > 0 and ($t8 | length) > 0 and $all != null and ($all.counts | length) == 12
          and (.tables.T7.X | length) == 12
        then "complete: \($n) indicators (\($c) computable), T7, T8 with \($t8 | length) rows"
        else "INCOMPLETE: \($n) indicators, T8 rows \($t8 | length)" end' "$RUN/ours.json" 2>&1); then
    OURS_COUNT=$(jq '[.tables.T8[] | select(.provider == "ALL" and .category == "ALL")][0].counts | add' "$RUN/ours.json")
    OURS_COST=$(jq '[.tables.T8[] | select(.provider == "ALL" and .category == "ALL")][0].costs | add' "$RUN/ours.json" \
        | awk '{printf "%.2f", $1}')
  else
    OURS_CHECK="INVALID JSON: $(echo "$OURS_CHECK" | head -n 1)"
  fi
fi
case $OURS_CHECK in
  complete*) echo yes > "$RUN/ours.ok" ;;
  *) echo no > "$RUN/ours.ok" ;;
esac

# --- b. sqlite3 -------------------------------------------------------------------------------
cat > "$RUN/sqlite.sql" <<EOF
.bail on
.mode csv
.import "$DATA/contracts.csv" contracts
.import "$DATA/beneficiaries.csv" beneficiaries
.import "$DATA/claims.csv" claims
CREATE TABLE t8 AS
  SELECT provider, category, CAST(substr(service_date, 6, 2) AS INTEGER) AS month,
         count(*) AS claims, sum(CAST(amount_covered AS REAL)) AS cost
  FROM claims
  WHERE status = 'authorized' AND service_date BETWEEN '$YEAR-01-01' AND '$YEAR-12-31'
  GROUP BY provider, category, month;
.mode list
.separator " "
SELECT 'contracts', count(*) FROM contracts;
SELECT 'beneficiaries', count(*) FROM beneficiaries;
SELECT 'claims', count(*) FROM claims;
SELECT 't8_cells', count(*) FROM t8;
SELECT 't8_count', sum(claims) FROM t8;
SELECT 't8_cost', printf('%.2f', sum(cost)) FROM t8;
EOF
rm -f "$RUN/sqlite.db"
measure sqlite3 sqlite3 "$RUN/sqlite.db" < "$RUN/sqlite.sql"
rm -f "$RUN/sqlite.db"

# --- c. DuckDB through JDBC -------------------------------------------------------------------
measure duckdb "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xlog:gc,gc+exit:file="$RUN/duckdb-gc.log" \
    -cp "$RUN/classes:$DUCKDB_JAR" DuckDbTable8 "$DATA" "$YEAR"

kill "$SAMPLER" 2>/dev/null || true
LOAD_END=$(uptime)
TOP_END=$(top_cpu)
LOAD_DURING=$(awk '{ n++; s += $2; if (n == 1 || $2 > max) max = $2; if (n == 1 || $2 < min) min = $2 }
  END { if (n) printf "min %.2f, mean %.2f, max %.2f over %d samples", min, s / n, max, n }' "$RUN/loadavg.log")

# --- the table --------------------------------------------------------------------------------
value_of() { awk -v k="$2" '$1 == k { print $2 }' "$RUN/$1.out" 2>/dev/null; }
# a run succeeded when it exited 0 with its whole output (ours: the JSON checked above)
for tool in sqlite3 duckdb; do
  if [ "$(cat "$RUN/$tool.status")" = 0 ] && [ -n "$(value_of "$tool" t8_count)" ]; then
    echo yes > "$RUN/$tool.ok"
  else
    echo no > "$RUN/$tool.ok"
  fi
done
row() { # name label heap-log
  status=$(cat "$RUN/$1.status")
  ok=$(cat "$RUN/$1.ok")
  wall=$(wall_of "$RUN/$1.time")
  rss=$(rss_of "$RUN/$1.time")
  heap=$([ -n "$3" ] && peak_heap "$3" || echo "-")
  rate=$(awk -v r="$ROWS" -v w="$wall" -v ok="$ok" 'BEGIN { if (w > 0 && ok == "yes") printf "%.0f", r / w; else print "-" }')
  case $status/$ok in
    0/yes) outcome="0 (ok)" ;;
    0/no) outcome="0, but no complete output: FAILED" ;;
    124/*) outcome="124: timed out after ${TIMEOUT} s" ;;
    137/*) outcome="137: killed" ;;
    *) outcome="$status: FAILED" ;;
  esac
  echo "| $2 | $wall | $rate | $heap | $rss | $outcome | $(cpu_of "$RUN/$1.time") |"
}
ratio() {
  awk -v a="$(wall_of "$RUN/ours.time")" -v b="$(wall_of "$RUN/$1.time")" \
      -v oka="$(cat "$RUN/ours.ok")" -v okb="$(cat "$RUN/$1.ok")" 'BEGIN {
    if (b <= 0) { print "-"; exit }
    printf "%.1f", a / b
    if (oka != "yes") printf " (ours failed after %.1f s)", a
    if (okb != "yes") printf " (the other failed after %.1f s)", b
    print "" }'
}
# Table 8 totals (authorized claims of year N) of every tool that gave them, and whether they agree
totals() {
  list="" first="" differ=""
  for tool in ours sqlite3 duckdb; do
    if [ "$tool" = ours ]; then c=$OURS_COUNT t=$OURS_COST; else c=$(value_of "$tool" t8_count) t=$(value_of "$tool" t8_cost); fi
    if [ -z "$c" ]; then
      list="$list; $tool: none"
      continue
    fi
    list="$list; $tool: $c claims, cost $t"
    if [ -z "$first" ]; then
      first="$c $t"
    elif ! echo "$first $c $t" | awk '{ d = $2 - $4; exit !($1 == $3 && d < 0.5 && d > -0.5) }'; then
      differ=yes
    fi
  done
  echo "${list#; } — $([ -n "$differ" ] && echo "they DIFFER" || echo "those given agree")"
}

TABLE=$(
  echo "| tool | wall (s) | rows/s | peak heap | peak RSS | exit status | CPU |"
  echo "|---|---|---|---|---|---|---|"
  row ours "hmis-eval compute (ours)" "$RUN/ours-gc.log"
  row sqlite3 "sqlite3 $(sqlite3 --version | cut -d' ' -f1)" ""
  row duckdb "DuckDB JDBC $DUCKDB_VERSION" "$RUN/duckdb-gc.log"
)
RATIO_SQLITE=$(ratio sqlite3)
RATIO_DUCKDB=$(ratio duckdb)
TOTALS=$(totals)

human() { awk -v n="$1" 'BEGIN { if (n >= 1e6 && n % 1e6 == 0) printf "%dM", n / 1e6;
  else if (n >= 1e3 && n % 1e3 == 0) printf "%dk", n / 1e3; else printf "%d", n }'; }
SIZES="$(human "$MEMBERS")-$(human "$BENEFICIARIES")-$(human "$CLAIMS")"

echo
echo "register scale $SIZES: $ROWS register rows (contracts $CONTRACT_ROWS, beneficiaries $BENEFICIARY_ROWS, claims $CLAIM_ROWS), $DATA"
echo "$TABLE"
echo "ours / sqlite3: $RATIO_SQLITE    ours / DuckDB: $RATIO_DUCKDB"
echo "ours: $OURS_CHECK"
echo "Table 8 totals: $TOTALS"
echo "run folder: $RUN"

# --- the result file --------------------------------------------------------------------------
mkdir -p "$RESULTS"
RESULT="$RESULTS/$(date +%Y-%m-%d)-scale-$SIZES.md"
# the product's sources: the last commit that changed them, and whether the work tree changes them
product_paths="pom.xml .mvn target-platform bundles features releng/pom.xml releng/org.hmis.eval.product"
# shellcheck disable=SC2086 # several paths on purpose
commit=$(cd "$ROOT" && git log -1 --format=%h -- $product_paths 2>/dev/null || echo unknown)
# shellcheck disable=SC2086
dirty=$(cd "$ROOT" && git status --porcelain -- $product_paths 2>/dev/null | head -n 1)
first_lines() { # name: standard error's first lines (and ours' Equinox log), for a failed run
  if [ "$(cat "$RUN/$1.ok")" != yes ]; then
    echo
    if [ -s "$RUN/$1.err" ]; then
      echo "Standard error of $1 (first 15 lines):"
      echo
      echo '```'
      head -n 15 "$RUN/$1.err"
      echo '```'
    else
      echo "Standard error of $1: empty."
    fi
    if [ "$1" = ours ] && [ -s "$RUN/ours-equinox.log" ]; then
      echo
      echo "What the run wrote to the product's Equinox log (\`configuration/*.log\`; first 20 lines from the first entry):"
      echo
      echo '```'
      sed -n '/^!ENTRY/,$p' "$RUN/ours-equinox.log" | head -n 20
      echo '```'
    fi
  fi
}
{
  [ -s "$RESULT" ] && echo && echo "---" && echo
  echo "# Register scale, $SIZES ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Command: \`releng/benchmarks/run.sh scale $MEMBERS $BENEFICIARIES $CLAIMS\` with the product built from commit $commit${dirty:+ plus uncommitted changes to it}."
  echo
  echo "Data: $MEMBERS members, $BENEFICIARIES beneficiaries, $CLAIMS claims, year $YEAR, seed $SEED"
  echo "(generator $generator_version, $(awk '$1 == "generated_seconds" { print $2 }' "$DATA/rows.txt") s to write):"
  echo "contracts $CONTRACT_ROWS, beneficiaries $BENEFICIARY_ROWS, claims $CLAIM_ROWS rows ($ROWS in the"
  echo "three files every tool reads; our product also reads payments.csv, $PAYMENT_ROWS rows, and the scheme's"
  echo "lists); $(awk -v b="$DATA_BYTES" 'BEGIN { printf "%.0f MB", b / 1e6 }') of CSV in all."
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo),"
  echo "$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), Linux $(uname -r);"
  echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 2p); sqlite3 $(sqlite3 --version | cut -d' ' -f1);"
  echo "DuckDB JDBC $DUCKDB_VERSION. Our product runs with the heap \`hmis-eval\` sets (\`-Xmx1g\`)."
  echo
  echo "$TABLE"
  echo
  echo "Ratio of our wall time to sqlite3's: $RATIO_SQLITE; to DuckDB's: $RATIO_DUCKDB."
  echo
  echo "- ours: $OURS_CHECK"
  echo "- Table 8 totals (authorized claims of $YEAR): $TOTALS"
  first_lines ours
  first_lines sqlite3
  first_lines duckdb
  echo
  echo "Load when each tool started (1, 5, 15 min averages):"
  echo
  sed 's/^/- /' "$RUN/load.txt"
  echo
  echo "1-minute load average sampled every 5 s during the three runs: $LOAD_DURING."
  echo "Before the run: \`$(echo "$LOAD_START" | sed 's/^ *//')\`; after: \`$(echo "$LOAD_END" | sed 's/^ *//')\`."
  echo "CPU use and top processes over one second before and after the run (top):"
  echo
  echo '```'
  echo "$TOP_START"
  echo '...'
  echo "$TOP_END"
  echo '```'
} >> "$RESULT"
echo "result: $RESULT"
