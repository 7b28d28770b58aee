#!/usr/bin/env python3
"""Compare `annotty analyze --input jsonl` runs on a shared machine.

usage: jobs_ab.py INPUT.jsonl ROUNDS LABEL=BINARY:JOBS[:VAR=VALUE,...] ...

Each round runs every configuration once (in reverse order every other
round, so that none always runs first), with INPUT on standard input and the
output thrown away. A round starts at a quiet moment: once the machine was at
least 95% idle for half a second (waiting up to two minutes). For each run it
prints the wall time, the run's CPU time (user + system, all threads) and the
CPU the rest of the machine used meanwhile, in cores; at the end the medians
over all runs and over the quiet ones (the rest of the machine used under 0.1
core). Example, 1 job against 2 and a single-processor reference:

  jobs_ab.py recs.jsonl 15 j1=./annotty:1 j2=./annotty:2 g1=./annotty:1:GOMAXPROCS=1
"""
import os
import statistics
import subprocess
import sys
import time

QUIET = 0.1  # cores used by the rest of the machine during a quiet run, at most


def cpu_times():
    """All CPU ticks and idle ticks so far, from /proc/stat."""
    ticks = list(map(int, open("/proc/stat").readline().split()[1:]))
    return sum(ticks), ticks[3] + ticks[4]


def idle_share(seconds=0.5):
    total0, idle0 = cpu_times()
    time.sleep(seconds)
    total1, idle1 = cpu_times()
    return (idle1 - idle0) / max(1, total1 - total0)


def wait_for_quiet(limit=120):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if idle_share() > 0.95:
            return True
    return False


def parse(spec):
    label, rest = spec.split("=", 1)
    parts = rest.split(":")
    env = dict(kv.split("=", 1) for kv in parts[2].split(",")) if len(parts) > 2 and parts[2] else {}
    return label, parts[0], int(parts[1]), env


def run(binary, jobs, env, source):
    """One run: wall seconds, CPU seconds, cores the rest of the machine used."""
    hz = os.sysconf("SC_CLK_TCK")
    with open(source, "rb") as stdin, open(os.devnull, "wb") as stdout:
        (total0, idle0), t0 = cpu_times(), time.monotonic()
        proc = subprocess.Popen([binary, "analyze", "--input", "jsonl", "--jobs", str(jobs), "-"],
                                stdin=stdin, stdout=stdout, env=dict(os.environ, **env))
        _, status, usage = os.wait4(proc.pid, 0)
        t1, (total1, idle1) = time.monotonic(), cpu_times()
    if status != 0:
        sys.exit(f"{binary} exited with status {status}")
    wall, cpu = t1 - t0, usage.ru_utime + usage.ru_stime
    others = max(0.0, ((total1 - total0) - (idle1 - idle0)) / hz - cpu) / wall
    return wall, cpu, others


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    source, rounds = sys.argv[1], int(sys.argv[2])
    configs = [parse(a) for a in sys.argv[3:]]
    results = {c[0]: [] for c in configs}
    print("start", time.strftime("%H:%M:%S"), "load", open("/proc/loadavg").read().strip(), flush=True)
    for r in range(rounds):
        if not wait_for_quiet():
            print("no quiet moment in 2 minutes", flush=True)
        for label, binary, jobs, env in (configs if r % 2 == 0 else configs[::-1]):
            wall, cpu, others = run(binary, jobs, env, source)
            results[label].append((wall, cpu, others))
            print(f"{label:10s} wall {wall:.2f} s  cpu {cpu:.2f} s  others {others:.2f} cores", flush=True)
    print("end", time.strftime("%H:%M:%S"), "load", open("/proc/loadavg").read().strip())
    for title, keep in (("all runs", lambda x: True), (f"quiet runs (others < {QUIET} core)", lambda x: x[2] < QUIET)):
        print("--", title)
        for label, *_ in configs:
            runs = [x for x in results[label] if keep(x)]
            if not runs:
                print(f"{label:10s} n= 0")
                continue
            walls = " ".join(f"{x[0]:.2f}" for x in runs)
            print(f"{label:10s} n={len(runs):2d}  wall median {statistics.median(x[0] for x in runs):.2f} s"
                  f"  cpu median {statistics.median(x[1] for x in runs):.2f} s  walls {walls}")


if __name__ == "__main__":
    main()
