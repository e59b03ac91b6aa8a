#!/usr/bin/env python3
"""Table sorting and filtering in headless Chromium, on a built site.

usage: python3 Tests/Browser/tables_test.py [PUBLIC_DIR]

Opens investments.html from disk, sorts the investment table by amount both ways, filters it by
kind and place, and fails on any browser console error. Exit 0 when everything works.
"""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

site = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "Public")
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--allow-file-access-from-files"):
    options.add_argument(flag)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def amounts(table):
    rows = [r for r in table.find_elements(By.CSS_SELECTOR, "tbody tr") if r.is_displayed()]
    return [float(r.find_elements(By.TAG_NAME, "td")[4].get_attribute("data-sort")) for r in rows]


try:
    driver.get("file://" + os.path.join(site, "investments.html"))
    table = driver.find_element(By.CSS_SELECTOR, "table.facts")
    check(driver.find_element(By.CSS_SELECTOR, "form.filters").is_displayed(), "filters stay hidden with JavaScript on")
    button = table.find_element(By.CSS_SELECTOR, "button.sort[data-key=amount]")
    button.click()
    up = amounts(table)
    check(up == sorted(up), f"ascending sort by amount gave {up}")
    button.click()
    down = amounts(table)
    check(down == sorted(down, reverse=True), f"descending sort by amount gave {down}")
    check(button.find_element(By.XPATH, "..").get_attribute("aria-sort") == "descending", "aria-sort not set")

    kind = Select(driver.find_element(By.ID, "kind-filter"))
    kind.select_by_value("signing")
    kinds = {r.get_attribute("data-kind") for r in table.find_elements(By.CSS_SELECTOR, "tbody tr") if r.is_displayed()}
    check(kinds == {"signing"}, f"kind filter shows {kinds}")
    kind.select_by_value("")
    place = Select(driver.find_element(By.ID, "place-filter"))
    name = place.options[1].get_attribute("value")
    place.select_by_value(name)
    places = {r.get_attribute("data-place") for r in table.find_elements(By.CSS_SELECTOR, "tbody tr") if r.is_displayed()}
    check(places == {name}, f"place filter shows {places}")

    for entry in driver.get_log("browser"):
        if entry["level"] == "SEVERE":
            failures.append("console: " + entry["message"])
finally:
    driver.quit()

for failure in failures:
    print("FAIL:", failure)
print("OK: table sorting and filters work" if not failures else f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
