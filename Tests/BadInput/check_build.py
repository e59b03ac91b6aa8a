#!/usr/bin/env python3
"""Builds a site from the bad-input corpus and checks that nothing broke and nothing got through.

usage: python3 Tests/BadInput/check_build.py [JIANBAO_BINARY]

The reports are corpus/ plus three large files written for the run (50 MB, a 1 MB line, 10,000
tiny articles on one page), and entries that are no report file: a named pipe, a link to nothing, a
link loop, a folder named *.txt, a link out of the folder to /etc/passwd, a name that is not UTF-8 and
one with a line break. Checks:
- the build ends by itself (no signal, no timeout) with status 0 or 1;
- every skipped file has an error and every damaged one a diagnostic naming it;
- no element, attribute or URL in the output comes from report text (only the site's own scripts
  and stylesheet, no event handlers, no javascript: URLs);
- the markup written in reports shows up as text.
"""
import html.parser, os, re, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, ".build/release/jianbao"))
sys.path.insert(0, HERE)
import make_corpus  # noqa: E402

SKIPPED = {"binary.txt", "pipe.txt", "dangling.txt", "loop.txt", "folder.txt", "passwd.txt", "bad-\\xff.txt"}
NEEDS_DIAGNOSTIC = {"empty.txt", "whitespace-only.txt", "invalid-utf8.txt", "nul-bytes.txt", "headline-only.txt",
                    "byline-only.txt", "dateline-only.txt", "mixed-encoding.txt", "surrogates.txt", "only-furniture.txt",
                    "one-megabyte-line.txt"}
# The templates' own scripts, from a page at any depth.
OWN_SCRIPTS = re.compile(r"(\.\./)*assets/(tables|search)\.js")
# The templates' own forms: the header's search box, the search page's form.
OWN_FORMS = {"site-search", "search-form"}
failures = []


class Scan(html.parser.HTMLParser):
    def __init__(self, path):
        super().__init__(convert_charrefs=True)
        self.path, self.text = path, []

    def handle_starttag(self, tag, attrs):
        where = f"{self.path}: <{tag}>"
        if tag in ("iframe", "object", "embed", "style", "base", "frame") or (tag == "form" and dict(attrs).get("class") not in OWN_FORMS):
            failures.append(f"{where} element from report text")
        for name, value in attrs:
            if name.startswith("on"):
                failures.append(f"{where} event handler {name}")
            if name in ("href", "src", "action", "formaction") and value:
                url = "".join(value.split()).lower()
                if url.startswith(("javascript:", "data:text", "vbscript:")) or url.startswith("//"):
                    failures.append(f"{where} {name}={value!r}")
        attributes = dict(attrs)
        if tag == "script" and not OWN_SCRIPTS.fullmatch(attributes.get("src") or ""):
            failures.append(f"{where} script {attributes.get('src')!r}")
        if tag == "link" and attributes.get("rel") == "stylesheet" and not attributes.get("href", "").endswith("assets/style.css"):
            failures.append(f"{where} stylesheet {attributes.get('href')!r}")

    def handle_data(self, data):
        self.text.append(data)


site = tempfile.mkdtemp(prefix="jianbao-bad-input-")
try:
    shutil.copytree(os.path.join(REPO, "Templates"), os.path.join(site, "Templates"))
    shutil.copy(os.path.join(REPO, "site.json"), site)
    reports = os.path.join(site, "Reports")
    shutil.copytree(os.path.join(HERE, "corpus"), reports)
    make_corpus.write_large(reports)
    os.mkfifo(os.path.join(reports, "pipe.txt"))
    os.symlink("nowhere.txt", os.path.join(reports, "dangling.txt"))
    os.symlink("loop.txt", os.path.join(reports, "loop.txt"))
    os.mkdir(os.path.join(reports, "folder.txt"))
    os.symlink("/etc/passwd", os.path.join(reports, "passwd.txt"))
    with open(os.path.join(os.fsencode(reports), b"bad-\xff.txt"), "wb") as handle:
        handle.write("坏名字".encode())
    with open(os.path.join(reports, "line\nbreak.txt"), "w", encoding="utf-8") as handle:
        handle.write("只有一行标题\n")
    names = sorted(os.listdir(reports))
    run = subprocess.run([binary, "build"], cwd=site, capture_output=True, text=True, errors="replace", timeout=1500)
    if run.returncode < 0 or run.returncode not in (0, 1):
        failures.append(f"build ended with {run.returncode}: {run.stderr[-500:]}")
    stderr = run.stderr
    if any(not line.startswith(("built ", " ")) and ": " not in line for line in stderr.splitlines()):
        failures.append("a diagnostic line is broken in two (a file name's line break was printed as it is)")
    if "line\\nbreak.txt:" not in stderr:
        failures.append("a file name with a line break is not shown escaped")
    for name in SKIPPED:
        if f"{name}:" not in stderr or ": error:" not in stderr:
            failures.append(f"{name} was not reported as skipped")
    for name in NEEDS_DIAGNOSTIC:
        if f"{name}:" not in stderr:
            failures.append(f"{name} has no diagnostic")
    public = os.path.join(site, "Public")
    if not os.path.exists(os.path.join(public, "index.html")):
        failures.append("no site was written")
    texts = []
    pages = 0
    for folder, _, files in os.walk(public):
        for file in files:
            if file.endswith(".html"):
                path = os.path.join(folder, file)
                scan = Scan(os.path.relpath(path, public))
                with open(path, encoding="utf-8") as handle:
                    scan.feed(handle.read())
                texts.append("".join(scan.text))
                pages += 1
    text = "\n".join(texts)
    if "root:x:0:0" in text:
        failures.append("/etc/passwd was published through a link")
    for literal in ("<script>alert(1)</script>", "<iframe src=javascript:alert(1)></iframe>", "{{{bodyHTML}}}",
                    "&lt;script&gt;", "../../etc/passwd", "[x](javascript:alert(2))"):
        if literal not in text:
            failures.append(f"report text {literal!r} does not appear as text")
    print(f"{len(names)} report files, {pages} pages, build status {run.returncode}")
finally:
    shutil.rmtree(site, ignore_errors=True)

for failure in failures[:40]:
    print("FAIL:", failure)
print("OK: nothing crashed, nothing got through" if not failures else f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
