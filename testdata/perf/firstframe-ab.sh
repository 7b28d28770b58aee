#!/bin/sh
# First frames of two annotty binaries, alternated run by run (so both see the
# same load), through a 100x40 pty: 1 KB, 10 MB and 50 MB articles, the big
# ones also with a 10,000-tag sidecar. Prints the median of N runs each.
#   sh testdata/perf/firstframe-ab.sh OLD_BINARY NEW_BINARY
# Needs the evaluation tool ttff.py ($TOOLS, default ../shared/tools).
set -eu
OLD=$1 NEW=$2
N=${N:-9}
TOOLS=${TOOLS:-../shared/tools}
HERE=$(dirname "$0")
DIR=${DIR:-/tmp/annotty-ab}
mkdir -p "$DIR"
for size in 1K 10M 50M; do
	[ -s "$DIR/$size.txt" ] || python3 "$HERE/genarticle.py" "$size" --kind plain >"$DIR/$size.txt"
done
for size in 10M 50M; do
	if [ ! -s "$DIR/${size}-tags.txt.annotty.json" ]; then
		cp "$DIR/$size.txt" "$DIR/${size}-tags.txt"
		(cd "$HERE/../.." && go run ./testdata/perf/gensidecar "$DIR/${size}-tags.txt" 10000)
	fi
done
once() { # binary file -> milliseconds
	python3 "$TOOLS/ttff.py" -n 1 --rows 40 --cols 100 --marker '¶' -- "$1" "$2" | sed 's/.*median_ms=\([0-9.]*\).*/\1/'
}
. "$HERE/ab-lib.sh"
for f in 1K 10M 10M-tags 50M 50M-tags; do
	alternate "$DIR/$f.txt" "$DIR/old.ms" "$DIR/new.ms"
	echo "$f: old $(median <"$DIR/old.ms") ms, new $(median <"$DIR/new.ms") ms (medians of $N)"
done
