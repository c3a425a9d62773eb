"""The administrative levels a sentence speaks of (text/places.py levels_mentioned): a level owning the chance or
the plan its subject seizes or joins (紧抓我省…新机遇) is not one, as a ranking against a level (领跑全市) is not."""

from assistant.text import places


def test_a_level_seized_or_joined_is_not_spoken_of():
    assert places.levels_mentioned("紧抓投资我省构建新格局新机遇,调整产业发展规划,培育新质生产力。") == set()
    assert places.levels_mentioned("主动融入全省发展大局,加快建设青河新城。") == set()
    assert places.levels_mentioned("增速领跑全市。") == set()
    # the level as the sentence's own subject or scope is still spoken of
    assert places.levels_mentioned("全省新增就业3万人。") == {"省"}
    assert places.levels_mentioned("紧抓机遇,我省新增就业3万人。") == {"省"}
