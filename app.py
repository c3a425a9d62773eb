"""Suyuan's chat: a Gradio front end over the same `Assistant` the CLI uses.

`build_app(assistant)` returns the Blocks without launching them (tests build it);
`main()` runs `suyuan serve` (assistant/api/server.py: the binding check, the seeds index
on a first start, the API and this chat in one process).
"""

from __future__ import annotations

import re
import shutil
import sys
from html import escape
from pathlib import Path

import gradio as gr

from assistant.query import followup
from assistant.config import Settings
from assistant.errors import SuyuanError
from assistant.present.html import CSS, answer_html, brief_html, citation_label, passage_html, verdict_html
from assistant.ingest.loaders import supported_suffixes
from assistant.service import Assistant
from assistant import document_dates, feedback, uploads
from assistant.knowledge_bases import DEFAULT, KnowledgeBases
from assistant.present.dicts import answer_json, verdict_json
from assistant.uploads import safe_name  # noqa: F401  (tests and older callers import it from here)

EXAMPLES = [
    "东丰县梅花鹿产值是多少？",
    "高新区2023年地区生产总值是多少？",
    "2023梅花鹿产业高质量发展大会的签约额是多少？",
    "东丰县常住人口是多少？",
    "Who is the head of Longshan District?",
]


def status_line(assistant: Assistant, note: str = "") -> str:
    docs = assistant.documents()
    chunks = sum(d.chunks for d in docs)
    text = f"索引 Index：{len(docs)} 个文档 documents · {chunks} 个片段 chunks"
    return f"{text} · {note}" if note else text


def documents_table(assistant: Assistant) -> list[list]:
    return [[d.source, d.articles, d.chunks] for d in assistant.documents()]


def draft_tab(assistant: Assistant) -> None:
    """核查全文: paste a draft, see each sentence coloured by its verdict (hover it for what
    the sources say), open a numbered source to read its passage, download a Word copy."""
    import tempfile

    from assistant.check.draft_check import MAX_DRAFT_CHARS
    from assistant.present import draft_report

    def run(text):
        try:
            report = assistant.check_draft(text or "")
        except SuyuanError as exc:
            return f"<div class='sy-abstain'>⚠ {escape(str(exc))}</div>", None
        path = Path(tempfile.mkdtemp(prefix="suyuan-draft-")) / "draft-check.docx"
        draft_report.to_docx(report, path)
        return f"<style>{draft_report.CSS}</style>" + draft_report.to_html(report), str(path)

    box = gr.Textbox(lines=10, max_length=MAX_DRAFT_CHARS, label="草稿 Draft（粘贴全文 paste the whole text）",
                     elem_id="draft")
    button = gr.Button("核查全文 Check the draft", variant="primary", elem_id="check-draft")
    result = gr.HTML(elem_id="draft-result")
    docx = gr.File(label="Word（每句附批注 with a comment on each sentence）", elem_id="draft-docx")
    button.click(run, box, [result, docx], concurrency_limit=2, api_name="check_draft")


def build_app(assistant: Assistant, note: str = "", kbs: KnowledgeBases | None = None) -> gr.Blocks:
    settings = assistant.settings
    kbs = kbs or KnowledgeBases(settings, default=assistant)

    def kb_of(name):
        """The chosen knowledge base (each handler gets the selector's value)."""
        return kbs.get(name or DEFAULT)
    modes = ["extractive", "llm"] if (settings.llm_base_url or settings.llm_model_path) else ["extractive"]

    def respond(message, history, state, k, mode, fact_check, kb_name=DEFAULT):
        assistant = kb_of(kb_name)
        history = list(history or [])
        message = (message or "").strip()
        state = dict(state or {"questions": [], "citations": []})
        history.append({"role": "user", "content": escape(message)})
        question = followup.rewrite(state["questions"][-1] if state["questions"] else None, message)
        shown = "" if question == message else f"<div class='sy-meta'>理解为 read as：{escape(question)}</div>"
        try:
            if fact_check:
                result = assistant.check(question)
                state["answers"] = {**state.get("answers", {}), str(len(history)): {"question": question, "answer": verdict_json(result)}}
                history.append({"role": "assistant", "content": shown + verdict_html(result)})
                state["citations"] = list(result.citations)
                yield history, state, *_sources(state["citations"]), ""
                return
            text = ""
            for kind, payload in assistant.stream(question, k=int(k), mode=mode):
                if kind == "status":
                    content = f"<span class='sy-status'>{escape(payload)}</span>"
                elif kind == "delta":
                    text += payload
                    content = f"<div class='sy-answer'>{escape(text)}</div>"
                else:
                    content = answer_html(payload)
                    state["citations"] = list(payload.citations)
                    state["questions"] = state["questions"] + [question]
                    state["answers"] = {**state.get("answers", {}), str(len(history)): {"question": question, "answer": answer_json(payload)}}
                    yield history + [{"role": "assistant", "content": shown + content}], state, *_sources(state["citations"]), ""
                    continue
                # sources stay as they are until the answer is complete
                yield history + [{"role": "assistant", "content": shown + content}], state, gr.skip(), gr.skip(), ""
        except SuyuanError as exc:
            history.append({"role": "assistant", "content": f"<div class='sy-abstain'>⚠ {escape(str(exc))}</div>"})
            yield history, state, *_sources([]), ""

    def briefing(message, history, state, kb_name=DEFAULT):
        assistant = kb_of(kb_name)
        history = list(history or [])
        topic = (message or "").strip()
        state = dict(state or {"questions": [], "citations": []})
        history.append({"role": "user", "content": f"简报 Brief：{escape(topic)}"})
        try:
            result = assistant.brief(topic)
            history.append({"role": "assistant", "content": brief_html(result)})
            state["citations"] = list(result.citations)
        except SuyuanError as exc:
            history.append({"role": "assistant", "content": f"<div class='sy-abstain'>⚠ {escape(str(exc))}</div>"})
            state["citations"] = []
        return history, state, *_sources(state["citations"]), ""

    def _sources(citations):
        choices = [(citation_label(c), str(c.n)) for c in citations]
        return (gr.Radio(choices=choices, value=choices[0][1] if choices else None),
                passage_html(citations[0] if citations else None))

    def show_passage(number, state):
        for c in (state or {}).get("citations", []):
            if str(c.n) == str(number):
                return passage_html(c)
        return passage_html(None)

    def clear():
        return [], {"questions": [], "citations": []}, gr.Radio(choices=[], value=None), passage_html(None)

    def upload(files, kb_name=DEFAULT, progress=gr.Progress()):
        assistant = kb_of(kb_name)
        if not files:
            return "没有选择文件 · no file chosen", documents_table(assistant), _remove_choices(assistant), status_line(assistant)
        folder = uploads.folder(settings.store, kb_name or DEFAULT)
        folder.mkdir(parents=True, exist_ok=True)
        paths, problems = [], []
        limit = settings.upload_max_mb * 2**20
        for f in files:
            src = Path(f if isinstance(f, str) else f.name)
            if src.stat().st_size > limit:
                problems.append(f"{src.name}: larger than {settings.upload_max_mb:g} MB")
                continue
            dest = folder / safe_name(src.name)
            shutil.copy(src, dest)
            paths.append(dest)
        report = assistant.index(paths, on_progress=lambda done, total, name: progress(done / max(total, 1), desc=f"索引 {Path(name).name}")) if paths else None
        if report and (report.added or report.replaced):
            document_dates.stamp_indexed(assistant.store, report.added + report.replaced)
        lines = [f"❌ {escape(p)}" for p in problems + (report.problems if report else [])]
        if report:
            lines += [f"✅ {escape(s)}" for s in report.added + report.replaced]
            lines += [f"＝ {escape(s)}（未变化 unchanged）" for s in report.unchanged]
        return "<br>".join(lines), documents_table(assistant), _remove_choices(assistant), status_line(assistant)

    def fetch_url(url, kb_name=DEFAULT, progress=gr.Progress()):
        assistant = kb_of(kb_name)
        url = (url or "").strip()
        if not re.match(r"(?i)https?://", url):  # never a path: the box must not read the server's own files
            message = "请输入 http:// 或 https:// 网址 · enter an http:// or https:// address"
            return message, documents_table(assistant), _remove_choices(assistant), status_line(assistant)
        report = assistant.index([url], on_progress=lambda done, total, name: progress(done / max(total, 1), desc=f"索引 {name}"))
        lines = [f"❌ {escape(p)}" for p in report.problems]
        lines += [f"✅ {escape(s)}" for s in report.added + report.replaced]
        lines += [f"＝ {escape(s)}（未变化 unchanged）" for s in report.unchanged]
        return "<br>".join(lines), documents_table(assistant), _remove_choices(assistant), status_line(assistant)

    def _remove_choices(assistant):
        return gr.Dropdown(choices=[d.source for d in assistant.documents()], value=None)

    def remove(source, kb_name=DEFAULT):
        assistant = kb_of(kb_name)
        if not source:
            return "请选择文档 · choose a document", documents_table(assistant), _remove_choices(assistant), status_line(assistant)
        removed = assistant.remove(source)
        message = f"已删除 removed {escape(source)}（{removed} chunks）" if removed else f"没有这个文档 · not indexed: {escape(source)}"
        return message, documents_table(assistant), _remove_choices(assistant), status_line(assistant)

    def choose_kb(kb_name):
        assistant = kb_of(kb_name)
        return documents_table(assistant), _remove_choices(assistant), status_line(assistant)

    def rate(data: gr.LikeData, state, note, kb_name):
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        rated = (state or {}).get("answers", {}).get(str(index))
        if rated is None:
            return "只能评价回答 · only answers can be rated"
        feedback.record(settings.store, kb_name or DEFAULT, "up" if data.liked else "down", rated["question"],
                        rated["answer"], note or "")
        return "已记录反馈 · feedback saved"


    with gr.Blocks(title="溯源 Suyuan") as demo:
        state = gr.State({"questions": [], "citations": []})
        gr.Markdown("## 溯源 Suyuan — 答案附原文出处 · answers with their exact source sentence")
        status = gr.Markdown(status_line(assistant, note), elem_id="index-status")
        kb = gr.Dropdown(kbs.names(), value=DEFAULT, label="知识库 Knowledge base", elem_id="kb", allow_custom_value=False)
        with gr.Tab("问答 Chat"):
            with gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(height=480, label="对话 Conversation", elem_id="chat", sanitize_html=True)
                    with gr.Row():
                        box = gr.Textbox(placeholder="输入问题，例如：东丰县梅花鹿产值是多少？", show_label=False,
                                         scale=5, elem_id="question", max_length=settings.max_question_chars)
                        send = gr.Button("提问 Ask", variant="primary", scale=1, elem_id="send")
                        brief_btn = gr.Button("简报 Brief", scale=1, elem_id="brief")
                    clear_btn = gr.Button("清空对话 Clear", elem_id="clear")
                    with gr.Row():
                        note_box = gr.Textbox(placeholder="反馈备注（可选）· a note with your 👍/👎 (optional)",
                                              show_label=False, scale=3, elem_id="feedback-note")
                        feedback_status = gr.Markdown(elem_id="feedback-status")
                    gr.Examples(EXAMPLES, inputs=box, label="示例 Examples")
                with gr.Column(scale=2):
                    cites = gr.Radio(choices=[], label="来源 Sources（点击查看原文）", elem_id="citations")
                    passage = gr.HTML(passage_html(None), elem_id="passage")
                    with gr.Accordion("设置 Settings", open=True):
                        k = gr.Slider(1, 10, value=settings.top_k, step=1, label="段落数 Passages", elem_id="top-k")
                        mode = gr.Radio(modes, value=modes[0] if settings.answer_mode not in modes else settings.answer_mode,
                                        label="回答方式 Answer mode", elem_id="mode")
                        fact_check = gr.Checkbox(False, label="核查模式：把输入当作待核实的说法 · fact-check a claim",
                                                 elem_id="fact-check")
        with gr.Tab("文档 Documents"):
            files = gr.File(file_count="multiple", file_types=sorted(supported_suffixes()),
                            label=f"上传文档 Upload（每个不超过 {settings.upload_max_mb:g} MB）", elem_id="upload")
            index_btn = gr.Button("建立索引 Index", variant="primary", elem_id="index")
            with gr.Row():
                url_box = gr.Textbox(placeholder="https://…", label="网页 Web page (URL)", elem_id="url", scale=4)
                url_btn = gr.Button("抓取并索引 Fetch", elem_id="fetch-url", scale=1)
            upload_status = gr.HTML(elem_id="upload-status")
            table = gr.Dataframe(documents_table(assistant), headers=["文档 Document", "文章 Articles", "片段 Chunks"],
                                 interactive=False, elem_id="documents")
            with gr.Row():
                choice = gr.Dropdown([d.source for d in assistant.documents()], label="删除文档 Remove a document",
                                     elem_id="remove-choice")
                remove_btn = gr.Button("删除 Remove", variant="stop", elem_id="remove")

        with gr.Tab("核查全文 Check a draft"):
            draft_tab(assistant)

        outputs = [chatbot, state, cites, passage, box]
        ask_inputs = [box, chatbot, state, k, mode, fact_check, kb]
        send.click(respond, ask_inputs, outputs, concurrency_limit=4, concurrency_id="ask", api_name="ask")
        box.submit(respond, ask_inputs, outputs, concurrency_limit=4, concurrency_id="ask", api_visibility="private")
        cites.change(show_passage, [cites, state], passage, api_visibility="private")
        brief_btn.click(briefing, [box, chatbot, state, kb], outputs, concurrency_limit=2, api_name="brief")
        clear_btn.click(clear, None, [chatbot, state, cites, passage])
        index_btn.click(upload, [files, kb], [upload_status, table, choice, status], concurrency_limit=1, concurrency_id="index")
        url_btn.click(fetch_url, [url_box, kb], [upload_status, table, choice, status], concurrency_limit=1, concurrency_id="index")
        remove_btn.click(remove, [choice, kb], [upload_status, table, choice, status], concurrency_limit=1)
        kb.change(choose_kb, kb, [table, choice, status], api_visibility="private")
        chatbot.like(rate, [state, note_box, kb], feedback_status, api_visibility="private")
        # knowledge bases made since the page was built (API, CLI) appear on a reload
        demo.load(lambda: gr.Dropdown(choices=kbs.names()), None, kb, api_visibility="private")
    return demo


def mount_chat(api, kbs: KnowledgeBases, note: str = ""):
    """The chat mounted at / of the API's FastAPI app (`suyuan serve`)."""
    settings = kbs.settings
    demo = build_app(kbs.default, note, kbs).queue(default_concurrency_limit=4)
    auth = (settings.username, settings.password) if settings.username and settings.password else None
    return gr.mount_gradio_app(api, demo, path="/", auth=auth, css=CSS, show_error=False,
                               max_file_size=f"{settings.upload_max_mb:g}mb")


def main() -> int:
    """`python app.py`: the same server as `suyuan serve`."""
    from assistant.api.server import serve

    return serve(Settings(), chat_builder=mount_chat)


if __name__ == "__main__":
    sys.exit(main())
