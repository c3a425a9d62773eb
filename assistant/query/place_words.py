"""Words jieba reads as places that are no place a question asks about: a sentence need not be in them."""

from __future__ import annotations

import re

from assistant.query import sections
from assistant.query.cedict import common_words
from assistant.text import places


def no_place(name: str, text: str) -> bool:
    """Is `name`, a word of question `text` jieba reads as a place, one the gazetteer does not know, with no level
    written, that names a part of the document asked (科教兴国这块: query/sections.py) or has only a common word's
    sense in the dictionary (绿化美化, 新增入园企业)? It is that part's topic or that word then."""
    level_after = re.search(re.escape(name) + "[省市县区镇乡村州]", text)  # 青溪县: jieba cuts the level off
    return (sections.heads_part(name, text) or name in common_words()) and not places.known_level(name) \
        and not places.level_of(name) and not level_after
