#!/usr/bin/env bash
# Validates every report with the validator its consumers use; fails on any error or warning.
# Run after `npm run check` (and `CI_JSON=1 npm run test:all` for reports/junit.xml). .ci/run calls it.
# Needs: node_modules (npm ci), java (Debian default-jre-headless), xmllint (Debian libxml2-utils).
set -uo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

step "SARIF: Microsoft SARIF Multitool validate, rule kinds Sarif;Gh (reports/consistency.sarif)"
multitool=$(node -p 'require("@microsoft/sarif-multitool")' 2>/dev/null)
if [ -z "$multitool" ] || [ ! -x "$multitool" ]; then
  echo "SARIF Multitool not found: run npm ci"
  fail=1
else
  "$multitool" --version 2>&1 | head -1
  # The tool prints what it finds but exits 0 all the same: its own SARIF log, filtered to errors and
  # warnings, must have no result.
  "$multitool" validate reports/consistency.sarif --rule-kind "Sarif;Gh" --level "Error;Warning" \
    --output "$tmp/validation.sarif" --log ForceOverwrite
  rc=$?
  found=$(node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(log.runs.reduce((n, r) => n + (r.results ?? []).length, 0));
  ' "$tmp/validation.sarif")
  if [ "$rc" -ne 0 ] || [ "$found" != "0" ]; then
    echo "SARIF: ${found:-?} error(s) or warning(s) (exit $rc)"
    fail=1
  else
    echo "SARIF: valid, no errors or warnings"
  fi
fi

step "Markdown: markdownlint-cli2 with reports/.markdownlint-cli2.jsonc (reports/consistency-report.md)"
npx --no-install markdownlint-cli2 reports/consistency-report.md || fail=1

step "HTML: W3C Nu Html Checker (vnu.jar), warnings are errors (reports/consistency-report.html)"
vnu=node_modules/vnu-jar/build/dist/vnu.jar
if ! command -v java >/dev/null 2>&1 || [ ! -f "$vnu" ]; then
  echo "needs java (Debian default-jre-headless) and vnu-jar (npm ci)"
  fail=1
else
  printf 'Nu Html Checker %s\n' "$(java -jar "$vnu" --version)"
  java -jar "$vnu" --Werror reports/consistency-report.html && echo "HTML: valid, no errors or warnings" || fail=1
fi

step "JUnit: xmllint --schema test/validators/junit.xsd (reports/junit.xml)"
if ! command -v xmllint >/dev/null 2>&1; then
  echo "needs xmllint (Debian libxml2-utils)"
  fail=1
elif [ ! -f reports/junit.xml ]; then
  # Vitest writes it only with CI_JSON=1; .ci/run sets REQUIRE_JUNIT so a missing file fails there.
  echo "no reports/junit.xml (CI_JSON=1 npm run test:all writes it)"
  [ -n "${REQUIRE_JUNIT:-}" ] && fail=1
else
  xmllint --version 2>&1 | head -1
  xmllint --noout --schema test/validators/junit.xsd reports/junit.xml || fail=1
fi

printf '\n'
[ "$fail" -eq 0 ] && echo "validate-reports: every report is valid" || echo "validate-reports: FAILED"
exit $fail
