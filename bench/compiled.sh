#!/usr/bin/env bash
# What compiling the hot modules with mypyc would buy: an experiment, not a build.
#
# Copies src/ to a temporary directory, compiles the value-language parser
# (expressions/_grammar, _normalize, _numbers, _dates) and the text reader's path
# (readers/_grid, _text, _decode, _detect) with mypyc, then runs both benchmarks
# against that copy (PYTHONPATH puts it first). The working tree is not touched and
# perftrack itself stays pure Python. docs/performance.md records the figures.
#
# Needs the dev extra (mypy ships mypyc) and a C compiler with the Python headers.
# Run from anywhere: bench/compiled.sh [--rounds N]   (rounds of the parse benchmark)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=${PYTHON:-python}
rounds=20
if [[ ${1:-} == "--rounds" && -n ${2:-} ]]; then
    rounds=$2
fi

work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT
cp -r "${repo}/src" "${work}/src"

echo "compiling with mypyc in ${work} (about a minute)..."
if ! (cd "${work}/src" && "${python}" -m mypyc \
    perftrack/expressions/_grammar.py perftrack/expressions/_normalize.py \
    perftrack/expressions/_numbers.py perftrack/expressions/_dates.py \
    perftrack/readers/_grid.py perftrack/readers/_text.py \
    perftrack/readers/_decode.py perftrack/readers/_detect.py >"${work}/mypyc.log" 2>&1); then
    tail -n 30 "${work}/mypyc.log"
    echo "mypyc failed: see above" >&2
    exit 1
fi

export PYTHONPATH="${work}/src"
"${python}" - <<'EOF'
import perftrack.expressions._grammar as grammar
import perftrack.readers._grid as grid

for module in (grammar, grid):
    if not module.__file__.endswith(".so"):
        raise SystemExit(f"not the compiled module: {module.__file__}")
print("compiled modules in use:", grammar.__file__, grid.__file__, sep="\n  ")
EOF

echo
"${python}" "${repo}/bench/bench_expressions.py" --rounds "${rounds}"
echo
"${python}" "${repo}/bench/bench_read.py" --rounds 3
