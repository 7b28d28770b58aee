# Shared by the A/B scripts (firstframe-ab.sh, peak-ab.sh): source it after
# setting OLD, NEW and N and defining `once BINARY FILE`, which prints one
# measurement.

# median prints the median of the numbers on standard input.
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

# alternate FILE OLD_OUT NEW_OUT runs `once` N times for each binary on
# FILE, old and new in turn (so both see the same load), into the two files.
alternate() {
	: >"$2"
	: >"$3"
	i=0
	while [ $i -lt "$N" ]; do
		once "$OLD" "$1" >>"$2"
		once "$NEW" "$1" >>"$3"
		i=$((i + 1))
	done
}
