#!/bin/sh
# Key -> screen of two annotty binaries, run one after the other on each
# article (so both see about the same load), through a 100x40 pty, with less
# on the same files: reading and cursor keys, search steps, and tag / undo /
# redo / undo with a 10,000-tag sidecar. Prints ptykeys.py's medians.
#   sh testdata/perf/keys-ab.sh OLD_BINARY NEW_BINARY
# Needs the evaluation tool ptykeys.py ($TOOLS, default ../shared/tools).
set -eu
OLD=$1 NEW=$2
N=${N:-15}
TOOLS=${TOOLS:-../shared/tools}
HERE=$(dirname "$0")
DIR=${DIR:-/tmp/annotty-keys-ab} # its own: it removes lock files there
F=$(printf '\033[40;H') # where both renderers leave the cursor after a frame
mkdir -p "$DIR"
for size in 1K 10M 50M; do
	[ -s "$DIR/$size.txt" ] || python3 "$HERE/genarticle.py" "$size" --kind plain >"$DIR/$size.txt"
done
keys() { # PTYKEYS-OPTIONS... -- BINARY FILE
	python3 "$TOOLS/ptykeys.py" --rows 40 --cols 100 --ready '¶' --jitter 0.02 "$@" 2>&1 | grep -v VmHWM_at || true
}
clean() { rm -f "$DIR"/*.annotty.json.lock "$DIR"/1K.txt.annotty.json "$DIR"/10M.txt.annotty.json "$DIR"/50M.txt.annotty.json; }
for size in 1K 10M 50M; do
	for bin in "$OLD" "$NEW"; do
		clean
		echo "== $bin $size ($(uptime | sed 's/.*load/load/'))"
		if [ "$size" = 1K ]; then # the article fits on the screen: cursor motions only
			keys --settle 5 -n "$N" --gap 0.05 --key w --expect "$F" --key w --expect "$F" --key B --expect "$F" \
				--key ')' --expect "$F" --key '(' --expect "$F" -- "$bin" "$DIR/$size.txt"
		else
			keys --settle 5 -n "$N" --gap 0.05 --key j --expect "$F" --key k --expect "$F" --key G --expect "$F" \
				--key g --expect "$F" --key w --expect "$F" --key ']' --expect "$F" -- "$bin" "$DIR/$size.txt"
		fi
		clean
		echo "   search steps (the gap lets the search finish):"
		keys --settle 5 -n "$N" --gap 0.4 --key '/council\r' --expect "$F" --key n --expect "$F" --key N --expect "$F" \
			-- "$bin" "$DIR/$size.txt"
	done
	if [ "$size" != 1K ]; then
		echo "== less $size"
		python3 "$TOOLS/ptykeys.py" --rows 40 --cols 100 --ready "$size.txt" -n "$N" --gap 0.05 --jitter 0.02 \
			--key j --expect ':' --key k --expect ':' -- less "$DIR/$size.txt" 2>&1 | grep key= || true
	fi
done
for size in 10M 50M; do
	cp "$DIR/$size.txt" "$DIR/tags.txt"
	(cd "$HERE/../.." && go run ./testdata/perf/gensidecar "$DIR/tags.txt" 10000) >/dev/null
	for bin in "$OLD" "$NEW"; do
		rm -f "$DIR/tags.txt.annotty.json.lock"
		echo "== $bin $size, 10,000 tags ($(uptime | sed 's/.*load/load/'))"
		keys --settle 8 -n 10 --gap 0.3 --key 1 --expect 'tagged' --key u --expect 'undone' \
			--key '\x12' --expect 'redone' --key u --expect 'undone' -- "$bin" "$DIR/tags.txt"
	done
	rm -f "$DIR"/tags.*
done
clean
