"""A phone's day in a real browser: headless Chromium at a phone's size, driven through
chromedriver by Selenium, against the real `samskab serve` (started by PhoneBrowserEndToEndTests).

The room code, the name search (`åse` finds Åse Østergaard), a note with Danish letters and an
emoji saved and then on the wall (`samskab render`), a dot voting opened from the command line
that the page follows by itself, a dot placed on the phone, and the result once the command
line closes and reveals it. Every step waits for what it expects on the page (never a fixed
sleep) and saves a screenshot into --shots. Exits 0 and prints "ok" when all went as expected.

    python3 phone_flow.py --samskab BIN --session DIR --url URL --code CODE --shots DIR
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as seen
from selenium.webdriver.support.ui import WebDriverWait

NOTE = "Æblegrød på Ærø 🍎 — samskabelse"
PHONE = {"width": 390, "height": 844, "pixelRatio": 3.0}
WAIT_SECONDS = 20


def find_program(names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    sys.exit("none of %s on PATH" % ", ".join(names))


def open_phone(profile):
    options = webdriver.ChromeOptions()
    options.binary_location = find_program(["chromium", "chromium-browser", "google-chrome"])
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--user-data-dir=" + profile, "--lang=da-DK", "--window-size=390,844"]:
        options.add_argument(flag)
    # A phone: its screen, its pixel density, touch, and a phone's user agent.
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": PHONE,
        "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
                     "(KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
    })
    # The distribution's chromedriver, named outright: Selenium never goes looking for one online.
    service = Service(executable_path=find_program(["chromedriver"]))
    return webdriver.Chrome(service=service, options=options)


class Phone:
    def __init__(self, driver, shots):
        self.driver = driver
        self.shots = shots
        self.wait = WebDriverWait(driver, WAIT_SECONDS)
        self.taken = 0

    def shot(self, name):
        self.taken += 1
        self.driver.save_screenshot(os.path.join(self.shots, "%02d-%s.png" % (self.taken, name)))

    def element(self, css):
        return self.wait.until(seen.presence_of_element_located((By.CSS_SELECTOR, css)), "no %s" % css)

    def clickable(self, css):
        return self.wait.until(seen.element_to_be_clickable((By.CSS_SELECTOR, css)), "nothing to press at %s" % css)

    def text_in(self, css, text):
        self.wait.until(seen.text_to_be_present_in_element((By.CSS_SELECTOR, css), text),
                        "%r never in %s; the page says: %s" % (text, css, self.body()))

    def body(self):
        try:
            return self.driver.find_element(By.TAG_NAME, "body").text
        except Exception as error:  # the page is reloading
            return "(%s)" % error

    def new_page(self, action):
        """Runs the action and waits until it has replaced the page (a post, a redirect, a reload)."""
        old = self.driver.find_element(By.TAG_NAME, "html")
        action()
        self.wait.until(seen.staleness_of(old), "the page stayed; it says: %s" % self.body())

    def type_into(self, css, text):
        field = self.clickable(css)
        field.click()
        field.send_keys(text)
        value = field.get_attribute("value")
        if value != text:
            raise AssertionError("typed %r, the field holds %r" % (text, value))


def samskab(binary, *arguments):
    done = subprocess.run([binary, *arguments], capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise AssertionError("samskab %s exited %d: %s" % (" ".join(arguments), done.returncode, done.stderr))
    return done.stdout


def day(phone, arguments):
    driver = phone.driver

    # The room code from the wall, on a page laid out for the phone's width.
    driver.get(arguments.url)
    phone.element("input#code")
    width = driver.execute_script("return window.innerWidth")
    if width != PHONE["width"]:
        raise AssertionError("the page is laid out %s wide, not a phone's %d" % (width, PHONE["width"]))
    phone.shot("code")
    phone.type_into("input#code", arguments.code)
    phone.new_page(lambda: phone.clickable("form[action='/code'] button[type=submit]").click())

    # Hvem er du? `åse` finds Åse Østergaard.
    phone.type_into("input#q", "åse")
    phone.new_page(lambda: phone.clickable("form.search button[type=submit]").click())
    phone.text_in("form.people", "Åse Østergaard")
    phone.shot("name-found")
    # Not on the list: the name and the department below it, with room between them.
    driver.execute_script("document.getElementById('new').scrollIntoView()")
    phone.shot("name-new")
    person = phone.clickable("form.people button[name=person]")
    if not person.text.startswith("Åse Østergaard"):
        raise AssertionError("the first name found for åse is %r" % person.text)
    phone.new_page(person.click)

    # The discussion: the question, and a note written and saved.
    phone.text_in("header .who", "Åse Østergaard")
    phone.text_in("p.question", "Hvad virker?")
    phone.shot("room")
    phone.type_into("textarea#text", NOTE)
    phone.text_in("#counter", "%d/500" % len(NOTE))
    phone.shot("typed")
    phone.new_page(lambda: phone.clickable("form.note button[type=submit]").click())
    phone.text_in(".flash", "Gemt ✓")
    phone.text_in("ul.own", NOTE)
    phone.shot("saved")

    # On the wall.
    wall = samskab(arguments.samskab, "render", arguments.session, "--width", "100", "--height", "30")
    if NOTE not in wall or "Åse Østergaard" not in wall:
        raise AssertionError("the wall does not show the note:\n" + wall)

    # A dot voting opened from the command line: the page follows the room by itself.
    samskab(arguments.samskab, "voting", "open", arguments.session)
    phone.text_in("section#voting", "3 af 3 prikker tilbage")
    phone.text_in("section#voting", NOTE)
    phone.shot("voting-open")
    # The voting comes first; the note form stays a tap away.
    phone.clickable("a[href='#note']")
    phone.new_page(lambda: phone.clickable("form.vote button[name=dot][value=add]").click())
    # The answer beside the ballot tapped, on screen (not at the top of the page, scrolled away).
    phone.text_in("section#voting li .flash", "Prik sat ✓")
    top = driver.execute_script("return document.querySelector('section#voting li .flash').getBoundingClientRect().top")
    if not 0 <= top <= PHONE["height"]:
        raise AssertionError("the dot's answer is off the screen, at %s px" % top)
    phone.text_in("section#voting", "2 af 3 prikker tilbage")
    phone.text_in("section#voting .dots", "dine: 1")
    if "stemme" in phone.element("section#voting").text:
        raise AssertionError("counts shown before the reveal: " + phone.body())
    phone.shot("voted")

    # Closed and revealed from the command line: the result on the phone.
    samskab(arguments.samskab, "voting", "close", arguments.session)
    revealed = samskab(arguments.samskab, "voting", "reveal", arguments.session)
    if NOTE not in revealed:
        raise AssertionError("voting reveal printed:\n" + revealed)
    phone.text_in("section#voting h2", "Resultat af afstemningen")
    phone.text_in("section#voting .dots", "1 stemme")
    phone.shot("result")
    if phone.driver.find_elements(By.CSS_SELECTOR, "form.vote"):
        raise AssertionError("the closed voting still offers dots")


def main():
    parser = argparse.ArgumentParser()
    for flag in ["--samskab", "--session", "--url", "--code", "--shots"]:
        parser.add_argument(flag, required=True)
    arguments = parser.parse_args()
    os.makedirs(arguments.shots, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="samskab-chromium-")
    driver = open_phone(profile)
    phone = Phone(driver, arguments.shots)
    try:
        day(phone, arguments)
    except Exception:
        try:
            phone.shot("failed")
        except Exception:
            pass
        raise
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
    print("ok")


if __name__ == "__main__":
    main()
