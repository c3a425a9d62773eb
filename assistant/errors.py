"""One small exception tree; the CLI and the UI turn these into friendly messages."""


class SuyuanError(Exception):
    """Base of every error the assistant raises on purpose."""


class ConfigError(SuyuanError):
    """A setting has a value that cannot work."""


class ModelError(SuyuanError):
    """The embedding model or the LLM could not be loaded or used."""


class LoadError(SuyuanError):
    """A file could not be read as a document."""


class StoreError(SuyuanError):
    """The vector store is missing, unreachable or inconsistent."""


class KnowledgeBaseError(SuyuanError):
    """A knowledge-base name that is malformed, unknown, taken or protected."""


class QuestionError(SuyuanError):
    """A question that cannot be asked as given (empty, too long, no words)."""


class LLMError(SuyuanError):
    """The language model endpoint failed, timed out or replied with garbage."""
