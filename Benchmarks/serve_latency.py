#!/usr/bin/env python3
"""Time from a save to the reload event of `jianbao serve`: what a user waits for after an edit.

usage: python3 Benchmarks/serve_latency.py [--jianbao BINARY] [--reports DIR] [--runs N]
                                           [--edit figure|template] [--timings]

Starts `jianbao serve --port 0` on a temporary site (the repository's Templates/ and site.json, and
Reports/ or the reports in DIR, copied), listens to /__jianbao/events over a plain socket, then RUNS
times saves an edit and waits for the reload event. `figure` appends a sentence with a new
investment figure to one report; `template` adds a comment to the article template, which changes
every article page. Prints each latency, the median and the 95th percentile, and the server's
resident memory after the first build and after the last save. With --timings the server's stage
lines for each rebuild go to stderr. Use a release build: swift build -c release.
"""
import argparse, json, os, re, shutil, socket, statistics, subprocess, sys, tempfile, threading, time

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--jianbao", default=os.path.join(repo, ".build/release/jianbao"))
parser.add_argument("--reports", default=os.path.join(repo, "Reports"))
parser.add_argument("--runs", type=int, default=20)
parser.add_argument("--edit", choices=["figure", "template"], default="figure")
parser.add_argument("--pause", type=float, default=1.5, help="seconds between saves")
parser.add_argument("--timings", action="store_true")
parser.add_argument("--json", help="also write the median and 95th percentile (ms) to this file, for make bench")
args = parser.parse_args()

site = tempfile.mkdtemp(prefix="jianbao-latency-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
shutil.copytree(os.path.join(repo, "Templates"), os.path.join(site, "Templates"))
shutil.copytree(args.reports, os.path.join(site, "Reports"))
shutil.copy(os.path.join(repo, "site.json"), os.path.join(site, "site.json"))
command = [os.path.abspath(args.jianbao), "serve", "--port", "0"] + (["--timings"] if args.timings else [])
server = subprocess.Popen(command, cwd=site, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def resident_mib():
    with open(f"/proc/{server.pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


built = threading.Event()
port = []


def read_output():
    # The summary lines tell when the late files are done; stage lines go to stderr when asked for.
    for line in server.stdout:
        match = re.search(r"Serving http://127\.0\.0\.1:(\d+)/", line)
        if match:
            port.append(int(match.group(1)))
        if line.startswith("built "):
            built.set()
        if args.timings and re.match(r"^[a-z+]+ +[0-9.]+ s$", line):
            sys.stderr.write(line)


threading.Thread(target=read_output, daemon=True).start()
try:
    while not port:
        time.sleep(0.05)
    built.wait()
    first_rss = resident_mib()
    events = socket.create_connection(("127.0.0.1", port[0]), timeout=120)
    events.sendall(b"GET /__jianbao/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    received = b""
    while b": connected" not in received:
        received += events.recv(4096)
    reports = os.path.join(site, "Reports")
    report = os.path.join(reports, sorted(os.listdir(reports))[len(os.listdir(reports)) // 2])
    template = os.path.join(site, "Templates", "article.mustache")
    latencies = []
    for run in range(args.runs):
        time.sleep(args.pause)
        built.clear()
        target = report if args.edit == "figure" else template
        text = f"\n\n该区又有一个项目签约,总投资{run + 3}.{run % 10}亿元。\n" if args.edit == "figure" else f"\n<!-- {run} -->\n"
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(text)
        saved = time.monotonic()
        received = b""
        while b"event: reload" not in received:
            received += events.recv(4096)
        latencies.append((time.monotonic() - saved) * 1000)
        built.wait()
        print(f"save → reload event: {latencies[-1]:.0f} ms")
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{args.edit} edit: median {statistics.median(latencies):.0f} ms, 95th percentile {p95:.0f} ms, "
          f"max {max(latencies):.0f} ms over {args.runs} saves; resident {first_rss:.0f} MiB after the first build, "
          f"{resident_mib():.0f} MiB after the last save")
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"edit": args.edit, "runs": args.runs, "median_ms": statistics.median(latencies), "p95_ms": p95,
                       "rss_first_mib": first_rss, "rss_last_mib": resident_mib()}, out)
finally:
    server.terminate()
    server.wait()
    shutil.rmtree(site, ignore_errors=True)
