#!/bin/sh
# Builds the benchmarks and runs them (ctest -L bench), then shows only their figures;
# ctest's whole output is kept in <build>/bench.log.
#
#   tests/bench/run-benchmarks.sh [BUILD_DIR]              wall time and memory (default: build)
#   tests/bench/run-benchmarks.sh --callgrind [BUILD_DIR]  bench_core under valgrind: instruction
#                                                          counts, the same on every run
#
# Wall times depend on the machine and on what else it runs; compare runs on one machine.
set -eu

callgrind=false
if [ "${1:-}" = "--callgrind" ]; then
    callgrind=true
    shift
fi
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$src/build}

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$src" -B "$build" -G Ninja
fi
cmake --build "$build" --target bench_core bench_client bench_startup bench_processes

if $callgrind; then
    command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
    # Qt Test starts valgrind --tool=callgrind itself; 100 iterations per benchmark
    # (the first call's one-time set-up shrinks to 1 % of the figure).
    QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_core" -callgrind -iterations 100 2>&1 |
        grep -E '^(RESULT|FAIL|Totals)|instruction reads'
    exit 0
fi

status=0
ctest --test-dir "$build" -L bench -V >"$build/bench.log" 2>&1 || status=$?
# The figures: QBENCHMARK results and the benchmarks' own qInfo lines (not the app's
# ce.* log lines nor Qt's), failures, and ctest's summary.
sed -E 's/^[0-9]+: //' "$build/bench.log" |
    grep -E '^(RESULT|FAIL|XPASS|QINFO  : Bench)|per iteration|tests passed|tests failed|Passed|Failed|Timeout' |
    grep -vE '^QINFO  : Bench[A-Za-z]+::[A-Za-z0-9_]+\(\) ((ce|qt)\.[a-z.]+:|Sandboxing disabled)' |
    sed -E 's/^QINFO  : //'
echo "(whole output: $build/bench.log)"
# The real programs beside their floors, with more runs than ctest's.
"$build/tests/bench/bench_processes" -n 5 2>/dev/null || status=$?
exit $status
