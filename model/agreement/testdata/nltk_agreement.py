"""Independent figures for annotty's agreement tests: NLTK's AnnotationTask.

Reads JSON lines {"coder": c, "item": i, "label": l} on stdin and prints
{"alpha": …, "kappa": …} (NLTK's Krippendorff alpha with binary distance, i.e.
nominal, and its Cohen kappa averaged over coder pairs).
"""
import json
import sys

from nltk.metrics.agreement import AnnotationTask

triples = [(r["coder"], r["item"], r["label"]) for r in map(json.loads, sys.stdin)]
task = AnnotationTask(data=triples)
print(json.dumps({"alpha": task.alpha(), "kappa": task.kappa()}))
