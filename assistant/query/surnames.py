"""A Chinese surname as English writes it: pinyin of the surname's own reading, which is not always
its character's first reading (仇 is read chou in 仇恨, qiu as a surname; 单 dan and shan, 解 jie
and xie, 曾 ceng and zeng). pypinyin gives a character's first reading unless a phrase it knows
says otherwise, and a person's name is no phrase it knows.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def readings(character: str) -> tuple[str, ...]:
    """Every toneless reading pypinyin knows of `character` (仇: chou, qiu, ju)."""
    from pypinyin import Style, pinyin

    return tuple(r.lower() for r in pinyin(character, style=Style.NORMAL, heteronym=True)[0])


def read_as_surname(words: dict[str, list[str]], surname: str, given: str, key) -> list[str]:
    """The words of `words` (toneless pinyin -> words) whose first character may be read `surname`
    and whose other characters spell `given` (`key`: a word's toneless pinyin): Qiu Jingrui -> 仇景锐,
    which the usual reading spells choujingrui."""
    surname, given = surname.lower(), given.lower()
    return [w for k, ws in words.items() if k.endswith(given) for w in ws
            if 2 <= len(w) <= 4 and key(w[1:]) == given and surname in readings(w[0])]
