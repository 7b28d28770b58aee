#!/usr/bin/env python3
"""Generate a news-like article of a given size for the pty measurements in
docs/performance.md (never committed as data: regenerate it).

genarticle.py SIZE [--kind plain|quotes|oneline] [--seed N] > article.txt

plain:   paragraphs of 20-140 words, a quote in every fifth, a promo line every 37th
quotes:  every paragraph is a quote with a speech verb and a speaker
oneline: the plain text with no line breaks at all (one paragraph)
SIZE accepts K and M suffixes (1K, 10M, 50M)."""
import argparse, random, sys

WORDS = ("the president said on Monday that officials would meet again after talks "
         "in the capital over a plan to rebuild the harbour café naïve Zürich 東京 "
         "council budget vote delayed residents protest ministry spokesman").split()
NAMES = ["Jake Sullivan", "Ann Park", "Maria López", "Kenji Watanabe", "Omar Haddad"]


def size_arg(s):
    mult = {"K": 1 << 10, "M": 1 << 20}.get(s[-1:].upper(), 1)
    return int(s.rstrip("kKmM")) * mult


def sentence(rng, lo, hi):
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def paragraph(rng, i, kind):
    if kind == "quotes" or i % 5 == 0:
        who = rng.choice(NAMES)
        return f"\u201c{sentence(rng, 8, 40)}\u201d {who} said. {sentence(rng, 10, 60)}"
    if i % 37 == 36:
        return "READ MORE: " + sentence(rng, 5, 9)
    return " ".join(sentence(rng, 6, 24) for _ in range(rng.randint(1, 5)))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("size", type=size_arg)
    p.add_argument("--kind", choices=["plain", "quotes", "oneline"], default="plain")
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    rng = random.Random(a.seed)
    sep = " " if a.kind == "oneline" else "\n\n"
    kind = "plain" if a.kind == "oneline" else a.kind
    out, n, i = ["Harbour plan divides the council\n\n"], 0, 0
    while n < a.size:
        para = paragraph(rng, i, kind) + sep
        out.append(para)
        n += len(para.encode())
        i += 1
    sys.stdout.write("".join(out).rstrip() + "\n")


if __name__ == "__main__":
    main()
