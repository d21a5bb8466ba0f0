# Sourced by ./mvnw (POSIX sh), after select-jdk.sh. The UI tests run the real workbench, so a
# build that runs tests needs an X display and GTK 3. On a desktop (DISPLAY set) nothing happens.
# On a machine without a display, this brings what is missing so that `./mvnw verify` passes as
# written: it installs Xvfb, GTK 3 and a font from Debian's packages when it may (root, or sudo
# without a password), starts a private Xvfb on a free display number for this build only, and
# stops it when Maven ends. When it may not install, it stops with one sentence saying what to run.
# Set HMIS_NO_XVFB=1 to leave all this out (then -Dhmis.skipUiTests=true skips the UI tests).

hmis_build_runs_ui_tests() {
  runs_tests=no
  for argument in "$@"; do
    case $argument in
      -Dhmis.skipUiTests=true|-DskipTests|-DskipTests=true|-Dmaven.test.skip|-Dmaven.test.skip=true)
        return 1 ;;
      test|integration-test|verify|install|deploy|*:test|*:integration-test)
        runs_tests=yes ;;
    esac
  done
  [ "$runs_tests" = yes ]
}

# Debian package names of what the UI tests need and this machine lacks (empty when nothing).
hmis_missing_ui_packages() {
  missing=""
  command -v Xvfb >/dev/null 2>&1 || missing="$missing xvfb"
  /sbin/ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing="$missing libgtk-3-0"
  [ -d /usr/share/fonts/truetype/dejavu ] || missing="$missing fonts-dejavu-core"
  echo "$missing"
}

hmis_install_ui_packages() {
  packages=$1
  if [ "$(id -u)" -eq 0 ]; then
    as_root=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root="sudo"
  else
    echo "hmis: the UI tests need a display; install the missing packages with 'sudo apt-get install$packages' and run ./mvnw verify again (or leave the UI tests out with -Dhmis.skipUiTests=true)." >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "hmis: the UI tests need a display and this is not a Debian-like system; install Xvfb and GTK 3 ($packages ) yourself and run ./mvnw verify again (or add -Dhmis.skipUiTests=true)." >&2
    exit 1
  fi
  echo "hmis: no display; installing what the UI tests need:$packages" >&2
  # shellcheck disable=SC2086 # the package list is split on purpose
  if ! { $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        && $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages; } >&2; then
    echo "hmis: could not install$packages with apt-get (see above); install them and run ./mvnw verify again, or add -Dhmis.skipUiTests=true." >&2
    exit 1
  fi
}

# Starts Xvfb on the first free display (-displayfd reports it once the server accepts clients)
# and a watchdog that stops it when this shell's process (Maven, after exec) ends.
hmis_start_private_xvfb() {
  display_file=$(mktemp "${TMPDIR:-/tmp}/hmis-xvfb.XXXXXX")
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$display_file" >/dev/null 2>&1 &
  xvfb_pid=$!
  waited=0
  while [ ! -s "$display_file" ] && kill -0 "$xvfb_pid" 2>/dev/null && [ "$waited" -lt 100 ]; do
    sleep 0.1
    waited=$((waited + 1))
  done
  display_number=$(tr -dc '0-9' <"$display_file")
  rm -f "$display_file"
  if [ -z "$display_number" ]; then
    kill "$xvfb_pid" 2>/dev/null
    echo "hmis: Xvfb did not start; run it yourself (Xvfb :99 &) and run DISPLAY=:99 ./mvnw verify, or add -Dhmis.skipUiTests=true." >&2
    exit 1
  fi
  build_pid=$$
  (
    while kill -0 "$build_pid" 2>/dev/null; do sleep 1; done
    kill "$xvfb_pid" 2>/dev/null
  ) </dev/null >/dev/null 2>&1 &
  DISPLAY=":$display_number"
  export DISPLAY
  echo "hmis: no display; the UI tests run on a private Xvfb at $DISPLAY" >&2
}

if [ -z "${DISPLAY:-}" ] && [ -z "${HMIS_NO_XVFB:-}" ] && hmis_build_runs_ui_tests "$@"; then
  hmis_missing=$(hmis_missing_ui_packages)
  [ -z "$hmis_missing" ] || hmis_install_ui_packages "$hmis_missing"
  hmis_start_private_xvfb
fi
