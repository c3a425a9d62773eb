"""Web pages fetched by URL from a real HTTP server on loopback: the article is indexed and
cited by its URL; timeouts, 404s, non-HTTP schemes and private addresses are refused."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.config import Settings
from assistant.errors import LoadError
from assistant.ingest import web
from assistant.ingest.loaders import WebOptions, load_url
from assistant.service import Assistant

ARTICLE = """<html><head><meta charset="gbk"><title>铁东区新闻</title></head><body>
<header><a href="/">首页</a> 导航里的数字888个</header>
<div class="sidebar"><ul><li><a href="/a">热点</a></li><li><a href="/b">推荐</a></li></ul></div>
<article><h1>铁东区建设智慧社区</h1>
<p>今年，铁东区新建智慧社区23个，覆盖居民8.6万户。</p>
<p>铁东区还将推进老旧小区改造，预计明年完成全部改造任务。</p>
<table><tr><th>街道</th><th>社区数</th></tr><tr><td>北门街道</td><td>6个</td></tr></table>
</article>
<footer>版权所有 页脚里的数字777元</footer></body></html>"""


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/article.html":
            body = ARTICLE.encode("gbk")
            self.send_response(200)
            self.send_header("Content-Type", "text/html")  # no charset: the bytes must tell
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/slow":
            time.sleep(3)
            self.send_response(200)
            self.end_headers()
        elif self.path.startswith("/to-local"):
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{self.server.server_port}/article.html")
            self.end_headers()
        elif self.path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://example.org/file.txt")
            self.end_headers()
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write("东丰县".encode() * 200_000)
        else:
            self.send_error(404, "Not Found")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


ALLOW = WebOptions(timeout=1.0, allow_private=True)


def test_a_page_is_fetched_and_its_article_extracted(server):
    doc = load_url(f"{server}/article.html", 2**20, ALLOW)
    assert doc.source == f"{server}/article.html" and doc.encoding == "gb18030"
    assert "今年，铁东区新建智慧社区23个，覆盖居民8.6万户。" in doc.text
    assert "街道：北门街道，社区数：6个。" in doc.text
    assert doc.articles[0].title == "铁东区建设智慧社区"
    for junk in ("888个", "777元", "热点"):
        assert junk not in doc.text


@pytest.mark.parametrize("path,reason", [
    ("/missing", "404"),
    ("/slow", "timed out"),
    ("/to-ftp", "only http"),
    ("/big", "limit"),
])
def test_bad_urls_are_refused_with_the_reason(server, path, reason):
    with pytest.raises(LoadError, match=reason):
        load_url(f"{server}{path}", 2**20, ALLOW)


def test_schemes_other_than_http_are_refused():
    for url in ("file:///etc/passwd", "ftp://example.org/a.txt", "gopher://example.org/"):
        with pytest.raises(LoadError, match="only http"):
            load_url(url, 2**20, ALLOW)


def test_private_addresses_are_refused_unless_allowed(server):
    with pytest.raises(LoadError, match="private or local address"):
        load_url(f"{server}/article.html", 2**20, WebOptions(timeout=1.0))


def test_a_redirect_to_a_private_address_is_refused_at_that_hop(server, monkeypatch):
    real = web._addresses
    # The first server counts as public for this test; the redirect's target (localhost) is checked for real.
    monkeypatch.setattr(web, "_addresses", lambda host, port: ["93.184.216.34"] if host == "127.0.0.1" else real(host, port))
    with pytest.raises(LoadError, match="localhost.*private or local address"):
        load_url(f"{server}/to-local", 2**20, WebOptions(timeout=1.0))


@pytest.mark.slow
def test_an_indexed_url_answers_citing_the_url(server, seeded, tmp_path, monkeypatch):
    monkeypatch.setenv("SUYUAN_ALLOW_PRIVATE_URLS", "1")
    a = Assistant(Settings(store=tmp_path / "store"), embedder=seeded.embedder)
    report = a.index([f"{server}/article.html", f"{server}/missing"])
    assert report.added == [f"{server}/article.html"]
    assert len(report.problems) == 1 and "404" in report.problems[0]
    answer = a.ask("铁东区新建了多少个智慧社区？")
    assert not answer.abstained and "23个" in answer.text
    assert answer.citations[0].source == f"{server}/article.html"
