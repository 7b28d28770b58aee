#!/usr/bin/env python3
"""Analyse a JSON Lines corpus of {"id", "text"|"html"|"path"} records with
annotty on a Dask bag: each partition is piped through one
`annotty analyze --input jsonl -` process; the results keep the input order.

usage: dask_analyze.py ANNOTTY INPUT.jsonl OUTPUT.jsonl [BLOCKSIZE] [SCHEDULER]
(BLOCKSIZE in bytes, default 1 MiB; SCHEDULER: processes (default), threads,
synchronous, or a dask.distributed scheduler address such as tcp://host:8786)
"""
import subprocess
import sys

import dask
import dask.bag as db


def analyze_partition(lines, annotty):
    """Run one annotty process over a partition's lines; return its output lines."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    done = subprocess.run(
        [annotty, "analyze", "--input", "jsonl", "--jobs", "1", "-"],
        input=data.encode("utf-8"), stdout=subprocess.PIPE, check=True)
    return done.stdout.decode("utf-8").splitlines()


def main():
    annotty, src, dst = sys.argv[1:4]
    blocksize = int(sys.argv[4]) if len(sys.argv) > 4 else 1 << 20
    scheduler = sys.argv[5] if len(sys.argv) > 5 else "processes"
    bag = db.read_text(src, blocksize=blocksize)
    results = bag.map_partitions(analyze_partition, annotty)
    if scheduler.startswith("tcp://"):
        from dask.distributed import Client
        Client(scheduler)
        lines = results.compute()
    else:
        with dask.config.set(scheduler=scheduler):
            lines = results.compute()
    with open(dst, "w", encoding="utf-8") as out:
        for line in lines:
            out.write(line + "\n")
    print(f"{len(lines)} records in {results.npartitions} partitions", file=sys.stderr)


if __name__ == "__main__":
    main()
