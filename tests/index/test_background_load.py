"""An Assistant made without an embedder loads it in a thread while its store opens (a new
process answers its first question sooner); the embedder, or the error loading it, reaches
whoever first asks for it."""

import threading

import pytest

from assistant.config import Settings
from assistant.errors import ModelError
from assistant.index import embedding
from assistant import service
from support import SEEDS, FakeEmbedder


@pytest.mark.slow
def test_the_real_encoder_is_loaded_off_the_main_thread_and_shared(tmp_path, monkeypatch):
    threads = []
    real = embedding.load_embedder

    def spy(settings):
        threads.append(threading.current_thread())
        return real(settings)

    monkeypatch.setattr(embedding, "load_embedder", spy)
    settings = Settings(store=tmp_path / "store", seeds=SEEDS)
    a = service.Assistant(settings)
    encoder = a.embedder
    assert threads and threads[0] is not threading.main_thread()
    assert encoder is real(settings)  # the process's one copy, as before
    assert len(encoder.embed_query("东丰县县长是谁？")) == encoder.dimension
    assert service.Assistant(settings, embedder=FakeEmbedder())._loading is None  # given one: nothing loads


def test_a_failed_background_load_is_raised_where_the_embedder_is_asked_for_then_retried(tmp_path, monkeypatch):
    calls = []

    def failing(settings):
        calls.append(threading.current_thread())
        raise ModelError("cannot load the embedding model 'x': no such folder")

    fake = FakeEmbedder()
    monkeypatch.setattr(embedding, "load_embedder", failing)
    monkeypatch.setattr(service, "load_embedder", lambda settings: fake)
    a = service.Assistant(Settings(store=tmp_path / "store"))
    assert a.store.count() == 0  # the store opened whatever the encoder did
    with pytest.raises(ModelError, match="no such folder"):
        a.embedder
    assert len(calls) == 1 and calls[0] is not threading.main_thread()
    assert a.embedder is fake  # the next use loads again, in the caller's thread
