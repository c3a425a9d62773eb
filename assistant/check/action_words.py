"""Near synonyms for common actions, shared by the statement check (a claim's verb is found when the
source has any of its group) and the slot check (two verbs of one group fill a slot alike)."""

from __future__ import annotations

SYNONYMS = [set(g.split()) for g in (
    "举办 举行 召开 开办 主办 办好", "签署 签订 签约", "启动 开启 启用", "加入 入选 纳入", "建成 竣工 落成",
    "开工 动工", "获得 荣获 获评 评为 被评为", "投产 达产", "说 表示 指出 称", "增长 增加 提高 提升",
    "下降 减少 降低 回落", "设立 成立 组建", "引进 引入 引来", "出台 制定 印发", "落户 入驻",
    "外出 前往 奔赴 赶赴", "发布 公布 传出", "新建 新增 新设 增设", "合作 牵手 携手 联手")]


def same_action(a: str, b: str) -> bool:
    return any(a in group and b in group for group in SYNONYMS)
