#!/bin/sh
# Peak memory (VmHWM) of two annotty binaries once the background analysis
# has finished, alternated run by run (so both see the same load), through a
# 100x40 pty, on generated articles of each kind. Prints the median of N runs
# and the figure above each binary's own 1 KB peak, as a multiple of the file.
#   sh testdata/perf/peak-ab.sh OLD_BINARY NEW_BINARY
# Needs the evaluation tool ptykeys.py ($TOOLS, default ../shared/tools).
# SETTLE (default 8 s) must outlast the analysis of the largest article.
set -eu
OLD=$1 NEW=$2
N=${N:-5}
TOOLS=${TOOLS:-../shared/tools}
HERE=$(dirname "$0")
DIR=${DIR:-/tmp/annotty-peak}
FILES=${FILES:-10M-plain 50M-plain 10M-oneline 10M-quotes 50M-quotes} # the 1 KB baseline always runs first
mkdir -p "$DIR"
for f in 1K-plain $FILES; do
	[ -s "$DIR/$f.txt" ] || python3 "$HERE/genarticle.py" "${f%%-*}" --kind "${f#*-}" >"$DIR/$f.txt"
done
once() { # binary file -> VmHWM in kB
	python3 "$TOOLS/ptykeys.py" --rows 40 --cols 100 --ready '¶' --settle "${SETTLE:-8}" -n 0 -- "$1" "$2" |
		sed -n 's/^VmHWM: \([0-9]*\) kB.*/\1/p'
	rm -f "$2.annotty.json" "$2.annotty.json.lock"
}
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; } # kB -> MB
ratio() { awk -v p="$1" -v b="$2" -v s="$3" 'BEGIN { printf "%.2f", (p - b) * 1024 / s }'; } # kB kB bytes
. "$HERE/ab-lib.sh"
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
alternate "$DIR/1K-plain.txt" "$DIR/old.kb" "$DIR/new.kb"
base_old=$(median <"$DIR/old.kb") base_new=$(median <"$DIR/new.kb")
echo "1K-plain: old $(mb "$base_old") MB, new $(mb "$base_new") MB (medians of $N: the baselines)"
for f in $FILES; do
	[ "$f" = 1K-plain ] && continue
	alternate "$DIR/$f.txt" "$DIR/old.kb" "$DIR/new.kb"
	old=$(median <"$DIR/old.kb") new=$(median <"$DIR/new.kb")
	size=$(wc -c <"$DIR/$f.txt")
	echo "$f: old $(mb "$old") MB, new $(mb "$new") MB (medians of $N); above the 1 KB peak:" \
		"old $(ratio "$old" "$base_old" "$size")x, new $(ratio "$new" "$base_new" "$size")x the file"
done
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
