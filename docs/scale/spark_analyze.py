#!/usr/bin/env python3
"""Analyse a JSON Lines corpus with annotty on Spark: RDD.pipe runs one
`annotty analyze --input jsonl -` per partition, feeding it the partition's
lines on standard input and reading one output line per record.

usage: spark-submit spark_analyze.py ANNOTTY INPUT.jsonl OUTPUT_DIR
(ANNOTTY must exist at the same path on every worker, or be shipped with
--files and named by its base name.)

Not run here: see docs/scale.md ("Spark") for why.
"""
import sys

from pyspark import SparkContext


def main():
    annotty, src, dst = sys.argv[1:4]
    sc = SparkContext(appName="annotty-analyze")
    records = sc.textFile(src)
    results = records.pipe(f"{annotty} analyze --input jsonl --jobs 1 -")
    results.saveAsTextFile(dst)  # part-00000, part-00001, ... in input order
    sc.stop()


if __name__ == "__main__":
    main()
