"""Headless Chromium for the browser tests: a phone's screen at widths up to 480 px, a desktop window above."""
import os, sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def browser(width):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(flag)
    if width <= 480:
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": 844, "pixelRatio": 2}})
    else:
        options.add_argument(f"--window-size={width},900")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


def run(check, argument):
    """Runs `check(driver, site, argument)` on the site named first on the command line, in a desktop
    window; prints each failure and exits 1 if there is any."""
    driver = browser(1280)
    try:
        failures = check(driver, os.path.abspath(sys.argv[1]), argument)
    finally:
        driver.quit()
    for failure in failures:
        print("FAIL:", failure)
    sys.exit(1 if failures else 0)
