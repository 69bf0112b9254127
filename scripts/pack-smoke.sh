#!/usr/bin/env bash
# Proves the package works for another archive: pack it, install the tarball into an empty
# folder, scaffold a corpus with `corpus-check init`, check it, and expect exit 0 and the reports.
# It uses only the installed bin, so it holds whether the bin runs src/ through tsx or a built dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "pack-smoke: $*" >&2; exit 1; }

tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
[ -f "$work/$tarball" ] || fail "npm pack wrote no tarball"
echo "pack-smoke: $tarball, $(wc -c <"$work/$tarball") bytes, $(tar -tzf "$work/$tarball" | wc -l) files"

app="$work/app"
mkdir "$app"
cd "$app"
# An empty folder with a package.json of its own, so npm installs here and not in a parent project.
echo '{ "name": "pack-smoke", "private": true }' >package.json
npm install --no-audit --no-fund --prefer-offline "$work/$tarball" >/dev/null ||
  fail "npm install of the tarball failed"
[ -x node_modules/.bin/corpus-check ] || fail "the package installed no corpus-check bin"

npx --no-install corpus-check init || fail "init exited $?"
for f in README.md rules/core.yaml data/registry/facts.yaml schemas/document.schema.json .github/workflows/corpus-check.yml; do
  [ -f "$f" ] || fail "init did not write $f"
done

set +e
npx --no-install corpus-check init >/dev/null 2>"$work/again.err"
again=$?
set -e
[ "$again" -eq 2 ] || fail "a second init exited $again, expected 2"
grep -q "README.md: already exists" "$work/again.err" || fail "a second init did not say which files are in the way"

npx --no-install corpus-check check || fail "check exited $?"
for f in consistency-report.md consistency-report.json consistency-report.html consistency.sarif; do
  [ -s "reports/$f" ] || fail "check did not write reports/$f"
done
# Another archive from raw text: eight texts of another subject, a draft of each, and a check with no
# error in which the texts' disagreement on the death toll is a finding; nothing names our corpus.
cp "$repo/test/fixtures/another-archive/"*.txt data/sources/
for f in data/sources/0*.txt; do
  npx --no-install corpus-check draft "$f" >/dev/null || fail "draft $f exited $?"
done
npx --no-install corpus-check check || fail "check of the drafts exited $?"
node -e '
const r = JSON.parse(require("fs").readFileSync("reports/consistency-report.json", "utf8"));
if (r.summary.error !== 0) { console.error("pack-smoke: errors on the drafts"); process.exit(1); }
if (!r.findings.some((f) => f.rule === "figure-conflict" && f.subject === "dead")) { console.error("pack-smoke: no death-toll finding"); process.exit(1); }
' || fail "the drafts' report is not as expected"
# Nothing the tool wrote into the archive or printed names our corpus, links to our repository or
# uses our examples: reports (SARIF help included), scaffold, schemas, drafts, registry.
npx --no-install corpus-check check >"$work/printed.txt" 2>&1 || true
npx --no-install corpus-check eval >>"$work/printed.txt" 2>&1 || true
if grep -rIil -E "khojaly|azerbaijan|karabakh|khojaly-corpus" --exclude-dir=node_modules . "$work/printed.txt"; then
  fail "the files above name the tool's own corpus"
fi
echo "pack-smoke: installed, init, check, draft of another archive, check: ok"
