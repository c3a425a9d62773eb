"""An English question's name reached where the retrieved passages alone miss it: written in a passage of the
article that was not retrieved, or vouched for by a hyphened model code the article writes (answer/asked_names.py).
Made-up names and sentences."""

from __future__ import annotations

from assistant.answer import article_store, asked_names, english
from assistant.query.question import analyse
from assistant.records import Hit
from support import MadeStore, made_chunk


def _hit(cid: str, source: str, text: str, start: int = 0) -> Hit:
    return Hit(made_chunk(text, cid=cid, source=source, start=start), 1.0)


def test_a_name_written_in_a_passage_of_the_article_not_retrieved_counts_as_named():
    q = analyse("What did Bartolek say about new car sales?")
    q.names = (("Bartolek", ()),)
    lead = made_chunk("汽车商会主席Bartolek发布了上半年数据。", cid="l1", source="made/a.txt")
    later = made_chunk("他表示，新车销量增长12%。", cid="l2", source="made/a.txt", start=30)
    assert asked_names.name_disagreement(q, later, 0, len(later.text)) is not None, "no store open: the passage alone"
    with article_store.reading(MadeStore([lead, later])):
        assert asked_names.name_disagreement(q, later, 0, len(later.text)) is None, "its article's lead writes the name"
    other = made_chunk("他表示，新车销量增长5%。", cid="o1", source="made/b.txt")
    with article_store.reading(MadeStore([lead, later, other])):
        assert asked_names.name_disagreement(q, other, 0, len(other.text)) is not None, "another article never names him"
    # a longer Latin word holding the name is not it
    with article_store.reading(MadeStore([made_chunk("Bartolekson发布了数据。", cid="x1", source="made/b.txt", start=40), other])):
        assert asked_names.name_disagreement(q, other, 0, len(other.text)) is not None


def test_a_hyphened_model_code_the_article_writes_vouches_for_a_figure_of_an_unknown_brand():
    q = analyse("How many seats does the Vantor KX-90 Glider have?")
    q.names = (("Glider", ()),)
    hits = [_hit("c1", "made/boat.txt", "新款KX-90滑翔者共有12个座位。"),
            _hit("c2", "made/other.txt", "这款快艇共有8个座位。")]
    assert q.kind == "quantity"
    assert english.names_in_passages(q, hits).name_articles == {"Glider": frozenset({("made/boat.txt", 0)})}
    spaced = [_hit("c3", "made/spaced.txt", "新款KX 90滑翔者共有12个座位。")]
    assert english.names_in_passages(q, spaced).name_articles["Glider"], "written with a space, not a hyphen"
    longer = [_hit("c4", "made/longer.txt", "新款KX-900滑翔者共有12个座位。")]
    assert not english.names_in_passages(q, longer).name_articles["Glider"], "another code"
    asked = analyse("What colours does the Vantor KX-90 Glider come in?")
    asked.names = (("Glider", ()),)
    assert asked.kind != "quantity"
    assert not english.names_in_passages(asked, hits).name_articles["Glider"], \
        "a sentence shown whole for a detail has no unit check: the code does not vouch for it"
