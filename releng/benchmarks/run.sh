#!/bin/sh
# Benchmarks (see README.md here): compiled against the bundles of the last build and run outside
# OSGi. Usage: releng/benchmarks/run.sh [schemes] [rounds]            (country scale)
#              releng/benchmarks/run.sh registers [members] [rounds]  (registers of one scheme)
#              releng/benchmarks/run.sh scale [members] [beneficiaries] [claims]
#                (the headless command against sqlite3 and DuckDB on one large scheme, scale/scale.sh)
set -eu
ROOT=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
if [ "${1:-}" = scale ]; then
  shift
  exec "$ROOT/releng/benchmarks/scale/scale.sh" "$@"
fi
. "$ROOT/.mvn/select-jdk.sh"
MAIN=CountryScaleBenchmark
if [ "${1:-}" = registers ]; then
  MAIN=RegisterScaleBenchmark
  shift
fi
SCHEMES=${1:-1000}
ROUNDS=${2:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

jars=""
for bundle in model indicators indicators.financial indicators.functional interchange sheets store; do
  jar=$(ls "$ROOT"/bundles/org.hmis.eval.$bundle/target/org.hmis.eval.$bundle-*.jar 2>/dev/null | grep -v sources | head -n 1)
  [ -n "$jar" ] || { echo "build the product first: ./mvnw -DskipTests package" >&2; exit 2; }
  jars="$jars:$jar"
done
m2=${MAVEN_REPO:-$HOME/.m2/repository}
for emf in org.eclipse.emf.ecore/2.42.0/org.eclipse.emf.ecore-2.42.0.jar \
           org.eclipse.emf.common/2.45.0/org.eclipse.emf.common-2.45.0.jar \
           org.eclipse.emf.ecore.xmi/2.40.0/org.eclipse.emf.ecore.xmi-2.40.0.jar; do
  jars="$jars:$m2/org/eclipse/emf/$emf"
done
for derby in "$ROOT"/bundles/org.hmis.eval.derby/lib/*.jar; do
  jars="$jars:$derby"
done
classpath=${jars#:}

mkdir -p "$WORK/classes"
"$JAVA_HOME/bin/javac" -nowarn -d "$WORK/classes" -cp "$classpath" \
  "$ROOT"/releng/benchmarks/src/org/hmis/eval/benchmarks/*.java
"$JAVA_HOME/bin/java" -Xmx2g -Dderby.stream.error.file="$WORK/derby.log" \
  -cp "$WORK/classes:$classpath" "org.hmis.eval.benchmarks.$MAIN" "$SCHEMES" "$ROUNDS" "$WORK"
