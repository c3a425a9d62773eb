"""`suyuan index` with a URL and a scan, as a user runs it: real processes, a real HTTP server
on loopback, the OCR flag in `ask --json`."""

import json
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from make_files import scan
from test_cli import run

pytestmark = pytest.mark.slow

PAGE = """<html><head><meta charset="utf-8"><title>梨树县新闻</title></head><body><nav>导航 首页</nav>
<article><h1>梨树县发展黑土地保护</h1><p>今年，梨树县推广保护性耕作面积达到420万亩。</p></article></body></html>"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    (root / "news.html").write_text(PAGE, encoding="utf-8")

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_index_a_url_and_a_scan_then_ask_with_json(site, tmp_path):
    store = tmp_path / "store"
    image = tmp_path / "通知.png"
    scan([["　　公主岭市今年新建玉米深加工项目7个。"]]).save(image)
    env = {"SUYUAN_ALLOW_PRIVATE_URLS": "1"}
    done = run("index", f"{site}/news.html", str(image), "--json", store=store, env=env)
    assert set(json.loads(done.stdout)["added"]) == {f"{site}/news.html", str(image.resolve())}

    web = json.loads(run("ask", "梨树县保护性耕作面积达到多少？", "--json", store=store).stdout)
    assert "420万亩" in web["answer"]
    assert web["citations"][0]["source"] == f"{site}/news.html" and web["citations"][0]["ocr"] is False

    scanned = json.loads(run("ask", "公主岭市新建了多少个玉米深加工项目？", "--json", store=store).stdout)
    c = scanned["citations"][0]
    assert "7个" in scanned["answer"] and c["ocr"] is True and c["page"] == 1 and c["source"].endswith("通知.png")
    shown = run("ask", "公主岭市新建了多少个玉米深加工项目？", store=store).stdout
    assert "page 1, OCR" in shown


def test_bad_urls_are_named_and_exit_1(site, tmp_path):
    store = tmp_path / "store"
    refused = run("index", f"{site}/news.html", store=store, check=False)  # private address, not allowed
    assert refused.returncode == 1 and "private or local address" in refused.stdout + refused.stderr
    missing = run("index", f"{site}/gone.html", "ftp://example.org/a.txt", store=store, check=False,
                  env={"SUYUAN_ALLOW_PRIVATE_URLS": "1"})
    out = missing.stdout + missing.stderr
    assert missing.returncode == 1 and "404" in out and "only http" in out
