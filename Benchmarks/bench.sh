#!/usr/bin/env bash
# Jianbao against Hugo on the same articles, in one run: `make bench` (N = 1000 and 10000).
#
# usage:  Benchmarks/bench.sh [N ...]
# env:    RUNS=5          timed runs per measurement (hyperfine, after one warm-up run)
#         BENCH_WORK=dir  scratch space; default /dev/shm/jianbao-bench (tmpfs: the steadiest numbers)
# needs:  hugo, hyperfine, cc, libcmark-dev, GNU time (`make bench` installs them with apt-get)
#
# For each N: make_corpus.py writes N reports; `jianbao export --markdown` turns them into the Markdown
# Hugo builds, so both generators build the same articles. Timed, with a warm page cache:
#   jianbao        jianbao build, cold: no output folder or manifest from a last build
#   hugo           hugo --quiet into a fresh output folder (Benchmarks/hugo-site: articles, districts, home)
#   cmark-write    cmark_all -o: render every exported article with libcmark and write it (the floor)
#   jianbao-edit   jianbao build after appending a sentence to one report, output and manifest in place
#   serve edit     jianbao serve: a figure added to one report, save → reload event (Benchmarks/serve_latency.py)
# Peak memory is GNU time's maximum RSS of one more run of each generator.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
WORK=${BENCH_WORK:-/dev/shm/jianbao-bench}
RUNS=${RUNS:-5}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
for tool in hugo hyperfine cc python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y hugo hyperfine gcc time" >&2; exit 1; }
done
JIANBAO=$ROOT/.build/release/jianbao
(cd "$ROOT" && swift build -c release --product jianbao >/dev/null)
mkdir -p "$WORK"
cc -O2 -o "$WORK/cmark_all" "$HERE/cmark_all.c" -lcmark -lpthread

# Outputs are moved aside, never deleted between runs: on an ext4 without a journal, creating files
# right after deleting thousands is slow, which would time the file system instead of the generators.
TRASH=$WORK/trash
aside() { echo "mkdir -p $TRASH && for d in $*; do if [ -e \$d ]; then mv \$d $TRASH/\$\$-\$RANDOM-\$(date +%s%N); fi; done"; }
time_it() {
    hyperfine --style basic --runs "$RUNS" --warmup 1 --prepare "$2" --command-name "$1" \
        --export-json "$D/$1.json" "$3" >>"$D/bench.log" 2>&1
}

for N in "${SIZES[@]}"; do
    D=$WORK/n$N
    echo "== N=$N, in $D"
    eval "$(aside "$D")" && mkdir -p "$D"
    python3 "$HERE/make_corpus.py" "$N" "$D/txt" >/dev/null
    "$JIANBAO" export --quiet --reports "$D/txt" --markdown "$D/content/articles" 2>/dev/null || true

    BUILD="$JIANBAO build --quiet --reports $D/txt --output $D/public"
    COLD="$D/public $D/.public.manifest"
    time_it jianbao "$(aside "$COLD")" "$BUILD 2>/dev/null"
    eval "$(aside "$COLD")"
    /usr/bin/time -f %M -o "$D/jianbao-rss.txt" $BUILD 2>/dev/null
    "$JIANBAO" build --reports "$D/txt" --output "$D/public" --timings 2>/dev/null >"$D/jianbao-timings.txt"

    EDITED=$(ls "$D/txt" | sed -n 1p)
    time_it jianbao-edit "echo '本报讯 又有一个项目签约。' >> $D/txt/$EDITED" "$BUILD 2>/dev/null"
    python3 "$HERE/serve_latency.py" --jianbao "$JIANBAO" --reports "$D/txt" --runs 20 --json "$D/serve-edit.json" >/dev/null

    HUGO="hugo --quiet --noBuildLock --source $HERE/hugo-site --contentDir $D/content --destination $D/hugo-public --cacheDir $D/hugo-cache"
    time_it hugo "$(aside "$D/hugo-public")" "$HUGO"
    eval "$(aside "$D/hugo-public")"
    /usr/bin/time -f %M -o "$D/hugo-rss.txt" $HUGO

    time_it cmark-write "$(aside "$D/cmark-out") && mkdir $D/cmark-out" "$WORK/cmark_all -o $D/cmark-out $D/content/articles"

    cat >"$D/stats.json" <<JSON
{"reports": $N, "report_mib": $(du -sm "$D/txt" | cut -f1), "articles": $(ls "$D/content/articles" | wc -l),
 "jianbao_pages": $(find "$D/public" -name '*.html' | wc -l), "hugo_pages": $(find "$D/hugo-public" -name '*.html' | wc -l),
 "jianbao_rss_mib": $(( $(cat "$D/jianbao-rss.txt") / 1024 )), "hugo_rss_mib": $(( $(cat "$D/hugo-rss.txt") / 1024 ))}
JSON
done

python3 "$HERE/table.py" "$WORK" "${SIZES[@]}" | tee "$WORK/table.md"
rm -rf "$TRASH"
