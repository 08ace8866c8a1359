#!/usr/bin/env python3
"""Turns JMH JSON results (-rf json) of the AutoProfile benchmarks into the Markdown tables of
docs/BENCHMARKS.md. Pools every measured iteration of every fork (and of every file given, so
that repeated rounds of the same benchmark add up); reports the median with the min-max range and
the interquartile range. Ratios are of medians from the same run; their range pairs the quartiles
(lower: Q1 of the baseline over Q3 of the other; upper: Q3 over Q1), so it is conservative.
"CPU" is the benchmark thread's CPU time per operation (secondary metric cpuMs). The outputs of
the paired harnesses (paired-*.md beside the JSON files) are collected into one table each.

    python3 benchmarks/report.py results/*.json > tables.md
"""
import json
import statistics
import sys
from collections import defaultdict


def quartiles(xs):
    xs = sorted(xs)
    if len(xs) < 4:
        return xs[0], statistics.median(xs), xs[-1]
    q = statistics.quantiles(xs, n=4, method="inclusive")
    return q[0], q[1], q[2]


def load(paths):
    """{benchmark short name: {params tuple: {'t': [...], 'alloc': [...], 'unit': ...}}}"""
    out = defaultdict(lambda: defaultdict(lambda: {"t": [], "alloc": [], "cpu": [], "unit": "", "mode": ""}))
    for path in paths:
        with open(path) as f:
            for r in json.load(f):
                name = r["benchmark"].split(".")[-2]
                key = tuple(sorted(list(r.get("params", {}).items()) + [("mode", r["mode"])]))
                cell = out[name][key]
                cell["unit"] = r["primaryMetric"]["scoreUnit"]
                cell["mode"] = r["mode"]
                for fork in r["primaryMetric"]["rawData"]:
                    cell["t"].extend(fork)
                cpu = r.get("secondaryMetrics", {}).get("cpuMs")
                ops = r.get("secondaryMetrics", {}).get("cpuOps")
                if cpu:
                    for i, fork in enumerate(cpu["rawData"]):
                        counts = ops["rawData"][i] if ops else [1] * len(fork)
                        cell["cpu"].extend(ms / max(1, c) for ms, c in zip(fork, counts))
                alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
                if alloc:
                    for fork in alloc["rawData"]:
                        cell["alloc"].extend(fork)
    return out


def fmt(x, digits=1):
    return f"{x:,.{digits}f}"


def spread(xs, digits=1):
    lo, hi = min(xs), max(xs)
    q1, _, q3 = quartiles(xs)
    return f"{fmt(lo, digits)}–{fmt(hi, digits)} (IQR {fmt(q1, digits)}–{fmt(q3, digits)})"


def ratio(base, other):
    """Throughput of `other` relative to `base` (both lists of times): median and quartile range."""
    b1, bm, b3 = quartiles(base)
    o1, om, o3 = quartiles(other)
    return f"{bm / om:.3f} ({b1 / o3:.3f}–{b3 / o1:.3f})"


def cpu_cell(v):
    return fmt(statistics.median(v["cpu"])) if v["cpu"] else "–"


def overhead(base, v, field):
    """Relative difference of medians, with the conservative quartile range."""
    if not base or not base[field] or not v[field]:
        return "–"
    b1, bm, b3 = quartiles(base[field])
    o1, om, o3 = quartiles(v[field])
    return f"{(om / bm - 1) * 100:+.1f}% ({(o1 / b3 - 1) * 100:+.1f}% to {(o3 / b1 - 1) * 100:+.1f}%)"


def against_hand(v, hand, n):
    """Allocation per user, throughput and CPU of one way, each against the hand-written way."""
    alloc = fmt(statistics.median(v["alloc"]) / n, 0) if v["alloc"] else "–"
    rel = ratio(hand["t"], v["t"]) if hand and hand["t"] else "–"
    cpurel = ratio(hand["cpu"], v["cpu"]) if hand and hand["cpu"] and v["cpu"] else "–"
    return alloc, rel, cpu_cell(v), cpurel


def p(d, k, default=None):
    return dict(d).get(k, default)


def create_tables(data):
    if "CreateBench" not in data:
        return
    cells = data["CreateBench"]
    configs = sorted({(p(k, "db"), p(k, "ids"), int(p(k, "n"))) for k in cells},
                     key=lambda c: (c[2], c[0], c[1]))
    print("### Creating users\n")
    print("| db | ids | n | way | samples | time per op, ms: median | min–max (IQR) | users/s (median) "
          "| throughput vs hand-written: median (quartile range) | CPU ms per op (median) "
          "| CPU vs hand-written | allocated per user, bytes (median) |")
    print("|---|---|---:|---|---:|---:|---|---:|---|---:|---|---:|")
    for db, ids, n in configs:
        by_way = {p(k, "way"): v for k, v in cells.items()
                  if (p(k, "db"), p(k, "ids"), int(p(k, "n"))) == (db, ids, n)}
        hand = by_way.get("HAND_WRITTEN")
        for way in ["AUTOPROFILE", "HAND_WRITTEN", "CASCADE", "TRIGGER"]:
            v = by_way.get(way)
            if not v or not v["t"]:
                continue
            med = statistics.median(v["t"])
            alloc, rel, cpu, cpurel = against_hand(v, hand, n)
            print(f"| {db} | {ids} | {n:,} | {way} | {len(v['t'])} | {fmt(med)} | {spread(v['t'])} "
                  f"| {fmt(n / med * 1000, 0)} | {rel} | {cpu} | {cpurel} | {alloc} |")
    print()


def update_tables(data):
    if "UpdateBench" not in data:
        return
    cells = data["UpdateBench"]
    configs = sorted({(p(k, "db"), p(k, "ids"), int(p(k, "n")), p(k, "flow"), p(k, "change")) for k in cells})
    print("### Updating users\n")
    print("| db | ids | n | flow | change | way | samples | time per op, ms: median | min–max (IQR) "
          "| throughput vs hand-written | CPU ms per op | CPU vs hand-written | allocated per user, bytes |")
    print("|---|---|---:|---|---|---|---:|---:|---|---|---:|---|---:|")
    for cfg in configs:
        by_way = {p(k, "way"): v for k, v in cells.items()
                  if (p(k, "db"), p(k, "ids"), int(p(k, "n")), p(k, "flow"), p(k, "change")) == cfg}
        hand = by_way.get("HAND_WRITTEN")
        db, ids, n, flow, change = cfg
        for way in ["AUTOPROFILE", "HAND_WRITTEN"]:
            v = by_way.get(way)
            if not v or not v["t"]:
                continue
            alloc, rel, cpu, cpurel = against_hand(v, hand, n)
            print(f"| {db} | {ids} | {n:,} | {flow} | {change} | {way} | {len(v['t'])} "
                  f"| {fmt(statistics.median(v['t']))} | {spread(v['t'])} | {rel} | {cpu} | {cpurel} | {alloc} |")
    print()


def bootstrap_tables(data):
    if "BootstrapBench" not in data:
        return
    cells = data["BootstrapBench"]
    print("### SessionFactory bootstrap\n")
    print("| mode | entities | variant | samples | ms: median | min–max (IQR) | vs without runtime: median (quartile range) "
          "| CPU ms (median) | CPU vs without runtime |")
    print("|---|---:|---|---:|---:|---|---|---:|---|")
    modes = defaultdict(dict)
    for k, v in cells.items():
        modes[v["mode"], int(p(k, "pairs"))][p(k, "variant")] = v
    names = {"avgt": "warm (average time, same JVM)", "ss": "cold (first bootstrap in a fresh JVM)"}
    for (mode, pairs), variants in sorted(modes.items()):
        unit = names.get(mode, mode)
        base = variants.get("WITHOUT_RUNTIME")
        for variant in ["WITHOUT_RUNTIME", "DISABLED", "ENABLED"]:
            v = variants.get(variant)
            if not v:
                continue
            rel = overhead(base, v, "t")
            print(f"| {unit} | {2 * pairs} | {variant} | {len(v['t'])} | {fmt(statistics.median(v['t']))} | {spread(v['t'])} | {rel} "
                  f"| {cpu_cell(v)} | {overhead(base, v, 'cpu')} |")
    print()


def compile_tables(data):
    if "CompileBench" not in data:
        return
    cells = data["CompileBench"]
    print("### javac time\n")
    print("| corpus | processor | samples | ms: median | min–max (IQR) | vs no processor: median (quartile range) "
          "| CPU ms (median) | CPU vs no processor | CPU vs no-op processor |")
    print("|---|---|---:|---:|---|---|---:|---|---|")
    for corpus in sorted({p(k, "corpus") for k in cells}):
        by = {p(k, "processor"): v for k, v in cells.items() if p(k, "corpus") == corpus}
        base = by.get("NONE")
        noop = by.get("NOOP")
        for proc in ["NONE", "NOOP", "TRIVIAL", "AUTOPROFILE", "HIBERNATE"]:
            v = by.get(proc)
            if not v:
                continue
            rel = overhead(base, v, "t")
            print(f"| {corpus} | {proc} | {len(v['t'])} | {fmt(statistics.median(v['t']))} "
                  f"| {spread(v['t'])} | {rel} | {cpu_cell(v)} | {overhead(base, v, 'cpu')} "
                  f"| {overhead(noop, v, 'cpu') if noop and proc != 'NONE' else '–'} |")
    print()


def paired_tables(paths):
    """The PairedCreate and PairedBootstrap outputs (paired-*.md) next to the JSON files, one row each."""
    import glob
    import os
    import re
    dirs = sorted({os.path.dirname(os.path.abspath(p)) for p in paths})
    creates, boots = [], []
    for d in dirs:
        for path in sorted(glob.glob(os.path.join(d, "paired-*.md"))):
            with open(path) as f:
                lines = f.read().splitlines()
            if not lines:
                continue
            rows = {l.split("|")[1].strip(): [c.strip() for c in l.split("|")[2:-1]] for l in lines if l.startswith("| ")}
            name = os.path.basename(path)[:-3]
            head = re.search(r"(\d+) rounds", lines[0])
            rounds = head.group(1) if head else "?"
            if name.startswith("paired-boot"):
                against = "disabled, same loader" if "same class path" in lines[0] else "no runtime"
                flag = re.search(r"with autoprofile\.enabled=(\w+) against", lines[0])
                enabled = "disabled" if flag and flag.group(1) == "false" else "enabled"
                wall = rows.get("wall") or rows.get("JVM 1, wall")
                cpu = rows.get("thread CPU") or rows.get("JVM 1, thread CPU")
                if wall:
                    boots.append(f"| {name} | {enabled} vs {against} | {rounds} | {wall[0]} / {wall[1]} | {wall[2]} | {cpu[2] if cpu else '–'} |")
            else:
                m = re.match(r"paired-(\w+)-(\w+)-(\d+)", name)
                wall, cpu, alloc = rows.get("throughput, wall"), rows.get("throughput, thread CPU"), rows.get("allocation per user")
                if m and wall:
                    creates.append(f"| {m.group(1)} | {m.group(2)} | {m.group(3)} | {rounds} | {wall[0]} / {wall[1]} | **{wall[2]}** "
                                   f"| {cpu[0]} / {cpu[1]} | {cpu[2]} | {alloc[0]} / {alloc[1]} |")
    if creates:
        print("### Creating users, paired (`PairedCreate`)\n")
        print("| db | ids | JVM | rounds | wall, AutoProfile / hand-written (medians) | throughput ratio, wall: median [95% CI] "
              "| thread CPU, AutoProfile / hand-written | throughput ratio, CPU: median [95% CI] | allocated per user |")
        print("|---|---|---:|---:|---|---|---|---|---|")
        print("\n".join(creates))
        print()
    if boots:
        print("### Bootstrap, paired (`PairedBootstrap`)\n")
        print("| run | comparison | rounds | wall, with / without (medians) | time ratio, wall: median [95% CI] | time ratio, CPU: median [95% CI] |")
        print("|---|---|---:|---|---|---|")
        print("\n".join(boots))
        print()


if __name__ == "__main__":
    data = load(sys.argv[1:])
    create_tables(data)
    update_tables(data)
    bootstrap_tables(data)
    compile_tables(data)
    paired_tables(sys.argv[1:])
