# Shared by ./hmis-workbench and ./hmis-eval (sourced, POSIX sh): like a Maven wrapper, builds the
# product when it is missing or older than the sources, then starts it with the Equinox launcher
# jar (Maven Central has no native Eclipse launcher). Needs ROOT set to the repository root.

. "$ROOT/.mvn/select-jdk.sh"

HMIS_PRODUCT="$ROOT/releng/org.hmis.eval.product/target/products/org.hmis.eval.product/linux/gtk/x86_64"
# Materializing the product writes config.ini last; sources newer than it mean a rebuild.
HMIS_STAMP="$HMIS_PRODUCT/configuration/config.ini"

hmis_product_is_current() {
  [ -f "$HMIS_STAMP" ] || return 1
  changed=$(find "$ROOT/pom.xml" "$ROOT/.mvn" "$ROOT/target-platform" "$ROOT/bundles" "$ROOT/features" \
      "$ROOT/releng/pom.xml" "$ROOT/releng/org.hmis.eval.product" "$ROOT/examples" \
      -type f -newer "$HMIS_STAMP" -not -path '*/target/*' -not -path '*/lib/*' -print 2>/dev/null | head -n 1)
  [ -z "$changed" ]
}

hmis_build_product() {
  echo "hmis: building the product (first run, or the sources changed); this takes a few minutes the first time..." >&2
  if ! (cd "$ROOT" && ./mvnw -B -q -DskipTests package) >&2; then
    echo "hmis: the build failed; see the messages above" >&2
    exit 2
  fi
}

# hmis_default_heap <size>: a maximum heap for the JVM unless HMIS_VM_ARGS already gives one. The
# user's choice wins: with several -Xmx the JVM takes the last, so a default appended after the
# user's options would silently override them.
hmis_default_heap() {
  case " ${HMIS_VM_ARGS:-} " in
    *" -Xmx"* | *" -XX:MaxHeapSize="* | *" -XX:MaxRAM="* | *" -XX:MaxRAMPercentage="*) ;;
    *) HMIS_VM_ARGS="-Xmx$1 ${HMIS_VM_ARGS:-}" ;;
  esac
}

# Logs go to the user's data folder (HMIS_LOG_DIR, default ~/.hmis-eval/logs, created readable
# by the user only), never into the installation: the OSGi log as <name>.log, bounded by Equinox
# to 1 MB and 5 older files (<name>.log.bak_0...), and Derby's as derby-<name>.log, rewritten at
# each start. A -Dosgi.logfile or -Dderby.stream.error.file in HMIS_VM_ARGS wins.
hmis_log_args() {
  log_name=$1
  log_dir=${HMIS_LOG_DIR:-$HOME/.hmis-eval/logs}
  if ! (umask 077 && mkdir -p "$log_dir"); then
    echo "hmis: cannot create the log folder $log_dir; give another with HMIS_LOG_DIR=DIR" >&2
    exit 2
  fi
  HMIS_LOG_FILE="$log_dir/$log_name.log"
  HMIS_DERBY_LOG_FILE="$log_dir/derby-$log_name.log"
}

# hmis_launch <application id> <log name> [launcher and application arguments...]
hmis_launch() {
  application=$1
  hmis_log_args "$2"
  shift 2
  hmis_product_is_current || hmis_build_product
  launcher=$(ls "$HMIS_PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
  if [ -z "$launcher" ]; then
    echo "hmis: no Equinox launcher in $HMIS_PRODUCT" >&2
    exit 2
  fi
  # shellcheck disable=SC2086 # HMIS_VM_ARGS holds several JVM options on purpose
  # The log options come first so that HMIS_VM_ARGS, after them, overrides them (the last -D wins).
  exec "$JAVA_HOME/bin/java" "-Dosgi.logfile=$HMIS_LOG_FILE" -Declipse.log.size.max=1000 -Declipse.log.backup.max=5 \
    "-Dderby.stream.error.file=$HMIS_DERBY_LOG_FILE" ${HMIS_VM_ARGS:-} \
    -jar "$launcher" -application "$application" -nosplash "$@"
}
