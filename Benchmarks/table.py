#!/usr/bin/env python3
"""Formats bench.sh's hyperfine JSON into the Markdown tables of RESULTS.md.

usage: table.py WORK N [N ...]
"""
import json
import os
import statistics
import sys


def times(folder, name):
    with open(os.path.join(folder, name + ".json")) as f:
        return json.load(f)["results"][0]["times"]


def cell(values):
    return f"{statistics.median(values):.3f} ({min(values):.3f}–{max(values):.3f})"


def main():
    work, sizes = sys.argv[1], sys.argv[2:]
    print("| reports | articles | pages (jianbao / Hugo) | jianbao s | Hugo s | cmark + write s | jianbao / Hugo "
          "| jianbao / floor | jianbao pages/s | Hugo pages/s | edit one report: jianbao build s | edit one report: jianbao serve, save → reload ms (median / p95) "
          "| peak RSS MiB (jianbao / Hugo) |")
    print("|" + "---|" * 13)
    medians = {}
    for n in sizes:
        folder = os.path.join(work, "n" + n)
        stats = json.load(open(os.path.join(folder, "stats.json")))
        jianbao, hugo, floor = (times(folder, name) for name in ("jianbao", "hugo", "cmark-write"))
        edit = times(folder, "jianbao-edit")
        serve = json.load(open(os.path.join(folder, "serve-edit.json")))
        j, h, c = (statistics.median(t) for t in (jianbao, hugo, floor))
        medians[n] = j
        print(f"| {n} | {stats['articles']:,} | {stats['jianbao_pages']:,} / {stats['hugo_pages']:,} | {cell(jianbao)} "
              f"| {cell(hugo)} | {cell(floor)} | {j / h:.2f} | {j / c:.2f} | {stats['jianbao_pages'] / j:,.0f} "
              f"| {stats['hugo_pages'] / h:,.0f} | {cell(edit)} | {serve['median_ms']:,.0f} / {serve['p95_ms']:,.0f} | {stats['jianbao_rss_mib']:,} / {stats['hugo_rss_mib']:,} |")
    if "1000" in medians and "10000" in medians:
        print(f"\n10,000 reports take {medians['10000'] / medians['1000']:.1f} × the time of 1,000.")


if __name__ == "__main__":
    main()
