# Sourced by ./mvnw, ./hmis-workbench and ./hmis-eval: picks a JDK new enough for the stack.
# BIRT 4.22 and the Eclipse 2025-12 platform need Java 21+, so a machine whose default java is
# older (JDK 17 here) would fail to resolve the target platform. An explicit JAVA_HOME that is
# new enough wins; otherwise the newest JDK 21+ found under /usr/lib/jvm is used.
hmis_java_major() {
  # The JDK's release file names its version; reading it costs nothing, whereas starting each
  # candidate JVM to ask it added most of a second to every ./hmis-eval command.
  if [ -f "$1/release" ]; then
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
    if [ -n "$major" ]; then
      echo "$major"
      return
    fi
  fi
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
hmis_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] \
     && [ "$(hmis_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  best="" best_major=0
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(hmis_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best=$candidate best_major=$major
    fi
  done
  if [ -z "$best" ]; then
    echo "HMIS Evaluator needs a JDK 21 or newer (set JAVA_HOME)." >&2
    return 1
  fi
  JAVA_HOME=$best
  export JAVA_HOME
}
hmis_select_jdk || exit 1
