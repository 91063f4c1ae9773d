#!/bin/sh
# SHACL validation of summitkg's output: extracts every sample (samples/*.txt) and every dev
# report (../shared/eval/dev/docs/*.txt, when present) to N-Quads and validates each output
# against ontology/shapes.ttl with scripts/shacl-validate.mjs (npm package shacl-engine, from
# package.json / package-lock.json; installed with `npm ci` when node_modules is missing).
# Then checks that the shapes do catch errors, on hand-broken copies of one output.
#
# Usage: tests/shacl.sh            (from anywhere; SUMMITKG=path overrides src/summitkg)
# Ends with the line "N passed, N failed"; exits 1 on any failure, 77 (skip) without node/npm.

set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
summitkg=${SUMMITKG:-$root/src/summitkg}
shapes=ontology/shapes.ttl
validator=scripts/shacl-validate.mjs
devdocs=../shared/eval/dev/docs

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "shacl.sh: node and npm are needed (apt-get install nodejs npm); skipped"
    exit 77
fi
if [ ! -x "$summitkg" ]; then
    echo "shacl.sh: $summitkg is missing: build it first (make)"
    echo "0 passed, 1 failed"
    exit 1
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/summitkg-shacl.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

if [ ! -d node_modules/shacl-engine ] || [ ! -d node_modules/n3 ]; then
    echo "shacl.sh: node_modules is missing: npm ci"
    if ! npm ci --no-audit --no-fund >"$tmp/npm-ci.log" 2>&1; then
        cat "$tmp/npm-ci.log"
        echo "shacl.sh: npm ci failed"
        echo "0 passed, 1 failed"
        exit 1
    fi
fi

passed=0
failed=0
start=$(date +%s)

# --- extract ---------------------------------------------------------------------------------
inputs=""
for f in samples/*.txt; do
    inputs="$inputs $f"
done
if [ -d "$devdocs" ]; then
    for f in "$devdocs"/*.txt; do
        [ -f "$f" ] && inputs="$inputs $f"
    done
else
    echo "shacl.sh: $devdocs is absent: dev reports skipped"
fi

mkdir -p "$tmp/out"
outputs=""
for f in $inputs; do
    case $f in
        samples/*) name=sample-$(basename "$f" .txt) ;;
        *) name=dev-$(basename "$f" .txt) ;;
    esac
    out="$tmp/out/$name.nq"
    if "$summitkg" extract -o nquads "$f" >"$out" 2>"$tmp/err"; then
        outputs="$outputs $out"
    else
        echo "FAIL: $f: summitkg extract failed:"
        sed 's/^/    /' "$tmp/err"
        failed=$((failed + 1))
    fi
done

# --- validate (one node process for all outputs) -------------------------------------------
if [ -n "$outputs" ]; then
    # shellcheck disable=SC2086
    node "$validator" "$shapes" $outputs >"$tmp/report" 2>&1
    status=$?
    sed "s|$tmp/out/||g" "$tmp/report"
    for out in $outputs; do
        line=$(grep -F "$out: " "$tmp/report" | head -n 1)
        case $line in
            "$out: conforms "*) passed=$((passed + 1)) ;;
            *) failed=$((failed + 1)) ;;
        esac
    done
    if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
        echo "FAIL: $validator exited $status"
        failed=$((failed + 1))
    fi
fi

# --- the shapes catch errors: hand-broken copies of one sample's output ---------------------
base=$tmp/out/sample-au-assembly-2025.nq
if [ ! -s "$base" ]; then
    "$summitkg" extract -o nquads samples/au-assembly-2025.txt >"$base" 2>/dev/null
fi
skg='https://w3id.org/summitkg/ontology#'
oa='http://www.w3.org/ns/oa#'
dec='"^^<http://www.w3.org/2001/XMLSchema#decimal>'
ev=$(grep -F "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${skg}Evidence>" "$base" | head -n 1 | cut -d' ' -f1)
if [ -z "$ev" ]; then
    echo "FAIL: no skg:Evidence in $base"
    failed=$((failed + 1))
else
    pos=$(grep -F "$ev <${oa}hasTarget> " "$base" | cut -d' ' -f3 | sed 's|/target>$|/position>|')
    mkdir -p "$tmp/broken"
    # 1. an evidence without skg:rule
    grep -v -F "$ev <${skg}rule> " "$base" >"$tmp/broken/no-rule.nq"
    # 2. a confidence of 1.5
    awk -v p="$ev <${skg}confidence> " -v r="\"1.5$dec" \
        'index($0, p) == 1 { sub(/"[^"]*"\^\^<[^>]*>/, r) } { print }' "$base" >"$tmp/broken/confidence.nq"
    # 3. a span that ends past its sentence (the SPARQL-based constraint)
    awk -v p="$pos <${oa}end> " \
        'index($0, p) == 1 { sub(/"[0-9]+"/, "\"999999\"") } { print }' "$base" >"$tmp/broken/span.nq"
    # 4. a blank node
    awk -v p="$ev " 'index($0, p) == 1 { sub(/^<[^>]*>/, "_:b0") } { print }' "$base" >"$tmp/broken/blank-node.nq"
    for b in no-rule confidence span blank-node; do
        if cmp -s "$base" "$tmp/broken/$b.nq"; then
            echo "FAIL: broken copy '$b' is unchanged (the test's edit did not apply)"
            failed=$((failed + 1))
        elif node "$validator" "$shapes" "$tmp/broken/$b.nq" >"$tmp/broken/$b.out" 2>&1; then
            echo "FAIL: broken copy '$b' passed validation:"
            sed 's/^/    /' "$tmp/broken/$b.out"
            failed=$((failed + 1))
        elif grep -q ': DOES NOT CONFORM: ' "$tmp/broken/$b.out"; then
            echo "rejected as it should be: broken copy '$b': $(grep -m1 '^  Violation' "$tmp/broken/$b.out" | sed 's/^ *//' | cut -c1-200)"
            passed=$((passed + 1))
        else
            echo "FAIL: broken copy '$b': validator error:"
            sed 's/^/    /' "$tmp/broken/$b.out"
            failed=$((failed + 1))
        fi
    done
fi

echo "shacl.sh: $(($(date +%s) - start)) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
