"""Follow-up questions in a conversation: 那龙山区呢？ after 东丰县…是多少？ asks the same of 龙山区."""

from __future__ import annotations

import re

from assistant.text import quantities
from assistant.text import places
from assistant.text import words

FOLLOW_UP_RE = re.compile(r"^(?:那|那么|那在|还有|而|and|what about|how about)\s*(.*?)(?:呢|的呢|怎么样|如何)?\s*[？?。]?\s*$", re.IGNORECASE)
ASKING_RE = re.compile(r"多少|几|谁|哪|什么|怎样|如何|是否|吗|\?$|？$|\bhow\b|\bwhat\b|\bwho\b|\bwhen\b|\bwhere\b|\bwhich\b", re.IGNORECASE)


def _replace_first(text: str, old: str, new: str) -> str:
    return text.replace(old, new, 1) if old and old in text else text


def rewrite(previous: str | None, message: str) -> str:
    """The question `message` asks, read against the previous question.

    A follow-up names a new place, year or subject and leaves the rest to be understood:
    the previous question is repeated with that part replaced. A message that is a full
    question on its own is returned unchanged.
    """
    message = message.strip()
    if not previous:
        return message
    m = FOLLOW_UP_RE.match(message)
    standalone = ASKING_RE.search(message) and not m
    if standalone or (not m and len(message) > 12):
        return message
    focus = (m.group(1) if m else message).strip(" ，,的")
    if not focus:
        return message
    if not words.has_cjk(previous + focus):
        return _rewrite_english(previous, focus)
    new_places, old_places = places.places(focus), places.places(previous)
    new_years, old_years = quantities.years(focus), quantities.years(previous)
    rewritten = previous
    if new_places and old_places:
        rewritten = _replace_first(rewritten, old_places[0], new_places[0])
    elif new_places:
        rewritten = new_places[0] + rewritten
    if new_years and old_years:
        rewritten = _replace_first(rewritten, f"{sorted(old_years)[0]}年", f"{sorted(new_years)[0]}年")
    elif new_years:
        rewritten = f"{sorted(new_years)[0]}年" + rewritten
    if rewritten == previous:
        # a new subject (那鹿茸呢): it takes the place of the previous question's topic word
        topic = [w for w in words.content_words(previous) if w not in old_places]
        rewritten = _replace_first(previous, topic[-1], focus) if topic else f"{focus}{previous}"
    return rewritten


NAME_RE = re.compile(r"\b(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*|\d{4})\b")


def _rewrite_english(previous: str, focus: str) -> str:
    """What about Dongliao County? after ... of Longshan District? swaps the names."""
    old = [m.group() for m in NAME_RE.finditer(previous) if m.start() > 0]
    new = NAME_RE.findall(focus) or [focus]
    if old:
        kind_year = [o for o in old if o.isdigit()]
        target = kind_year[0] if new[0].isdigit() and kind_year else next((o for o in old if not o.isdigit()), old[0])
        return previous.replace(target, new[0], 1)
    return f"{previous.rstrip('?')} ({focus})?"
