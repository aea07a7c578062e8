#!/usr/bin/env python3
"""Overdue Studio in a real browser: Debian's chromium + chromium-driver, driven by Selenium.

Starts `overdue studio` on the shipped example (Examples/invoices.csv, Examples/overdue.yaml)
copied into a temporary folder, then: loads the plan, opens a debtor's letter, holds a debtor,
edits a template and sees the preview change, provokes a template error and sees it, saves and
finds the file, runs the approved letters and reads the journal. A screenshot of each page is
written to Tests/Screenshots/ (refreshed by every run).

Usage: python3 Tests/Browser/studio_browser_test.py [path/to/overdue]
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHOTS = os.path.join(ROOT, "Tests", "Screenshots")
BINARY = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "overdue")

passed, failed = [], []


def check(name, condition, detail=""):
    (passed if condition else failed).append(name)
    print(("ok   " if condition else "FAIL ") + name + ("" if condition else ": " + detail), flush=True)


def start_studio(folder):
    shutil.copy(os.path.join(ROOT, "Examples", "invoices.csv"), folder)
    shutil.copy(os.path.join(ROOT, "Examples", "overdue.yaml"), folder)
    process = subprocess.Popen([BINARY, "studio", "invoices.csv", "--profile", "overdue.yaml", "--as-of", "2026-11-30", "--port", "18390"],
                               cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()  # "Overdue Studio: http://127.0.0.1:PORT/  (...)"
    if "http://127.0.0.1:" not in line:
        process.kill()
        raise SystemExit("studio did not start: " + line + process.stderr.read())
    address = line.split()[2].rstrip("/")
    return process, address


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--disable-gpu"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def shot(driver, name):
    os.makedirs(SHOTS, exist_ok=True)
    driver.save_screenshot(os.path.join(SHOTS, name + ".png"))


def main():
    started = time.time()
    folder = tempfile.mkdtemp(prefix="studio-browser-")
    process, address = start_studio(folder)
    driver = browser()
    wait = WebDriverWait(driver, 10)
    try:
        # The plan.
        driver.get(address + "/plan")
        rows = driver.find_elements(By.CSS_SELECTOR, "#plan tbody tr")
        check("the plan lists the example's three debtors", len(rows) == 3, str(len(rows)))
        shot(driver, "plan")

        # A debtor's letter, as text (the PDF link opens the same letter inline).
        driver.find_element(By.CSS_SELECTOR, 'tr[data-debtor="C-0051"] a.text').click()
        letter = wait.until(EC.presence_of_element_located((By.ID, "letter-text"))).text
        check("the letter text names the debtor and the invoice", "Atelier Dubois" in letter and "2026-0151" in letter, letter[:200])
        shot(driver, "letter")
        pdf = driver.find_element(By.LINK_TEXT, "PDF").get_attribute("href")
        check("the letter's PDF link names the debtor", pdf.endswith("/letter.pdf?debtor=C-0051"), pdf)

        # Hold a debtor.
        driver.get(address + "/plan")
        row = driver.find_element(By.CSS_SELECTOR, 'tr[data-debtor="C-0042"]')
        row.find_element(By.NAME, "until").send_keys("2027-01-15")
        row.find_element(By.NAME, "reason").send_keys("disputes the logo invoice")
        row.find_element(By.CSS_SELECTOR, "form.hold button").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, 'tr[data-debtor="C-0042"] form.release')))
        action = driver.find_element(By.CSS_SELECTOR, 'tr[data-debtor="C-0042"] .action').text
        check("the held debtor shows as hold", action == "hold", action)
        shot(driver, "plan-after-hold")

        # A bad hold date is an error on the page.
        row = driver.find_element(By.CSS_SELECTOR, 'tr[data-debtor="C-0077"]')
        row.find_element(By.NAME, "until").send_keys("someday")
        row.find_element(By.NAME, "reason").send_keys("x")
        row.find_element(By.CSS_SELECTOR, "form.hold button").click()
        error = wait.until(EC.presence_of_element_located((By.ID, "page-error"))).text
        check("a bad date is an error on the page", "is not a date" in error, error)

        # The templates.
        driver.get(address + "/templates")
        count = len(driver.find_elements(By.CSS_SELECTOR, "#templates tbody tr"))
        check("20 templates are listed (4 letters and the layout, x 4 languages)", count == 20, str(count))
        shot(driver, "templates")
        driver.find_element(By.CSS_SELECTOR, 'tr[data-template="reminder.fr"] a').click()
        text = wait.until(EC.presence_of_element_located((By.ID, "template-text")))
        preview = driver.find_element(By.ID, "preview-text")
        wait.until(lambda d: d.find_element(By.ID, "preview-pdf").get_attribute("src").startswith("blob:"))
        before = preview.text
        check("the preview shows the sample's letter", "Atelier Dubois" in before, before[:200])

        # Type a sentence into the body: the text preview changes, then the PDF.
        driver.execute_script("const t = arguments[0]; const i = t.value.indexOf('@body\\n') + 6; t.focus(); t.setSelectionRange(i, i);", text)
        pdf_turn = driver.find_element(By.ID, "preview-pdf").get_attribute("data-turn")
        text.send_keys("Urgent. ")
        typed_at = time.time()
        wait.until(lambda d: "Urgent." in d.find_element(By.ID, "preview-text").text)
        check("the text preview follows the typing", True)
        WebDriverWait(driver, 3).until(lambda d: d.find_element(By.ID, "preview-pdf").get_attribute("data-turn") != pdf_turn)
        # Within a second of the last key in a release build; the debug build that CI tests is slower.
        check("the PDF preview follows soon after the last key", time.time() - typed_at < 2.0,
              "%.2f s" % (time.time() - typed_at))
        shot(driver, "editor")

        # Provoke a template error: an unfinished tag.
        text.send_keys("{{#oops ")
        error = wait.until(EC.visibility_of_element_located((By.ID, "template-error")))
        message = error.text
        line = error.get_attribute("data-line")
        check("a template error is shown with line and column", message.startswith("line ") and "column" in message and line != "", message)
        shot(driver, "editor-error")
        for _ in range(len("{{#oops ")):
            text.send_keys("\b")
        wait.until(EC.invisibility_of_element_located((By.ID, "template-error")))
        check("the error goes away once the tag is removed", True)

        # Save, and find the file in the override folder (never in the shipped defaults).
        driver.find_element(By.ID, "save").click()
        wait.until(EC.presence_of_element_located((By.ID, "page-notice")))
        saved = os.path.join(folder, "templates", "reminder.fr.mustache")
        content = open(saved, encoding="utf-8").read() if os.path.exists(saved) else ""
        check("save wrote templates/reminder.fr.mustache", "Urgent." in content and "{{#oops" not in content)
        shipped = open(os.path.join(ROOT, "Templates", "reminder.fr.mustache"), encoding="utf-8").read()
        check("the shipped default is untouched", "Urgent." not in shipped)
        origin = driver.find_element(By.ID, "origin").text
        check("the template now shows as override", origin == "override", origin)

        # Run the approved letters, then the journal.
        driver.get(address + "/plan")
        driver.find_element(By.ID, "run").click()
        summary = WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.ID, "run-summary"))).text
        entries = driver.find_elements(By.CSS_SELECTOR, "#run-letters tbody tr")
        check("the run wrote the two approved letters", summary.startswith("2 written") and len(entries) == 2, summary)
        shot(driver, "run")
        # Registered by post: the CLI records the tracking number; the journal page shows it.
        first = entries[0].get_attribute("data-letter")
        subprocess.run([BINARY, "sent", first, "--by", "registered", "--tracking", "RR123456785BE", "--date", "2026-12-01",
                        "--journal", "overdue.db"], cwd=folder, check=True, capture_output=True)
        driver.get(address + "/journal")
        letters = driver.find_elements(By.CSS_SELECTOR, "#journal tbody tr")
        check("the journal lists the letters", len(letters) == 2, str(len(letters)))
        tracking = driver.find_element(By.CSS_SELECTOR, 'tr[data-letter="%s"] .tracking' % first).text
        check("the journal shows the tracking number", tracking == "RR123456785BE", tracking)
        written = os.path.join(folder, "letters", "C-0051-reminder-2026-11-30.pdf")
        check("the letter file is in letters/", os.path.exists(written))
        shot(driver, "journal")
    finally:
        driver.quit()
        process.send_signal(signal.SIGINT)
        try:
            status = process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            status = None
        check("Ctrl-C stops the studio cleanly", status == 0, "exit status %s: %s" % (status, process.stderr.read()[-500:]))
        shutil.rmtree(folder, ignore_errors=True)
    print("studio browser test: %.1f s" % (time.time() - started))
    print("browser: %d passed, %d failed" % (len(passed), len(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
