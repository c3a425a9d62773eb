"""The chat served by `suyuan serve`, driven by Debian's headless Chromium: a knowledge base
made and filled through the API of that same process is chosen in the chat's selector and
answers; the default knowledge base does not answer from it; a 👍 in the chat is read back
through the API."""

import os
import shutil
import time

import httpx
import pytest

from support import start_serve
from test_ui_browser import CHROMIUM, CHROMIUM_ARGS, _ask

pytestmark = [pytest.mark.slow, pytest.mark.browser]
DOC = "南溪县农村供水报告\n\n本报记者 赵云\n\n今年，南溪县新建农村供水工程17处，受益人口4.6万人。\n"
QUESTION = "南溪县新建了多少处农村供水工程？"


@pytest.fixture(scope="module")
def served(seeded, tmp_path_factory):
    """`suyuan serve` on a free loopback port over a copy of the session's seeded store,
    with a knowledge base `water` created and filled through its API."""
    store = tmp_path_factory.mktemp("serve-kb") / "store"
    shutil.copytree(seeded.settings.store, store)
    env = {**os.environ, "SUYUAN_STORE": str(store)}
    url, proc = start_serve(env, store.parent / "serve.log")
    deadline = time.time() + 300
    with httpx.Client(base_url=url, timeout=120) as api:
        assert api.post("/api/kbs", json={"name": "water"}).status_code == 201
        job = api.post("/api/kbs/water/documents", files={"files": ("供水.txt", DOC.encode(), "text/plain")})
        assert job.status_code == 202, job.text
        while (found := api.get(f"/api/jobs/{job.json()['id']}").json())["status"] not in ("done", "failed"):
            assert time.time() < deadline + 180, found
            time.sleep(0.3)
        assert found["status"] == "done", found
    yield {"url": url, "proc": proc}
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _choose_kb(page, name):
    page.click("#kb input")
    page.get_by_role("option", name=name, exact=True).click()
    page.wait_for_function(f"document.querySelector('#kb input').value === {name!r}")


def test_a_knowledge_base_made_through_the_api_is_chosen_and_answers_in_the_chat(served, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(served["url"] + "/")
    page.wait_for_selector("#question textarea", timeout=60_000)

    _choose_kb(page, "water")
    _ask(page, QUESTION)
    assert "17处" in page.inner_text("#chat .sy-answer")
    page.wait_for_selector("#passage mark")
    assert "南溪县新建农村供水工程17处" in page.inner_text("#passage mark")
    assert "供水.txt" in page.inner_text("#citations")

    # the rating control of that answer, read back through the API
    page.locator("#chat button[aria-label='Like']").first.click()
    page.wait_for_function("document.querySelector('#feedback-status').innerText.includes('已记录')", timeout=30_000)
    rated = httpx.get(served["url"] + "/api/feedback", params={"kb": "water"}, timeout=30).json()
    assert rated and rated[-1]["rating"] == "up" and rated[-1]["question"] == QUESTION
    assert "17处" in rated[-1]["answer"] and rated[-1]["citations"][0]["source"].endswith("供水.txt")

    # the same question in the default knowledge base is not answered from `water`
    _choose_kb(page, "default")
    _ask(page, QUESTION)
    last = page.locator("#chat .sy-answer, #chat .sy-abstain, #chat .sy-conflict").last
    assert "17处" not in last.inner_text() and "供水.txt" not in page.inner_text("#citations")
    assert page.locator("#chat .sy-abstain").count() == 1
    page.close()
    assert served["proc"].poll() is None
