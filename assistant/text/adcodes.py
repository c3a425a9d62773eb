"""Which of China's divisions holds another (南京 in 江苏) or shares its parent (东丰, 东辽), read from their adcodes."""

from __future__ import annotations

from functools import lru_cache

from assistant.text.places import divisions, stem


def provinces() -> tuple[str, ...]:
    """The short names of China's province-level divisions (北京, 广西, 香港), by adcode."""
    return tuple(short for _, short, code in sorted(divisions(), key=lambda d: d[2]) if code[2:6] == "0000")


@lru_cache(maxsize=1)
def _codes() -> dict[str, frozenset[str]]:
    """Name -> the six-digit adcodes of the divisions of that name (朝阳 is a city of 辽宁 and
    a district of 北京)."""
    out: dict[str, set[str]] = {}
    for name, short, code in divisions():
        for n in {name, short} - {""}:
            out.setdefault(n, set()).add(code[:6])
    return {name: frozenset(codes) for name, codes in out.items()}


def within(inner: str, outer: str) -> bool:
    """Is a division named `inner` inside one named `outer` (南京 in 江苏, 江阴 in 无锡 and in
    江苏, 朝阳区 in 北京)? Read from the adcodes: a province's six digits end in 0000, a
    prefecture's in 00, and a division inside shares their leading digits. Any name of China
    is inside 中国."""
    inner_codes = _codes().get(inner) or _codes().get(stem(inner), frozenset())
    if outer == "中国":
        return bool(inner_codes)
    for code in _codes().get(outer) or _codes().get(stem(outer), frozenset()):
        head = code[:2] if code[2:] == "0000" else code[:4] if code[4:] == "00" else ""
        if head and any(c != code and c.startswith(head) for c in inner_codes):
            return True
    return False


def province_codes(name: str) -> frozenset[str]:
    """The two-digit codes of the provinces holding the divisions named `name` (朝阳: 辽宁's and 北京's; none for
    a name no division of China bears)."""
    return frozenset(code[:2] for code in _codes().get(name) or _codes().get(stem(name), frozenset()))


def siblings(one: str, other: str) -> bool:
    """Are two names divisions of the same level under one parent (东辽 and 东丰, counties
    of 辽源)? Read from the adcodes, so an ordinary word jieba tags as a place is none."""
    codes = _codes()
    for a in codes.get(one) or codes.get(stem(one), frozenset()):
        for b in codes.get(other) or codes.get(stem(other), frozenset()):
            head = 2 if b[2:] != "0000" and b[4:] == "00" else 4 if b[4:] != "00" else 0
            # of one level: a province (320000, 江苏) is its city's (320100, 南京) parent, no sibling
            if a != b and head and a[:head] == b[:head] and (a[4:] == "00") == (b[4:] == "00") and (a[2:] == "0000") == (b[2:] == "0000"):
                return True
    return False


@lru_cache(maxsize=4096)
def own_levels(name: str) -> frozenset[str]:
    """The level words a division's own texts call it by (its full name's last character): 全区 in 宁夏回族自治区's,
    全市 in 北京市's, where 全区 elsewhere is a district's."""
    key = stem(name)  # a name written with its form (吉林省) is that division only, not 吉林市
    return frozenset(full[-1] for full, short, _ in divisions() if (short == key if key == name else full == name) and full[-1] in "省市县区")
