"""The bundled e5 model as an int8 ONNX Runtime graph: about twice the passages per second of
fp32 PyTorch on these CPUs (AVX2, no AVX-512), with the same retrieval quality
(docs/benchmarks.md).

Made once from the converted sentence-transformers folder (e5_convert.py), with no
download: `torch.onnx.export`, then onnxruntime's BERT fusions (attention, GELU, layer
norms), then `quantize_dynamic` (int8 weights per channel, activations quantised at run
time). optimum is not used: the three calls are all it would do here, and it pins older
transformers.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import warnings
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.errors import ModelError

FORMAT_VERSION = "1"  # bump when the exported graph changes
MODEL_FILE = "model-int8.onnx"


def onnx_folder(torch_folder: Path) -> Path:
    return Path(torch_folder).parent / f"{Path(torch_folder).name}-onnx-int8-v{FORMAT_VERSION}"


def is_ready(folder: Path) -> bool:
    marker = Path(folder) / "suyuan_onnx.json"
    return marker.exists() and json.loads(marker.read_text()).get("format") == FORMAT_VERSION


def _export(torch_folder: Path, out: Path) -> None:
    import torch
    from transformers import BertModel

    bert = BertModel.from_pretrained(torch_folder, add_pooling_layer=False, attn_implementation="eager").eval()

    class Encoder(torch.nn.Module):  # positional inputs only: what the exporter traces
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask):
            return self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    ids = torch.ones(2, 16, dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(Encoder(bert).eval(), (ids, ids.clone()), str(out), input_names=["input_ids", "attention_mask"],
                          output_names=["last_hidden_state"], opset_version=17, dynamo=False,
                          dynamic_axes={"input_ids": axes, "attention_mask": axes, "last_hidden_state": axes})


def convert(torch_folder: Path, target: Path) -> Path:
    """Write the int8 graph, tokenizer and prompts of `torch_folder` at `target` (atomically)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model

    torch_folder, target = Path(torch_folder), Path(target)
    config = json.loads((torch_folder / "config.json").read_text())
    work = Path(tempfile.mkdtemp(prefix=".onnx-", dir=target.parent))
    logging.getLogger("onnxruntime").setLevel(logging.ERROR)
    try:
        _export(torch_folder, work / "fp32.onnx")
        fused = optimize_model(str(work / "fp32.onnx"), model_type="bert", num_heads=config["num_attention_heads"],
                               hidden_size=config["hidden_size"], opt_level=0)
        fused.save_model_to_file(str(work / "fused.onnx"))
        out = work / "out"
        out.mkdir()
        # DefaultTensorType: the fused ops live in onnxruntime's domain, where shape inference is silent
        quantize_dynamic(str(work / "fused.onnx"), str(out / MODEL_FILE), weight_type=QuantType.QInt8,
                         per_channel=True, extra_options={"DefaultTensorType": 1})
        for name in ("tokenizer.json", "config_sentence_transformers.json", "sentence_bert_config.json"):
            shutil.copy(torch_folder / name, out / name)
        (out / "suyuan_onnx.json").write_text(json.dumps(
            {"source": str(torch_folder), "format": FORMAT_VERSION, "dimension": config["hidden_size"]}))
        if target.exists():
            shutil.rmtree(target)
        os.replace(out, target)
    except Exception as exc:
        raise ModelError(f"cannot build the int8 ONNX model from {torch_folder}: {exc}") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def ensure_onnx(torch_folder: Path) -> Path:
    """The int8 folder next to the converted model, building it on first call."""
    target = onnx_folder(torch_folder)
    if is_ready(target):
        return target
    converted = convert(torch_folder, target)
    for old in Path(torch_folder).parent.glob(f"{Path(torch_folder).name}-onnx-int8-v*"):
        if old != target:
            shutil.rmtree(old, ignore_errors=True)
    return converted


class OnnxEmbedder(Embeddings):
    """Same vectors as `SentenceEmbedder` on the e5 folder (cosine >= 0.99), from onnxruntime."""

    def __init__(self, folder: Path, threads: int = 0):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        folder = Path(folder)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or (os.cpu_count() or 1)
        # Busy-waiting threads steal the CPU from whatever else runs on a shared machine.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            self.session = ort.InferenceSession(str(folder / MODEL_FILE), options, providers=["CPUExecutionProvider"])
            self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except Exception as exc:
            raise ModelError(f"cannot load the ONNX embedding model in {folder}: {exc}") from exc
        max_length = json.loads((folder / "sentence_bert_config.json").read_text()).get("max_seq_length", 512)
        self.tokenizer.enable_truncation(max_length)
        self.tokenizer.no_padding()
        prompts = json.loads((folder / "config_sentence_transformers.json").read_text()).get("prompts", {})
        self.query_prefix, self.passage_prefix = prompts.get("query", ""), prompts.get("passage", "")
        self._dimension = int(json.loads((folder / "suyuan_onnx.json").read_text())["dimension"])
        self.name = str(folder)

    @property
    def dimension(self) -> int:
        return self._dimension

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors, mean-pooled over tokens, each text run through the graph alone: its
        activations are quantised per tensor at run time, so in a batch a text's vector
        shifts with the other texts and their padding (cosine 0.995 at worst over seed
        sentences), and an answer built on cached vectors depended on which questions ran
        before it. Alone costs no more on these CPUs: no padding to compute (docs/benchmarks.md)."""
        out = np.zeros((len(texts), self._dimension), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(list(texts))):
            ids = np.asarray([encoding.ids], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]
            pooled = hidden.mean(axis=0)
            out[row] = pooled / max(float(np.linalg.norm(pooled)), 1e-12)
        return out

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        return self.encode([self.passage_prefix + t for t in texts]).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode([self.query_prefix + text])[0].tolist()

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Many questions in one batch (a claim check embeds every claim of a draft)."""
        return self.encode([self.query_prefix + t for t in texts]).tolist() if texts else []
