"""Write the documents of the English training set (tests/data/english_train/questions.jsonl),
the set the English scorer (assistant/answer/english_weights.json) is fitted and checked on.

Forty-one real articles of ../shared/corpora/news/news_part_a.txt (part a is the training half;
the check sets ask of part b), each printed on its own as news_a_NNNN.txt. None is read by
another file of tests/data: not the lines news_part_a_dev, news_heldout or counterfactual name,
not the part-a fillers of the news checks' long documents, not an article of longdocs, and none
shares a run of six characters over 15% of its text with an article another set reads (part a
or b). They are regional and government news, trade and company figures, products, sport and
science, from July and August 2023.

The 184 questions (20 unanswerable: a near fact the article does not give) are plain English
questions of the crosslingual shape, written by hand from the articles; every answer string
occurs verbatim in its article. The `split` field halves them by article (alternate lines in
corpus order): `train` is what `python -m assistant.learn.english_train` fits on, `heldout`
is read only to measure. The documents are rebuilt here and never committed.

    .venv/bin/python tests/data/english_train/build_docs.py OUT_DIR [--news DIR]
    suyuan index OUT_DIR --store STORE
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (159, 192, 198, 201, 339, 345, 420, 489, 504, 531, 534, 543, 552, 567, 597, 603, 639, 648, 699,
            717, 723, 744, 831, 903, 933, 975, 1047, 1065, 1074, 1119, 1230, 1251, 1338, 1386, 1437, 1440,
            1503, 1599, 1710, 1734, 1782)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the English training set's documents from ../shared.")
