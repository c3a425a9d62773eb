"""`suyuan serve`: one process serving the REST API, the OpenAI-compatible routes and the
chat, with uvicorn.

Binds 127.0.0.1 unless told otherwise; on any other interface it refuses to start without
API keys (and, when the chat is served, the chat's login), as the chat always did.
"""

from __future__ import annotations

import sys
import threading
import time

from assistant.config import Settings
from assistant.errors import ConfigError, SuyuanError

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def api_keys(settings: Settings) -> list[str]:
    raw = getattr(settings, "api_keys", "") or ""
    return [k.strip() for k in str(raw).split(",") if k.strip()]


def check_binding(host: str, keys: list[str], chat: bool, settings: Settings) -> None:
    """The one binding rule, for the API and the chat (`python app.py` serves through here)."""
    if host in LOOPBACK:
        return
    if not keys:
        raise ConfigError(f"refusing to listen on {host}: set SUYUAN_API_KEYS (one or more keys, comma-separated) "
                          "to open the API beyond this machine, or leave the host at 127.0.0.1")
    if chat and not (settings.username and settings.password):
        raise ConfigError(f"refusing to serve the chat on {host}: set SUYUAN_USERNAME and SUYUAN_PASSWORD, "
                          "or serve the API alone (--no-chat)")


def build(settings: Settings, chat_builder=None, note_first_start: bool = True):
    """The app: API routes, and the chat mounted at / when a chat builder is given."""
    from assistant.api.app import create_app
    from assistant.knowledge_bases import KnowledgeBases

    kbs = KnowledgeBases(settings)
    note = ""
    if note_first_start and kbs.default.store.empty() and settings.seeds.exists():
        print(f"First start: building the index of {settings.seeds}/ … (this takes a few seconds)", flush=True)
        report = kbs.default.index([settings.seeds])
        note = f"首次启动：已为 {settings.seeds}/ 建立索引 · first start: indexed {settings.seeds}/ in {report.seconds:.0f} s"
        print(note, flush=True)
    app = create_app(kbs, api_keys(settings))
    if chat_builder is not None:
        app = chat_builder(app, kbs, note)
    return app


def serve(settings: Settings, host: str | None = None, port: int | None = None, chat_builder=None) -> int:
    import uvicorn

    host = host or settings.host
    port = port or settings.port
    try:
        check_binding(host, api_keys(settings), chat_builder is not None, settings)
        app = build(settings, chat_builder)
    except SuyuanError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5))

    def announce():  # once the socket is bound, so whoever waits for this line can connect
        while not server.started:
            time.sleep(0.1)
        chat = "chat at /, " if chat_builder is not None else ""
        print(f"Running on http://{host}:{port} ({chat}API at /api and /v1, docs at /docs)", flush=True)

    threading.Thread(target=announce, daemon=True).start()
    server.run()
    return 0


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m assistant.api.server")
    parser.add_argument("--host")
    parser.add_argument("--port", type=int)
    args = parser.parse_args(argv)
    return serve(Settings(), args.host, args.port)


if __name__ == "__main__":
    sys.exit(main())
