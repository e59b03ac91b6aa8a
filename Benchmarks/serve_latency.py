#!/usr/bin/env python3
"""Time from saving a report to the reload event of `jianbao serve`, on a copy of the sample site.

usage: python3 Benchmarks/serve_latency.py [JIANBAO_BINARY] [RUNS]

Starts `jianbao serve --port 0` in a temporary copy of Reports/, Templates/ and site.json, listens
to /__jianbao/events over a plain socket, edits a report RUNS times (a save every 1.5 s) and prints
each latency and the median. Use a release build: swift build -c release.
"""
import os, re, shutil, socket, statistics, subprocess, sys, tempfile, time

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, ".build/release/jianbao"))
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
site = tempfile.mkdtemp(prefix="jianbao-latency-")
for item in ("Reports", "Templates", "site.json"):
    source = os.path.join(repo, item)
    (shutil.copytree if os.path.isdir(source) else shutil.copy)(source, os.path.join(site, item))
server = subprocess.Popen([binary, "serve", "--port", "0"], cwd=site, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
try:
    port = None
    for line in server.stdout:
        match = re.search(r"Serving http://127\.0\.0\.1:(\d+)/", line)
        if match:
            port = int(match.group(1))
            break
    events = socket.create_connection(("127.0.0.1", port), timeout=10)
    events.sendall(b"GET /__jianbao/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    received = b""
    while b": connected" not in received:
        received += events.recv(4096)
    report = os.path.join(site, "Reports", sorted(os.listdir(os.path.join(site, "Reports")))[0])
    latencies = []
    for run in range(runs):
        time.sleep(1.5)
        with open(report, "a", encoding="utf-8") as handle:
            handle.write(f"\n第{run}次修改。\n")
        saved = time.monotonic()
        received = b""
        while b"event: reload" not in received:
            received += events.recv(4096)
        latencies.append((time.monotonic() - saved) * 1000)
        print(f"save → reload event: {latencies[-1]:.0f} ms")
    print(f"median {statistics.median(latencies):.0f} ms, max {max(latencies):.0f} ms over {runs} saves")
finally:
    server.terminate()
    server.wait()
    shutil.rmtree(site, ignore_errors=True)
