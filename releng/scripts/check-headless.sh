#!/bin/sh
# End-to-end checks of ./hmis-eval on the built product, with real processes (run by .ci/run after
# ./mvnw verify; builds the product first when needed, like ./hmis-eval):
#  - exit codes reach the shell through Equinox: 0, 1 (evaluation errors, a failed compliance rule), 2 (bad usage);
#  - standard output carries only the requested output: compute --format json on an XLSX workbook
#    (POI and its Log4j API loaded) is byte for byte what --out writes, and parses as JSON;
#  - HMIS_VM_ARGS: the default heap is 1 GB, a heap the user gives wins;
#  - out of memory (HMIS_VM_ARGS=-Xmx48m on a generated folder of 300,000 claims) exits 3 with a
#    message on standard error, and leaves neither the output file nor a temporary file;
#  - --progress reports rows and rows per second on standard error;
#  - consolidate on a network folder exits 0 with each figure's members, and 1 on a cycle.
set -eu
ROOT=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
cd "$ROOT"
. "$ROOT/.mvn/select-jdk.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/hmis-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "check-headless: FAILED: $*" >&2
  failures=$((failures + 1))
}
pass() {
  echo "check-headless: ok: $*"
}
# run_eval <name> [arguments...]: runs ./hmis-eval, stdout to $work/<name>.out, stderr to $work/<name>.err,
# and leaves its exit code in $code.
run_eval() {
  name=$1
  shift
  code=0
  ./hmis-eval "$@" >"$work/$name.out" 2>"$work/$name.err" || code=$?
}

# The first run builds the product when the sources are newer than it.
run_eval vimo compute examples/vimo --year 2006 --format json
if [ "$code" -eq 0 ] && grep -q '"code": "F.5"' "$work/vimo.out"; then pass "compute examples/vimo exits 0"; else fail "compute examples/vimo: exit $code"; fi
run_eval missing compute "$work/nowhere" --year 2006
if [ "$code" -eq 1 ] && grep -q "no such file or folder" "$work/missing.err"; then pass "a missing evaluation exits 1"; else fail "a missing evaluation: exit $code"; fi
run_eval usage compute examples/vimo
if [ "$code" -eq 2 ] && grep -q "usage: hmis-eval" "$work/usage.err"; then pass "bad usage exits 2"; else fail "bad usage: exit $code"; fi
# check: the guide's pack fails VIMO on F.4.1, F.4.2 and OI (exit 1, findings written all the same).
run_eval check check examples/vimo --year 2006 --pack guide --format json
if [ "$code" -eq 1 ] && grep -q '"outcome": "fail"' "$work/check.out" && grep -q "rules fail: GUIDE" "$work/check.err"; then
  pass "check examples/vimo --pack guide exits 1 with its findings"; else fail "check examples/vimo --pack guide: exit $code"; fi
run_eval checkpack check examples/vimo --year 2006 --pack nowhere
if [ "$code" -eq 2 ] && grep -q "pack must be one of" "$work/checkpack.err"; then pass "check --pack of no installed pack exits 2"; else fail "check --pack nowhere: exit $code"; fi

# consolidate on a network folder: a union of VIMO and a copy of it; then a network with a cycle.
mkdir -p "$work/network"
cp -r examples/vimo "$work/network/vimo"
cp -r examples/vimo "$work/network/vimo2"
printf 'id,name,level,parent,region,district,country,from_year,to_year\nu1,Union,union,,,,,,\nvimo,VIMO,mutual,u1,,,,,\nvimo2,VIMO 2,mutual,u1,,,,,\n' >"$work/network/network.csv"
run_eval consolidate consolidate "$work/network" --year 2006 --level union --format json
if [ "$code" -eq 0 ] && grep -q '"members": \["vimo", "vimo2"\]' "$work/consolidate.out" && grep -q '"code": "F.5"' "$work/consolidate.out"; then
  pass "consolidate a network exits 0 with the members of each figure"
else
  fail "consolidate: exit $code, standard error: $(head -c 600 "$work/consolidate.err")"
fi
printf 'id,name,level,parent,region,district,country,from_year,to_year\nu1,Union,union,u2,,,,,\nu2,Union 2,union,u1,,,,,\n' >"$work/network/network.csv"
run_eval cycle consolidate "$work/network" --year 2006 --out "$work/cycle.json"
if [ "$code" -eq 1 ] && grep -q "network.csv:2:4: cycle: u1" "$work/cycle.err" && [ ! -e "$work/cycle.json" ]; then
  pass "a network with a cycle exits 1, names the cell and writes nothing"
else
  fail "consolidate with a cycle: exit $code, standard error: $(head -c 600 "$work/cycle.err")"
fi

# An XLSX workbook of the VIMO example, written with the product's own Apache POI.
poi=$(ls "$ROOT"/releng/org.hmis.eval.product/target/products/org.hmis.eval.product/linux/gtk/x86_64/plugins/org.hmis.eval.poi_*.jar | head -n 1)
mkdir -p "$work/poi"
(cd "$work/poi" && "$JAVA_HOME/bin/jar" xf "$poi" lib)
cat >"$work/CsvToXlsx.java" <<'JAVA'
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes each CSV file of a folder (no quoted fields) as the sheet of the same name. */
public class CsvToXlsx {
    public static void main(String[] args) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path csv : files.sorted().toList()) {
                String name = csv.getFileName().toString();
                XSSFSheet sheet = workbook.createSheet(name.substring(0, name.length() - 4));
                int r = 0;
                for (String line : Files.readAllLines(csv)) {
                    XSSFRow row = sheet.createRow(r++);
                    String[] cells = line.split(",", -1);
                    for (int c = 0; c < cells.length; c++) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
                workbook.write(out);
            }
        }
    }
}
JAVA
"$JAVA_HOME/bin/java" -Dlog4j.provider=org.apache.logging.log4j.simple.internal.SimpleProvider \
  -cp "$work/poi/lib/*" "$work/CsvToXlsx.java" examples/vimo "$work/vimo.xlsx"
run_eval xlsx compute "$work/vimo.xlsx" --year 2006 --format json
run_eval xlsx-file compute "$work/vimo.xlsx" --year 2006 --format json --out "$work/xlsx.json"
if [ "$code" -eq 0 ] && cmp -s "$work/xlsx.out" "$work/xlsx.json" && grep -q '"code": "F.5"' "$work/xlsx.out"; then
  pass "compute on a workbook: standard output is exactly the JSON that --out writes"
else
  fail "compute on a workbook: standard output differs from the --out file; standard output begins:"
  head -n 3 "$work/xlsx.out" >&2
fi
if command -v python3 >/dev/null 2>&1; then
  if python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$work/xlsx.out"; then pass "standard output parses as JSON"; else fail "standard output does not parse as JSON"; fi
fi

# HMIS_VM_ARGS: 1 GB by default, the user's heap otherwise (the JVM logs its heap on stderr).
code=0
HMIS_VM_ARGS="-Xlog:gc+init:stderr" ./hmis-eval compute examples/vimo --year 2006 >/dev/null 2>"$work/heap-default.err" || code=$?
if grep -q "Heap Max Capacity: 1G" "$work/heap-default.err"; then pass "the default heap is 1 GB"; else fail "the default heap is not 1 GB: $(grep -i 'heap max' "$work/heap-default.err")"; fi
code=0
HMIS_VM_ARGS="-Xlog:gc+init:stderr -Xmx2g" ./hmis-eval compute examples/vimo --year 2006 >/dev/null 2>"$work/heap-user.err" || code=$?
if grep -q "Heap Max Capacity: 2G" "$work/heap-user.err"; then pass "HMIS_VM_ARGS=-Xmx2g wins over the default"; else fail "HMIS_VM_ARGS=-Xmx2g lost: $(grep -i 'heap max' "$work/heap-user.err")"; fi

# A folder too big for a 48 MB heap: 100,000 members and 300,000 claims.
big="$work/big"
mkdir -p "$big"
printf 'key,value\nname,Big\ncurrency,MU\n' >"$big/scheme.csv"
awk 'BEGIN {
  print "member_id,start_date,end_date,premium_due" > "'"$big"'/contracts.csv";
  print "beneficiary_id,member_id,role" > "'"$big"'/beneficiaries.csv";
  print "claim_id,beneficiary_id,provider,category,service_date,status,amount_covered" > "'"$big"'/claims.csv";
  for (i = 0; i < 100000; i++) {
    print "M" i ",2006-01-01,2006-12-31,1000" > "'"$big"'/contracts.csv";
    print "B" i ",M" i ",member" > "'"$big"'/beneficiaries.csv";
  }
  for (i = 0; i < 300000; i++) {
    printf "C%d,B%d,Hospital Y,outpatient,2006-%02d-15,authorized,%d\n", i, i % 100000, 1 + i % 12, 100 + i % 50 > "'"$big"'/claims.csv";
  }
}'
mkdir -p "$work/results"
code=0
HMIS_VM_ARGS=-Xmx48m ./hmis-eval compute "$big" --year 2006 --format json --out "$work/results/big.json" \
  >"$work/oom.out" 2>"$work/oom.err" || code=$?
if [ "$code" -eq 3 ] && grep -q "out of memory" "$work/oom.err" && grep -q "HMIS_VM_ARGS=-Xmx" "$work/oom.err" \
    && [ -z "$(ls -A "$work/results")" ]; then
  pass "out of memory exits 3 with a message and writes nothing: $(head -n 1 "$work/oom.err")"
else
  fail "out of memory: exit $code, results: $(ls -A "$work/results"), standard error: $(head -c 600 "$work/oom.err")"
fi

# --progress on the same folder with the default heap.
run_eval progress validate "$big" --progress
if [ "$code" -eq 0 ] && grep -q "claims.csv: 300,000 rows read in" "$work/progress.err" && grep -q "rows/s" "$work/progress.err"; then
  pass "--progress reports rows and rows/s on standard error: $(grep claims.csv "$work/progress.err" | tail -n 1)"
else
  fail "--progress: exit $code, standard error: $(head -c 600 "$work/progress.err")"
fi

if [ "$failures" -gt 0 ]; then
  echo "check-headless: $failures check(s) failed" >&2
  exit 1
fi
echo "check-headless: all checks passed"
