"""Knowledge bases: named sets of documents, each its own Chroma collection.

The default knowledge base is the collection every earlier version used, so existing
indexes keep working; another one, `budget`, is that name plus `-kb-budget` (the setting
`kb`, see `Settings.collection_name`). The model and
chunk settings stay in the name, so two settings never mix vectors. Collections live in the
embedded store or on a Chroma server alike: listing asks Chroma, so every process sharing
a server sees the same knowledge bases. One `Assistant` per knowledge base, all sharing one
embedding model; a filtered question gets a read-only view of its knowledge base.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

from assistant.config import KB_NAME, Settings
from assistant.errors import KnowledgeBaseError
from assistant.filters import Filter, SourceView, select_sources
from assistant.service import Assistant

DEFAULT = "default"
MARK = "-kb-"
NAME = re.compile(KB_NAME)
RESERVED_ENDINGS = ("-rebuild",)  # the suffix of a collection being rebuilt
MAX_VIEWS = 16  # filtered views kept warm (each holds a small keyword index)


class UnknownKnowledgeBase(KnowledgeBaseError):
    pass


class KnowledgeBaseExists(KnowledgeBaseError):
    pass


def validate_name(name: str) -> str:
    if not isinstance(name, str) or not NAME.fullmatch(name) or name.endswith(RESERVED_ENDINGS):
        raise KnowledgeBaseError(
            f"bad knowledge-base name {name!r}: use 1-40 lowercase letters, digits, '-' or '_', "
            "starting and ending with a letter or digit")
    return name


def settings_for(settings: Settings, name: str) -> Settings:
    return settings.model_copy(update={"kb": name})


class _SharedEmbedder:
    """Every knowledge base embeds with the default one's model, loaded once on first use."""

    def __init__(self, owner: Assistant):
        self._owner = owner

    def embed_query(self, text):
        return self._owner.embedder.embed_query(text)

    def embed_documents(self, texts):
        return self._owner.embedder.embed_documents(texts)


class KnowledgeBases:
    """The registry a server holds: name -> Assistant, created on demand, never implicitly."""

    def __init__(self, settings: Settings, default: Assistant | None = None):
        self.settings = settings_for(settings, DEFAULT)
        self.default = default or Assistant.from_settings(self.settings)
        self._assistants: dict[str, Assistant] = {DEFAULT: self.default}
        self._views: OrderedDict[tuple, Assistant] = OrderedDict()
        self._lock = threading.RLock()

    def names(self) -> list[str]:
        base = self.settings.collection_name() + MARK
        found = {c if isinstance(c, str) else c.name for c in self.default.store.client.list_collections()}
        named = {n[len(base):] for n in found if n.startswith(base)}
        return [DEFAULT] + sorted(n for n in named if NAME.fullmatch(n) and not n.endswith(RESERVED_ENDINGS))

    def exists(self, name: str) -> bool:
        return name == DEFAULT or name in self.names()

    def get(self, name: str) -> Assistant:
        """The knowledge base's Assistant; an unknown name is an error, never a new collection."""
        with self._lock:
            if name in self._assistants and (name == DEFAULT or self.exists(name)):
                return self._assistants[name]
            if not isinstance(name, str) or not NAME.fullmatch(name) or not self.exists(name):
                self._assistants.pop(name, None)
                raise UnknownKnowledgeBase(f"no knowledge base named {name!r} (known: {', '.join(self.names())})")
            return self._open(name)

    def _open(self, name: str) -> Assistant:
        assistant = Assistant(settings_for(self.settings, name), embedder=_SharedEmbedder(self.default))
        self._assistants[name] = assistant
        return assistant

    def create(self, name: str) -> Assistant:
        validate_name(name)
        with self._lock:
            if self.exists(name):
                raise KnowledgeBaseExists(f"a knowledge base named {name!r} already exists")
            return self._open(name)

    def delete(self, name: str) -> None:
        """Drops the knowledge base's collection and nothing else."""
        if name == DEFAULT:
            raise KnowledgeBaseError("the default knowledge base cannot be deleted (remove its documents instead)")
        with self._lock:
            assistant = self.get(name)
            assistant.store.drop()
            self._assistants.pop(name, None)
            for key in [k for k in self._views if k[0] == name]:
                del self._views[key]

    def scoped(self, name: str, flt: Filter | None) -> Assistant:
        """The knowledge base, or a read-only view of the documents a filter selects."""
        assistant = self.get(name)
        if flt is None or flt.empty():
            return assistant
        sources = select_sources(assistant, flt)
        key = (name, tuple(sources), assistant.store.generation())
        with self._lock:
            view = self._views.get(key)
            if view is None:
                view = Assistant(assistant.settings, store=SourceView(assistant.store, sources),
                                 embedder=_SharedEmbedder(self.default))
                self._views[key] = view
                while len(self._views) > MAX_VIEWS:
                    self._views.popitem(last=False)
            self._views.move_to_end(key)
            return view
