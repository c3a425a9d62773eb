"""`suyuan bench cmrc FILE --encoders`: the whole CMRC benchmark once with the fp32 PyTorch
encoder and once with the int8 ONNX build, in one process, and the differences between them.

The int8 encoder is the default because it is about three times faster; this is the check
that it costs no retrieval or answer quality (issue 16 asks for both within 0.5 points).
"""

from __future__ import annotations

import time

from assistant.bench import cmrc

BACKENDS = (("fp32", "torch"), ("int8", "onnx"))
COMPARED = ("recall@1", "recall@5", "mrr", "answer_containment", "confident_wrong", "median_answer_chars")


def run(settings, path, limit=None, progress=None) -> dict:
    runs = {}
    for label, backend in BACKENDS:
        t0 = time.perf_counter()
        report = cmrc.run(settings.model_copy(update={"embedding_backend": backend}), path, limit, progress)
        runs[label] = {"seconds": round(time.perf_counter() - t0, 1),
                       **{system: {k: report[system][k] for k in COMPARED + ("index_seconds",)}
                          for system in ("suyuan", "rules", "langchain")}}
    deltas = {system: {k: round(100 * (runs["int8"][system][k] - runs["fp32"][system][k]), 2)
                       for k in ("recall@1", "recall@5", "answer_containment")}
              for system in ("suyuan", "rules", "langchain")}
    return {"file": str(path), "questions": report["questions"], "runs": runs, "int8_minus_fp32_points": deltas}


def table(report: dict) -> str:
    rows = [f"{'':34}{'fp32':>10}{'int8':>10}{'points':>10}"]
    for system in ("suyuan", "rules", "langchain"):
        for key in COMPARED + ("index_seconds",):
            a, b = report["runs"]["fp32"][system][key], report["runs"]["int8"][system][key]
            delta = report["int8_minus_fp32_points"][system].get(key, "")
            rows.append(f"{system + ' ' + key:34}{a!s:>10}{b!s:>10}{delta!s:>10}")
    return "\n".join(rows) + f"\n({report['questions']} questions; points = 100 x (int8 - fp32))"
