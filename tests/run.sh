#!/usr/bin/env bash
# The project's test command (README "Run the tests"). On a fresh machine it installs what the tests need
# (Debian chromium for the dashboard tests, a CJK font, node and Azurite for the functions app), builds, runs every test project once, and prints one closing line `N passed, N failed, N skipped` computed from the TRX results.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# --- Debian packages: chromium (Playwright drives it), a CJK font for charts -----------------------------
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} ..."
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 || echo "warning: apt-get install ${need[*]} failed"
fi

# --- node + Azurite (the functions app's cloud-mode tests run Azure Blob + Queue against it) ------------
command -v npm >/dev/null 2>&1 || {
  echo "installing nodejs npm ..."
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null 2>&1 || echo "warning: apt-get install nodejs npm failed"
}
if [ ! -x "$root/.tools/azurite/node_modules/.bin/azurite" ]; then
  echo "installing azurite 3.37.0 into .tools/azurite ..."
  npm install --prefix "$root/.tools/azurite" --no-audit --no-fund --silent azurite@3.37.0 >/dev/null 2>&1 || echo "warning: npm install azurite failed"
fi

# --- build and test ----------------------------------------------------------------------------------------
results="$root/TestResults"
rm -rf "$results"
dotnet build ShanghaiAi.Stats.sln -c Release -nologo -v q
build_rc=$?
test_rc=1
if [ $build_rc -eq 0 ]; then
  dotnet test ShanghaiAi.Stats.sln -c Release --no-build -nologo \
    --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
  test_rc=$?
fi

python3 - "$results" "$build_rc" "$test_rc" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    c = ET.parse(f).getroot().find(".//{*}Counters")
    if c is None: continue
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    skipped += int(c.get("notExecuted", 0))
if sys.argv[2] != "0" or sys.argv[3] != "0": failed = max(failed, 1)
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
[ $build_rc -eq 0 ] && [ $test_rc -eq 0 ]
