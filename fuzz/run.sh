#!/usr/bin/env bash
# Fuzz until TOTAL executions are done, restarting libFuzzer after each finding (it stops at the
# first one) so one long background run collects them all. Corpus and findings persist in
# fuzz/corpus-work/ (git-ignored). Usage:
#   fuzz/run.sh bytes|text TOTAL [MAX_LEN]     e.g.  nice -n 19 fuzz/run.sh text 600000 &
# Prints one line per libFuzzer run; the total is in fuzz/corpus-work/<mode>.total.
set -u
cd "$(dirname "$0")/.."
MODE=${1:?bytes or text}
TOTAL=${2:?number of executions}
MAX_LEN=${3:-4096}
PY=${PYTHON:-.venv/bin/python}
W=fuzz/corpus-work
mkdir -p "$W/$MODE" "$W/findings" "$W/seeds4k"
[ -n "$(ls -A "$W/seeds4k")" ] || "$PY" fuzz/make_seeds.py "$W/seeds4k" --max-len "$MAX_LEN"
FLAG=""; [ "$MODE" = text ] && FLAG="--text"
done_n=0; [ -f "$W/$MODE.total" ] && done_n=$(cat "$W/$MODE.total")
while [ "$done_n" -lt "$TOTAL" ]; do
  left=$((TOTAL - done_n))
  log="$W/$MODE.$(date +%s).log"
  "$PY" fuzz/fuzz_parse.py $FLAG -runs="$left" -max_len="$MAX_LEN" -timeout=10 -rss_limit_mb=3072 \
      -print_final_stats=1 -dict=fuzz/tbparse.dict -artifact_prefix="$W/findings/$MODE-" "$W/$MODE" "$W/seeds4k" >"$log" 2>&1
  rc=$?
  n=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  n=${n:-0}
  if [ "$n" -eq 0 ]; then  # no stats (killed or crashed before printing): count the last pulse line
    n=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#'); n=${n:-0}
  fi
  done_n=$((done_n + n)); echo "$done_n" > "$W/$MODE.total"
  echo "$(date -u +%H:%M:%S) $MODE rc=$rc +$n total=$done_n $(grep -m1 -E 'Uncaught|ERROR: libFuzzer' "$log" | head -c 120)"
  [ "$n" -eq 0 ] && [ "$rc" -ne 0 ] && { echo "no progress, stopping"; exit 1; }
done
