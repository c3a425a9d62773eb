"""e5 similarity: of two texts, for the conflict decision (answer/conflicts.py: is a
paraphrased figure from the same story?), and of a question with candidate sentences (the
learned selector's dense features, an English question's closest sentences)."""

from __future__ import annotations

import threading

MAX_CACHED = 50_000  # embedded texts kept (384 floats each: about 75 MB)


class Similarity:
    """e5 cosine similarity of texts, each embedded once; safe to share between threads."""

    def __init__(self, embed_documents):
        self._embed = embed_documents
        self._vectors: dict[str, object] = {}
        self._lock = threading.Lock()

    def prefetch(self, texts) -> None:
        import numpy as np

        todo = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        for i in range(0, len(todo), 64):
            batch = todo[i : i + 64]
            vectors = np.asarray(self._embed(batch), dtype="float32")
            with self._lock:
                if len(self._vectors) > MAX_CACHED:
                    self._vectors.clear()  # a long-running chat must not grow without end
                self._vectors.update(zip(batch, vectors))

    def __call__(self, x: str, y: str) -> float:
        self.prefetch([x, y])
        return float(self._vectors[x] @ self._vectors[y])


def cosines(embed_documents, query_vector):
    """texts -> their e5 cosines with the question: the passage encoder (with the passage
    prefix, as the index embeds) against the question's vector from retrieval."""
    import numpy as np

    asked = np.asarray(query_vector, float)
    asked = asked / max(np.linalg.norm(asked), 1e-12)

    def similarity(texts: list[str]) -> list[float]:
        vectors = np.asarray(embed_documents(list(texts)), float)
        norms = np.maximum(np.linalg.norm(vectors, axis=1), 1e-12)
        return ((vectors @ asked) / norms).tolist()

    return similarity
