"""Helpers of the API tests: a uvicorn server in a thread, waiting for an indexing job."""

from __future__ import annotations

import threading
import time

from support import free_port


class Running:
    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)


def wait_job(client, job: dict, timeout: float = 180) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        found = client.get(f"/api/jobs/{job['id']}").json()
        if found["status"] in ("done", "failed"):
            return found
        assert time.monotonic() < deadline, found
        time.sleep(0.2)
