"""jieba's dictionary is one global state: every reading of it (a word's count, a cut, a tag)
must see it loaded, whichever module a caller imported or called first. Each check runs in a
fresh process, where nothing has cut a sentence yet."""

from __future__ import annotations

import json
import subprocess
import sys

SENTENCE = "主持人欧阳夏丹说，福祉园区的大主教路项目年内新增风电装机容量15万千瓦。"

# A made-up caller that imports the answer modules before the cli (as a wrapper might) and reads
# dictionary counts before anything has cut a sentence.
PROBE = """
import json, sys
import assistant.answer.speakers
from assistant.answer import dotted_names, people, values
first = {
    "common": [people._common_word(w) for w in ("福祉", "田野", "仇景锐")],
    "dotted_part": dotted_names._name_part(("大主教", "n", 0), dotted_names.FIRST_PART_COMMON),
    "person_like": values.person_like("许可", known=True),
}
import assistant.cli
from assistant.text import words
first["tags"] = words.tagged(sys.argv[1])
print(json.dumps(first, ensure_ascii=False))
"""

# The same readings in the order the cli reaches them: a cut first, then the counts.
AFTER_A_CUT = """
import json, sys
import assistant.cli
from assistant.text import words
tags = words.tagged(sys.argv[1])
from assistant.answer import dotted_names, people, values
print(json.dumps({
    "common": [people._common_word(w) for w in ("福祉", "田野", "仇景锐")],
    "dotted_part": dotted_names._name_part(("大主教", "n", 0), dotted_names.FIRST_PART_COMMON),
    "person_like": values.person_like("许可", known=True),
    "tags": tags,
}, ensure_ascii=False))
"""


def _run(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, SENTENCE], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_dictionary_counts_do_not_depend_on_what_ran_first():
    early, late = _run(PROBE), _run(AFTER_A_CUT)
    assert early == late
    # the readings themselves: 福祉 and 田野 are ordinary words, 大主教 no part of a foreign name
    assert early["common"] == [True, True, False]
    assert early["dotted_part"] is False
