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
# draft_and_check <fixture folder> <rule:subject>...: draft each text of the folder in the current
# archive, check, and expect no error and a finding for each rule:subject given.
draft_and_check() {
  local texts=$1
  shift
  cp "$texts/"*.txt data/sources/
  for f in data/sources/0*.txt; do
    "$bin" draft "$f" >/dev/null || fail "draft $f exited $?"
  done
  "$bin" check || fail "check of the drafts exited $?"
  node -e '
const r = JSON.parse(require("fs").readFileSync("reports/consistency-report.json", "utf8"));
if (r.summary.error !== 0) { console.error("pack-smoke: errors on the drafts"); process.exit(1); }
for (const want of process.argv.slice(1)) {
  const [rule, subject] = want.split(":");
  if (!r.findings.some((f) => f.rule === rule && f.subject === subject)) { console.error(`pack-smoke: no ${rule} finding on ${subject}`); process.exit(1); }
}
' "$@" || fail "the drafts' report of $texts is not as expected"
}
bin="$app/node_modules/.bin/corpus-check"
draft_and_check "$repo/test/fixtures/another-archive" figure-conflict:dead figure-conflict:present figure-conflict:dead.percent
# A second subject, in an archive of its own: a shipwreck whose texts disagree on figures and on a name.
mkdir "$app/shipwreck"
(cd "$app/shipwreck" && "$bin" init >/dev/null && draft_and_check "$repo/test/fixtures/another-archive-shipwreck" figure-conflict:dead figure-conflict:present text-conflict:person.fenwick) ||
  fail "the shipwreck archive failed"
# Nothing the tool wrote into the archive or printed names our corpus, links to our repository or
# uses our examples: reports (SARIF help included), scaffold, schemas, drafts, registry.
npx --no-install corpus-check check >"$work/printed.txt" 2>&1 || true
npx --no-install corpus-check eval >>"$work/printed.txt" 2>&1 || true
(cd "$app/shipwreck" && "$bin" check && "$bin" eval) >>"$work/printed.txt" 2>&1 || true
if grep -rIil -E "khojaly|azerbaijan|karabakh|khojaly-corpus" --exclude-dir=node_modules . "$work/printed.txt"; then
  fail "the files above name the tool's own corpus"
fi
echo "pack-smoke: installed, init, check, drafts of two other archives, check: ok"
