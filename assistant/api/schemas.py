"""Request bodies of the REST API; responses are the JSON the CLI prints (`suyuan ask --json`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.filters import Filter


class Filtered(BaseModel):
    """Filters every question-like request accepts."""

    model_config = ConfigDict(extra="forbid")

    documents: list[str] = Field(default_factory=list, description="Only these documents (names as `GET .../documents` lists them).")
    date_from: str | None = Field(None, description="Only documents dated on or after this day (YYYY-MM-DD).")
    date_to: str | None = Field(None, description="Only documents dated on or before this day (YYYY-MM-DD).")

    def filter(self) -> Filter:
        return Filter.parse(self.documents, self.date_from, self.date_to)


class AskRequest(Filtered):
    question: str = Field(..., description="The question, in Chinese or English.", examples=["东丰县梅花鹿产值是多少"])
    k: int | None = Field(None, ge=1, le=50, description="Passages to use and return.")
    mode: Literal["extractive", "llm"] | None = Field(None, description="Answer mode (default: the server's setting).")


class CheckRequest(Filtered):
    claim: str = Field(..., description="A statement to verify.", examples=["高新区2023年地方级财政收入增长了39%"])


class BriefRequest(Filtered):
    topic: str = Field(..., description="The topic of the briefing.", examples=["梅花鹿产业"])


class ExportRequest(Filtered):
    kind: Literal["brief", "check"] = Field(..., description="What to export: a briefing on `text` or a check of the claim `text`.")
    text: str = Field(..., description="The topic (brief) or the claim (check).")
    format: Literal["docx", "markdown"] = Field("docx")


class KnowledgeBaseRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(..., description="1-40 lowercase letters, digits, '-' or '_'.", examples=["budget-desk"])


class DocumentDate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str = Field(..., description="The document's name.")
    date: str = Field(..., description="Its date, YYYY-MM-DD.")


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rating: Literal["up", "down"]
    answer_id: str | None = Field(None, description="The `answer_id` an answer carried (kept for the server's last 1000 answers).")
    question: str | None = Field(None, description="With `answer`: the question, when there is no answer_id.")
    answer: dict | None = Field(None, description="The answer's JSON as the API returned it (answer, citations...).")
    kb: str = Field("default", description="The knowledge base that answered (with question/answer).")
    note: str = Field("", max_length=2000)
    correction: str = Field("", max_length=2000, description="The right answer, when the rating is down.")
