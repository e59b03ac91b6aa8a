#!/usr/bin/env python3
"""End-to-end checks of the built site in headless Chromium.

usage: python3 Tests/Browser/site_test.py [PUBLIC_DIR] [SCREENSHOT_DIR] [SERVE_URL]

For the home page, a city, a district, an article, the investments page and a hand-written page, at
1280 px and 390 px: no console errors, no failed requests, no horizontal scrolling, a screenshot
each. Then table sorting, the figure filters (figure_check.py) and search (search_check.py). With SERVE_URL (a running `jianbao serve`), the same pages
load over HTTP with the live-reload script and still log no errors, and so does the 404 page. Exit 0 when all is well.
"""
import glob, json, os, re, sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chromium import browser
import figure_check, search_check

site = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "Public")
shots = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(".build", "screenshots"))
serve = sys.argv[3].rstrip("/") if len(sys.argv) > 3 else None
os.makedirs(shots, exist_ok=True)
failures = []


def first(pattern):
    found = sorted(glob.glob(os.path.join(site, pattern)))
    return os.path.relpath(found[0], site) if found else None


# 404.html links from the site's root path, as a host serves it at any depth: it is checked when served.
pages = [p for p in ["index.html", first("cities/*.html"), first("districts/*.html"), first("articles/*.html"),
                     "investments.html", first("pages/*.html"), "search.html?q=投资"] if p]


def problems(driver, label):
    for entry in driver.get_log("browser"):
        if entry["level"] == "SEVERE" and "no-such-page" not in entry["message"]:
            failures.append(f"{label}: console: {entry['message']}")
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.loadingFailed" and not message["params"].get("canceled"):
            failures.append(f"{label}: request failed: {message['params'].get('errorText')}")
        if message["method"] == "Network.responseReceived":
            response = message["params"]["response"]
            if response.get("status", 200) >= 400 and "no-such-page" not in response["url"]:
                failures.append(f"{label}: {response['status']} for {response['url']}")


for width in (1280, 390):
    driver = browser(width)
    try:
        for page in pages:
            label = f"{page} @{width}"
            driver.get("file://" + os.path.join(site, page))
            driver.execute_script("return document.readyState")
            if page.startswith("search.html"):
                search_check.wait_for(driver)
            overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 1:
                failures.append(f"{label}: scrolls sideways by {overflow} px")
            driver.save_screenshot(os.path.join(shots, re.sub(r"[^\w.-]", "_", page.replace(".html", "")) + f"-{width}.png"))
            problems(driver, label)
    finally:
        driver.quit()

driver = browser(1280)
try:
    driver.get("file://" + os.path.join(site, "investments.html"))
    table = driver.find_element(By.CSS_SELECTOR, "table.facts")
    def amounts():
        rows = [r for r in table.find_elements(By.CSS_SELECTOR, "tbody tr") if r.is_displayed()]
        return [float(r.find_elements(By.TAG_NAME, "td")[4].get_attribute("data-sort")) for r in rows]
    button = table.find_element(By.CSS_SELECTOR, "button.sort[data-key=amount]")
    button.click()
    if amounts() != sorted(amounts()):
        failures.append("sorting by amount, ascending")
    button.click()
    if amounts() != sorted(amounts(), reverse=True):
        failures.append("sorting by amount, descending")
    problems(driver, "investments.html sorting")
    failures += figure_check.check(driver, site)
    problems(driver, "figure filters")
    failures += search_check.check(driver, site)
    problems(driver, "search")
    if serve:
        for page in pages + ["no-such-page.html"]:
            driver.get(f"{serve}/{page}")
            if not driver.find_elements(By.CSS_SELECTOR, 'script[src="/__jianbao/live.js"]'):
                failures.append(f"served {page}: no live-reload script")
            problems(driver, f"served {page}")
finally:
    driver.quit()

for failure in failures:
    print("FAIL:", failure)
print(f"OK: {len(pages)} pages at 1280 and 390 px, screenshots in {shots}" if not failures else f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
