"""Settings: environment variables `SUYUAN_*`, overridden by command-line flags.

Built once in `main()` (or by the app) and passed down; nothing reads the environment at
import time.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_EMBEDDING = "multilingual-e5-small"
KB_NAME = r"^[a-z0-9](?:[a-z0-9_-]{0,38}[a-z0-9])?$"  # a knowledge base's name, part of a collection name


def _default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "suyuan"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SUYUAN_", extra="ignore")

    # Where things live
    store: Path = Field(Path("vectorstore"), description="Folder of the embedded Chroma database.")
    seeds: Path = Field(Path("seeds"), description="Documents indexed by default and on the chat's first start.")
    model_cache: Path = Field(default_factory=_default_cache, description="Folder for converted models.")
    chroma_host: str = Field("", description="Host of a Chroma server; when set, the store is a chromadb.HttpClient.")
    chroma_port: int = Field(8000, description="Port of the Chroma server.")

    # Indexing
    embedding_model: str = Field(DEFAULT_EMBEDDING, description="'multilingual-e5-small' (bundled, offline) or any sentence-transformers model name or folder.")
    embedding_batch: int = Field(32, description="Passages embedded per batch by the PyTorch encoder (the int8 ONNX one runs each text alone, so its vectors do not depend on their batch).")
    embedding_backend: Literal["auto", "onnx", "torch"] = Field("auto", description="For the default model: 'auto' uses the int8 ONNX build once `suyuan setup` has made it, 'onnx' builds it if needed, 'torch' keeps fp32 PyTorch.")
    keyword_dir: Path | None = Field(None, description="Folder of the persisted keyword indexes (default: STORE/keywords); in server mode give every client the same folder.")
    chunk_tokens: int = Field(240, ge=32, le=2000, description="Target chunk size in cl100k tokens.")
    chunk_overlap: int = Field(1, ge=0, le=5, description="Sentences repeated between neighbouring chunks.")
    max_file_mb: float = Field(20.0, gt=0, description="Files larger than this are skipped.")
    url_timeout: float = Field(20.0, gt=0, description="Seconds a web page may take to arrive when a URL is indexed.")
    allow_private_urls: bool = Field(False, description="Let `suyuan index URL` fetch private, loopback and link-local addresses.")

    # Answering
    top_k: int = Field(5, ge=1, le=50, description="Passages given to the answerer.")
    candidates: int = Field(30, ge=1, le=500, description="Passages each retriever proposes before fusion.")
    abstain_threshold: float = Field(0.43, description="Support below which the assistant says the sources do not answer; chosen by `suyuan calibrate` (see README).")
    selector: Literal["rules", "learned", "combined"] = Field("combined", description="Which answer step picks the sentence: 'combined' (the rules for figure and English questions, the learned selector for the others, the rules' abstention unless SUYUAN_ABSTENTION=learned), 'rules' (hand-set scorer only) or 'learned' (logistic regression on DRCD and news, assistant/answer/selector_weights.json, for every Chinese question, with its own threshold); see docs/benchmarks.md.")
    figure_picker: Literal["rules", "learned"] = Field("rules", description="Which picks the figure of a Chinese quantity question: 'rules' (the hand scorer, answer/figures.py) or 'learned' (gradient-boosted trees, answer/figure_model.py, `python -m assistant.learn.figure_train`); the rules' support of the picked figure decides whether to answer either way. See docs/benchmarks.md (session 24).")
    selector_threshold: float | None = Field(None, description="Probability below which the learned selector abstains; default: the weight file's (chosen at a 3:1 wrong:refusal cost). Re-fit: SUYUAN_SELECTOR=learned suyuan calibrate FILE.jsonl.")
    abstention: Literal["rules", "learned"] = Field("rules", description="What decides whether the default step ('combined') answers: 'rules' (its support against abstain_threshold) or 'learned' (one decision: a Chinese figure answer on the calibrated probability that it is right, assistant/answer/abstain.py, against answer_threshold once its support reaches the weight file's floor, the support's own cut in the committed file: both must clear; any other answer on the support). The probability is in the answer's JSON either way (extra.confidence); see docs/benchmarks.md for what each costs.")
    answer_threshold: float | None = Field(None, description="With abstention='learned': the probability below which the default step abstains; default: assistant/answer/abstain_weights.json's (chosen at a 3:1 wrong:refusal cost on figure questions over compiled news documents). Re-fit: SUYUAN_ABSTENTION=learned suyuan calibrate FILE.jsonl.")
    max_question_chars: int = Field(2000, ge=10, description="Longer questions are refused.")
    answer_mode: Literal["extractive", "llm"] = Field("extractive", description="Default answer mode.")

    # LLM (optional)
    llm_base_url: str = Field("", description="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1.")
    llm_model: str = Field("", description="Model name sent to the endpoint.")
    llm_api_key: str = Field("not-needed", description="API key for the endpoint.")
    llm_timeout: float = Field(60.0, gt=0, description="Seconds before an LLM call is abandoned.")
    llm_retries: int = Field(1, ge=0, le=10, description="Retries of a failed LLM call.")
    llm_threads: int = Field(2, ge=1, description="Threads of the bundled local model.")
    llm_model_path: str = Field("", description="GGUF file of the local model; default: the joined bundled model in the cache.")
    llm_local_model: Literal["qwen2.5-coder-1.5b", "qwen2.5-coder-0.5b"] = Field("qwen2.5-coder-1.5b", description="Which bundled model answers when no endpoint is set.")

    # Chat UI
    host: str = Field("127.0.0.1", description="Interface the chat binds to.")
    port: int = Field(7860, description="Port of the chat.")
    username: str = Field("", description="Login required when the chat listens beyond loopback.")
    password: str = Field("", description="Password for that login.")
    upload_max_mb: float = Field(10.0, gt=0, description="Largest upload the chat accepts.")
    api_keys: str = Field("", description="Comma-separated keys the API of `suyuan serve` requires; needed beyond loopback.")

    # Knowledge bases
    kb: str = Field("default", pattern=KB_NAME, description="Knowledge base (--kb): each is its own Chroma collection.")

    @field_validator("store", "seeds", "model_cache", mode="before")
    @classmethod
    def _expand(cls, value):
        return Path(os.path.expanduser(str(value)))

    def collection_name(self) -> str:
        """Names everything that changes the vectors, so two settings never mix."""
        key = f"{self.embedding_model}|{self.chunk_tokens}|{self.chunk_overlap}|v4"
        digest = hashlib.sha1(key.encode()).hexdigest()[:10]
        model = "".join(c if c.isalnum() else "-" for c in Path(self.embedding_model).name.lower())
        name = f"suyuan-{model[:24]}-t{self.chunk_tokens}-o{self.chunk_overlap}-{digest}"
        # the default knowledge base keeps the name earlier versions gave the one collection
        return name if self.kb == "default" else f"{name}-kb-{self.kb}"
