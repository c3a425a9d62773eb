"""End to end: the real app in its own process, driven by Debian's headless Chromium
(Playwright from PyPI, no browser download), and 10 questions at once from a second process."""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import ROOT, SEEDS, free_port

pytestmark = [pytest.mark.slow, pytest.mark.browser]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]



@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    store = tmp_path_factory.mktemp("ui") / "store"
    env = {**os.environ, "SUYUAN_STORE": str(store), "SUYUAN_PORT": str(port), "SUYUAN_SEEDS": str(SEEDS)}
    log = tmp_path_factory.mktemp("ui-log") / "app.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 240
    while time.time() < deadline:
        if "Running on" in log.read_text():
            break
        if proc.poll() is not None:
            pytest.fail(f"app exited: {log.read_text()}")
        time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail(f"app did not start: {log.read_text()}")
    yield {"url": url, "log": log, "store": store}
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: run `make install-browser` (Debian package chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _ask(page, question):
    before = page.locator("#chat .sy-answer sup, #chat .sy-abstain, #chat .sy-conflict").count()
    page.fill("#question textarea", question)
    page.click("#send")
    page.wait_for_function(
        f"document.querySelectorAll('#chat .sy-answer sup, #chat .sy-abstain, #chat .sy-conflict').length > {before}",
        timeout=120_000)


def test_first_start_builds_the_seed_index_and_says_so(server):
    assert "First start: building the index" in server["log"].read_text()


def test_ask_check_cited_passage_upload_and_screenshot(server, browser, output_dir, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(server["url"])
    page.wait_for_selector("#question textarea", timeout=60_000)
    assert "首次启动" in page.inner_text("#index-status")

    _ask(page, "东丰县梅花鹿产值是多少？")
    assert "81.6亿元" in page.inner_text("#chat")
    page.wait_for_selector("#passage mark")
    assert "涉鹿产值81.6亿元" in page.inner_text("#passage mark")
    assert "000_4d8817e16d129468.txt" in page.inner_text("#passage")

    _ask(page, "2023梅花鹿产业高质量发展大会的签约额是多少？")
    page.wait_for_selector("#chat .sy-conflict td")
    assert page.locator("#citations label").count() == 2
    page.locator("#citations label").nth(1).click()
    page.wait_for_function("document.querySelector('#passage h4').innerText.startsWith('[2]')")

    _ask(page, "东丰县常住人口是多少？")
    assert page.locator("#chat .sy-abstain").count() >= 1
    page.screenshot(path=str(output_dir / "chat.png"), full_page=True)

    doc = tmp_path / "东辽县温室报道.txt"
    doc.write_text("东辽县建设智能温室\n\n本报记者 测试\n\n今年，东辽县新建智能温室12座，总投资1.5亿元。<script>alert('x')</script>\n", encoding="utf-8")
    bad = tmp_path / "坏文件.txt"
    bad.write_bytes(b"\x00\x01\x02\x03" * 100)
    page.get_by_role("tab", name="文档 Documents").click()
    page.set_input_files("#upload input[type=file]", [str(doc), str(bad)])
    page.wait_for_timeout(1500)
    page.click("#index")
    page.wait_for_function("document.querySelector('#upload-status').innerText.includes('✅')", timeout=120_000)
    status = page.inner_text("#upload-status")
    assert "坏文件.txt" in status and "binary" in status
    assert "东辽县温室报道.txt" in page.inner_text("#documents")

    page.get_by_role("tab", name="问答 Chat").click()
    _ask(page, "东辽县新建了多少座智能温室？")
    assert "12座" in page.inner_text("#chat")
    page.wait_for_selector("#passage mark")
    assert "&lt;script&gt;" not in page.inner_text("#passage")  # escaped once, shown as text
    assert page.locator("#passage script").count() == 0
    page.screenshot(path=str(output_dir / "chat-upload.png"), full_page=True)
    page.close()


def test_fact_check_mode_and_briefing(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(server["url"])
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.check("#fact-check input")
    page.fill("#question textarea", "高新区2023年地方级财政收入增长了39%。")
    page.click("#send")
    page.wait_for_selector("#chat .sy-refuted", timeout=120_000)
    assert "93%" in page.inner_text("#chat")
    page.uncheck("#fact-check input")
    page.fill("#question textarea", "梅花鹿产业")
    page.click("#brief")
    page.wait_for_selector("#chat .sy-brief", timeout=120_000)
    text = page.inner_text("#chat .sy-brief")
    assert "81.6亿元" in text and "28.2万只" in text
    page.close()


def test_follow_up_question_in_the_chat(server, browser):
    page = browser.new_page()
    page.goto(server["url"])
    page.wait_for_selector("#question textarea", timeout=60_000)
    _ask(page, "东丰县2023年实施了多少个500万元以上重点项目？")
    _ask(page, "那龙山区呢？")
    chat = page.inner_text("#chat")
    assert "理解为" in chat and "龙山区2023年实施了多少个500万元以上重点项目" in chat
    page.close()


CONCURRENT = """
import json, sys
from concurrent.futures import ThreadPoolExecutor
from gradio_client import Client
client = Client(sys.argv[1], verbose=False)
questions = json.loads(sys.argv[2])
def ask(q):
    history, sources, passage, _ = client.predict(q, [], 5, "extractive", False, api_name="/ask")
    return {"question": q, "answer": history[-1]["content"], "sources": sources, "passage": passage}
jobs = [client.submit(q, [], 5, "extractive", False, api_name="/ask") for q in questions]
out = []
for q, job in zip(questions, jobs):
    history, sources, passage, _ = job.result(timeout=300)
    content = history[-1]["content"]
    text = content if isinstance(content, str) else " ".join(c.get("text", "") for c in content)
    out.append({"question": q, "answer": text, "passage": passage})
print(json.dumps(out, ensure_ascii=False))
"""


def test_ten_questions_at_once_from_another_process(server):
    cases = {
        "东丰县梅花鹿产值是多少？": "81.6亿元", "辽源计划新增多少台智能袜机？": "2400台",
        "辽源要购置多少辆纯电动公交车？": "50辆", "城区计划增设多少个分类垃圾桶？": "6750个",
        "东丰县每年产鹿茸多少吨？": "546吨", "辽源2024年城镇新增就业目标是多少人？": "7000人",
        "高新区2023年地区生产总值是多少？": "72亿元", "东辽县县长是谁？": "王飞",
        "龙山区2024年计划实施多少个年度重点项目？": "91个", "东辽县计划谋划储备多少个项目？": "80个",
    }
    proc = subprocess.run([sys.executable, "-c", CONCURRENT, server["url"], json.dumps(list(cases), ensure_ascii=False)],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout)
    assert len(results) == 10
    for r in results:
        expected = cases[r["question"]]
        assert expected in r["answer"], r
        assert expected in r["passage"].replace(" ", ""), r  # its own citation, not another's


def test_check_a_draft_tab(server, browser, output_dir):
    """Paste a draft, see each sentence coloured by its verdict, hover for what the sources
    say, open a source's passage."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(server["url"])
    page.get_by_role("tab", name="核查全文 Check a draft").click()
    draft = ("东丰县县域经济振兴发展考核位列全省第五名。东丰县培育小升规企业4户。这些成绩令人振奋。"
             "东丰县在哈尔滨举办了<b>梅花鹿产业招商推介会</b>。")
    page.fill("#draft textarea", draft)
    page.click("#check-draft")
    page.wait_for_selector("#draft-result .sy-v.sy-v-refuted", timeout=180_000)
    assert page.locator("#draft-result .sy-v.sy-v-supported").count() == 1
    assert page.locator("#draft-result .sy-v.sy-v-not_checkable").count() == 1
    assert page.locator("#draft-result .sy-v.sy-v-not_enough_info").count() == 1
    assert page.locator("#draft-result .sy-text b").count() == 0  # the draft's markup is shown as text
    assert "全省第十名" in page.get_attribute("#draft-result .sy-v.sy-v-refuted", "title")
    page.locator("#draft-result details summary").first.click()
    page.wait_for_selector("#draft-result details[open] mark")
    page.screenshot(path=str(output_dir / "draft-check.png"), full_page=True)
    page.close()
