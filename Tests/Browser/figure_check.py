#!/usr/bin/env python3
"""Checks that the figure filters reach every figure, against the site's own CSV download.

usage: python3 Tests/Browser/figure_check.py PUBLIC_DIR [DISTRICTS]

In headless Chromium from file://: on the investments page, choosing a kind, a year and a district
opens a page of only those figures. Then, reading the pages the filters link to (following each
listing's rel=next to its end): every kind's listing, site-wide and in DISTRICTS districts (all by
default), has exactly the first printings of that kind (and district) the CSV lists, each once; a
group's listing has exactly the figures of its kinds; every page holds one year. Exit 0 when all is well.
"""
import csv, os, sys, urllib.parse

import lxml.html
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select


def expected_figures(site):
    """(district, kind) of each first printing, by its row's anchor."""
    figures = {}
    with open(os.path.join(site, "data", "money-facts.csv"), encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            if not row["restates"]:
                figures["fact-" + row["article"].split("#amount-", 1)[1]] = (row["district"], row["kind"])
    return figures


def resolve(page, href):
    return os.path.normpath(os.path.join(os.path.dirname(page), urllib.parse.unquote(href.split("#")[0])))


def walk(path, failures):
    """Every row of a listing from `path` on: anchor → kind; each page must hold one year."""
    rows = {}
    while path:
        page = lxml.html.parse(path).getroot()
        found = page.xpath("//table[contains(@class, 'facts')]/tbody/tr")
        years = {tr.get("data-year") for tr in found}
        if len(years) > 1:
            failures.append(f"{path}: a page of {sorted(years)}")
        for tr in found:
            if tr.get("id") in rows:
                failures.append(f"{path}: {tr.get('id')} listed twice")
            rows[tr.get("id")] = tr.get("data-kind")
        after = page.xpath("//link[@rel='next']/@href")
        path = resolve(path, after[0]) if after else None
    return rows


def facet_links(path):
    """The kind facets of a page: for each group, its link and the links of its kinds."""
    page = lxml.html.parse(path).getroot()
    groups = []
    for facet in page.xpath("//nav[@class='facets']/p[contains(@class, 'facet--kinds')]"):
        links = [resolve(path, a.get("href")) for a in facet.xpath("./a")]
        groups.append((links[0], links[1:]))
    return groups


def check_scope(path, figures, district, failures):
    for group, kinds in facet_links(path):
        union = {}
        for kind_page in kinds:
            rows = walk(kind_page, failures)
            codes = set(rows.values())
            if len(codes) != 1:
                failures.append(f"{kind_page}: kinds {sorted(codes)}")
                continue
            code = codes.pop()
            want = {a for a, (d, k) in figures.items() if k == code and (district is None or d == district)}
            if set(rows) != want:
                failures.append(f"{kind_page}: {len(set(rows) - want)} figures too many, {len(want - set(rows))} missing")
            union.update(rows)
        if set(walk(group, failures)) != set(union):
            failures.append(f"{group}: not the figures of its kinds")


def check(driver, site, districts=None):
    failures = []
    figures = expected_figures(site)
    start = os.path.join(site, "investments.html")
    driver.get("file://" + start)
    links = driver.find_elements(By.CSS_SELECTOR, "nav.facets p.facet--kinds a")
    kind = next((a for a in links if "/figures-" in a.get_attribute("href")), None)
    if kind is None:
        return failures + ["investments.html: no kind filter"] if figures else failures
    href = kind.get_attribute("href")
    kind.click()
    shown = {tr.get_attribute("data-kind") for tr in driver.find_elements(By.CSS_SELECTOR, "table.facts tbody tr")}
    if driver.current_url != href or len(shown) != 1:
        failures.append(f"choosing a kind opened {driver.current_url} with kinds {sorted(shown)}")
    years = driver.find_elements(By.CSS_SELECTOR, "nav.facets p.facet--years a")
    if years:
        year = years[-1].text.split("年")[0]
        years[-1].click()
        found = {tr.get_attribute("data-year") for tr in driver.find_elements(By.CSS_SELECTOR, "table.facts tbody tr")}
        if found != {year}:
            failures.append(f"choosing {year}年 shows figures of {sorted(found)}")
    driver.get("file://" + start)
    menu = Select(driver.find_element(By.CSS_SELECTOR, "select[data-navigate]"))
    option = menu.options[1]
    name, target = option.text.split("(")[0], option.get_attribute("value")
    menu.select_by_index(1)
    if urllib.parse.unquote(driver.current_url) != "file://" + resolve(start, target):
        failures.append(f"choosing {name} opened {driver.current_url}, not {target}")
    check_scope(start, figures, None, failures)
    names = sorted({d for d, _ in figures.values()})
    # A district with no investment figures is in the menu of the other money's listing.
    menus = {}
    for group, _ in reversed(facet_links(start)):
        page = lxml.html.parse(group).getroot()
        menus.update({o.text_content().split("(")[0]: resolve(group, o.get("value")) for o in page.xpath("//select[@data-navigate]/option[@value!='']")})
    for name in names[: districts if districts is not None else len(names)]:
        if name in menus:
            check_scope(menus[name], figures, name, failures)
    return failures


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from chromium import run
    run(check, int(sys.argv[2]) if len(sys.argv) > 2 else None)
