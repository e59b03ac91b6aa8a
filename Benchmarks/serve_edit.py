#!/usr/bin/env python3
"""Time `jianbao serve` rebuilding after one report is edited: the edit path a user previews with.

usage: serve_edit.py JIANBAO REPORTS_DIR WORK_DIR [RUNS]

Starts the preview server on a site whose reports are REPORTS_DIR, waits for its first build, then
RUNS times appends a sentence to one report and waits for the next summary line. Prints JSON: the
seconds from the save to the summary line (what a user waits, watcher delay included) and the
seconds the build itself reports. With TIMINGS=1 in the environment, each build's stage timings
go to stderr.
"""
import json, os, re, statistics, subprocess, sys, time

jianbao, reports, work = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(work, exist_ok=True)
config = json.load(open(os.path.join(root, "site.json")))
config.update(reports=reports, templates=os.path.join(root, "Templates"), output=os.path.join(work, "public"))
with open(os.path.join(work, "site.json"), "w") as f:
    json.dump(config, f, ensure_ascii=False)

timings = os.environ.get("TIMINGS") == "1"
server = subprocess.Popen([jianbao, "serve", "--config", os.path.join(work, "site.json"), "--port", "0"] + (["--timings"] if timings else []),
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
summary = re.compile(r"^built .* in ([0-9.]+) s")

def next_build():
    for line in server.stdout:
        match = summary.match(line)
        if timings and re.match(r"^[a-z+]+ +[0-9.]+ s$", line):
            sys.stderr.write(line)
        if match:
            return float(match.group(1))
    raise SystemExit("serve stopped before building")

try:
    first = next_build()
    edited = os.path.join(reports, sorted(os.listdir(reports))[0])
    waited, built = [], []
    for run in range(runs):
        with open(edited, "a", encoding="utf-8") as f:
            f.write(f"\n本报讯 又有一个项目签约,总投资{run + 2}亿元。\n")
        start = time.time()
        built.append(next_build())
        waited.append(time.time() - start)
    print(json.dumps({"first_build_s": first, "edit_wait_s": statistics.median(waited),
                      "edit_build_s": statistics.median(built), "runs": runs}))
finally:
    server.terminate()
    server.wait()
