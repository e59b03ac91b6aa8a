#!/usr/bin/env python3
"""Checks the site's search in headless Chromium against the articles' own pages.

usage: python3 Tests/Browser/search_check.py PUBLIC_DIR [WORD ...]

For each word (by default a list drawn from the site: common pairs of characters, a district's name,
a number, longer phrases, one character, a word in no article), opens search.html?q=WORD from file://,
follows its pages to the end, and compares the articles listed with those whose page shows the word
in its headline, kicker, subheadline, byline or a block of its body. Also checks that title matches
come first, that every result has the word marked, that the district and year filters keep only
their articles, and reports the bytes each query loaded (its largest page of results). Exit 0 when
every word finds exactly its articles.
"""
import collections, glob, os, re, sys, time, urllib.parse

import lxml.html
from selenium.webdriver.common.by import By

SPACES = re.compile("[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+")


def fold(text):
    text = SPACES.sub(" ", text).strip(" ")
    return re.sub("[A-Z]+", lambda m: m.group(0).lower(), text)


def has_class(name):
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def article_fields(path):
    """The texts a reader sees on an article page, one per block, as search folds them."""
    page = lxml.html.parse(path).getroot()
    header = page.xpath(f"//header[{has_class('article__header')}]")[0]
    fields = [e.text_content() for e in header.xpath(f".//h1 | .//*[{has_class('kicker')}] | .//*[{has_class('subheadline')}]"
                                                   f" | .//*[{has_class('byline')}]")]
    body = page.xpath(f"//div[{has_class('article__body')}]")[0]
    fields += [e.text_content() for e in body.xpath(".//p[not(parent::li)] | .//h2 | .//h3 | .//li")]
    links = header.xpath(f".//p[{has_class('meta')}]/a")
    district = links[0].text_content() if links else ""
    times = header.xpath(".//time")
    year = times[0].get("datetime", "")[:4] if times else ""
    return [fold(f) for f in fields if fold(f)], fold(header.xpath(".//h1")[0].text_content()), district, year


def load_site(site):
    articles = {}
    for path in glob.glob(os.path.join(site, "articles", "*.html")):
        articles["articles/" + os.path.basename(path)] = article_fields(path)
    return articles


def default_words(site, articles):
    counts = collections.Counter()
    numbers = collections.Counter()
    for fields, _, _, _ in articles.values():
        text = "\n".join(fields)
        counts.update({text[i:i + 2] for i in range(len(text) - 1) if re.fullmatch("[\u4e00-\u9fff]{2}", text[i:i + 2])})
        numbers.update(set(re.findall("[0-9]{3,4}", text)))
    common = [w for w, _ in counts.most_common(40)]
    districts = sorted({d for _, _, d, _ in articles.values() if d and d != "未标明区县"})
    words = [common[0], common[5], common[20], "投资", "签约"]
    if districts:
        words.append(districts[len(districts) // 2])
    if numbers:
        words.append(numbers.most_common(3)[-1][0])
    words += ["项目建设", "疫情防控", "总投资", common[1][0], "鲸鱼座"]
    return list(dict.fromkeys(words))


def wait_for(driver):
    for _ in range(400):
        status = driver.find_element(By.ID, "search-status").text
        if "正在搜索" not in status and driver.execute_script("return !document.getElementById('search-results').hasAttribute('aria-busy')"):
            return status
        time.sleep(0.05)
    return driver.find_element(By.ID, "search-status").text


def loaded_bytes(driver, site):
    """The bytes of the page and of every script it loaded (search.js lists the ones it added)."""
    paths = ["search.html", "assets/search.js"] + driver.execute_script("return window.JianbaoSearch ? window.JianbaoSearch.loaded : []")
    return sum(os.path.getsize(os.path.join(site, p)) for p in paths if os.path.exists(os.path.join(site, p)))


def results_of(driver, site, query, extra=""):
    """Every result over all pages: (href, title, has a mark, district, year-ish meta), and the largest page's bytes."""
    url = "file://" + os.path.join(site, "search.html") + "?q=" + urllib.parse.quote(query) + extra
    found, largest, total = [], 0, None
    while url:
        driver.get(url)
        wait_for(driver)
        largest = max(largest, loaded_bytes(driver, site))
        for item in driver.find_elements(By.CSS_SELECTOR, "#search-results .search-result"):
            link = item.find_element(By.CSS_SELECTOR, "h2 a")
            href = os.path.relpath(urllib.parse.unquote(urllib.parse.urlparse(link.get_attribute("href")).path), site)
            found.append((href, bool(item.find_elements(By.TAG_NAME, "mark")), item.find_element(By.CSS_SELECTOR, ".meta").text))
        total = driver.find_element(By.ID, "search-results").get_attribute("data-total")
        nexts = driver.find_elements(By.CSS_SELECTOR, "#search-pages a[rel=next]")
        url = nexts[0].get_attribute("href") if nexts else None
    return found, largest, total


def check(driver, site, words=None, budget=300_000):
    failures = []
    articles = load_site(site)
    words = words or default_words(site, articles)
    for word in words:
        query = fold(word)
        expected = {path for path, (fields, _, _, _) in articles.items() if any(query in f for f in fields)}
        found, largest, total = results_of(driver, site, word)
        hrefs = [href for href, _, _ in found]
        if set(hrefs) != expected or len(hrefs) != len(set(hrefs)):
            missing, extra = sorted(expected - set(hrefs))[:3], sorted(set(hrefs) - expected)[:3]
            failures.append(f"search {word!r}: {len(set(hrefs))} found, {len(expected)} expected; missing {missing}, extra {extra}")
        if total is not None and int(total) != len(expected):
            failures.append(f"search {word!r}: says {total}, {len(expected)} expected")
        in_title = [query in articles[h][1] for h in hrefs if h in articles]
        if in_title != sorted(in_title, reverse=True):
            failures.append(f"search {word!r}: a title match comes after a body match")
        if not all(mark for _, mark, _ in found):
            failures.append(f"search {word!r}: a result without the word marked")
        if largest > budget:
            failures.append(f"search {word!r}: a page of results loaded {largest} bytes, more than {budget}")
        print(f"search {word!r}: {len(expected)} articles, {len(hrefs)} listed, largest page loaded {largest / 1000:.0f} KB")
    # Filters: a district and a year keep only their articles.
    word = words[0]
    everything = {path for path, (fields, _, _, _) in articles.items() if any(fold(word) in f for f in fields)}
    districts = collections.Counter(articles[p][2] for p in everything)
    if districts:
        district = districts.most_common(1)[0][0]
        driver.get("file://" + os.path.join(site, "search.html"))
        slug = driver.execute_script(
            "var name = arguments[0]; var o = Array.from(document.querySelectorAll('#search-district option')).find(function (o) { return o.textContent === name; });"
            " return o ? o.value : null;", district)
        found, _, _ = results_of(driver, site, word, "&district=" + urllib.parse.quote(slug or ""))
        expected = {p for p in everything if articles[p][2] == district}
        if {h for h, _, _ in found} != expected:
            failures.append(f"search {word!r} in {district}: {len(found)} found, {len(expected)} expected")
        years = collections.Counter(articles[p][3] for p in everything if articles[p][3])
        if years:
            year = years.most_common(1)[0][0]
            found, _, _ = results_of(driver, site, word, "&year=" + year)
            expected = {p for p in everything if articles[p][3] == year}
            if {h for h, _, _ in found} != expected:
                failures.append(f"search {word!r} in {year}: {len(found)} found, {len(expected)} expected")
    return failures


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from chromium import run
    run(check, sys.argv[2:] or None)
