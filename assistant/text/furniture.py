"""Sentences that frame an article instead of saying something in it: the source, credit,
editor and reporter lines, the reprint notice and the portal's trailer (来源：人民日报客户端,
责任编辑：, 记者 杨雪, 本文属于原创文章，如若转载，请注明来源：…, 返回搜狐，查看更多), a
dateline, a bare date line and the (完) that ends a wire story. Such a sentence is never a
list item or an answer (except a credit to the reporter a 谁 question asks for); it often
repeats the headline's words, so it must be told apart by its form, not by its words.
"""

from __future__ import annotations

import re

# a label and a colon that open the line: 来源：…, 责任编辑：…, 原标题：…
LABEL_RE = re.compile(r"^\s*[(（【\[]?\s*(?:来源|稿源|出处|责任编辑|编辑|主编|审核|校对|责编|监制|统筹|撰文|文字|图片|摄影|记者|通讯员"
                      r"|作者|原标题|本文来源|文章来源|图片来源|资料图|转自|原文链接)\s*[：:|｜]")
# a reporter or agency credit that opens the line: 记者 杨雪, 新华社记者 魏一骏, 本报讯
CREDIT_RE = re.compile(r"^\s*(?:本报记者|本报通讯员|新华社记者|中新社记者|特约记者|见习记者|记者|通讯员|本报讯)[\s　]*"
                       r"[\u4e00-\u9fff]{2,4}(?:[\s　、]|$)")
# a portal's reprint notice or trailer, wherever it starts
TRAILER_RE = re.compile(r"本文属于原创文章|如若转载|转载请注明|返回搜狐|查看更多|更多精彩内容|新闻线索报料|版权归原作者|免责声明|"
                        r"点击(?:关注|阅读原文)|扫码(?:关注|下载)|^\s*[(（]完[)）]")
# （新华社兰州1月13日电）, （大连市纪委监委）: a dateline or an attribution in brackets alone
BRACKETED_RE = re.compile(r"^\s*[(（][^()（）。，,]{2,24}[)）]\s*[。.]?\s*$")
# 2023年8月15日 08:21, 8月15日: a date alone
DATE_RE = re.compile(r"^\s*(?:\d{2,4}\s*[年\-/.])?\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*[日号]?\s*(?:\d{1,2}[:：]\d{2})?\s*[。.]?\s*$")


def furniture(sentence: str) -> bool:
    """Is `sentence` a source, credit, editor, reporter, trailer, dateline or date line?"""
    return bool(LABEL_RE.match(sentence) or CREDIT_RE.match(sentence) or TRAILER_RE.search(sentence)
                or BRACKETED_RE.match(sentence) or DATE_RE.match(sentence))


# a reprint notice (如若转载，请注明来源：<headline>https://…; the link may be cut off), or a link
# opening the sentence or ending it (a portal's headline and its link, split from the notice); a
# domain the text speaks of (访问www.open.ai域名发现…) is no credit line
CREDIT_LINE_RE = re.compile(r"^\s*(?:https?://|www\.[a-z0-9-]+\.)|(?:https?://|www\.[a-z0-9-]+\.)[^\s\u4e00-\u9fff]*[\s。.!！]*$"
                            r"|如若转载|转载请注明|来源[:：/][^。]*?(?:https?://|www\.)", re.IGNORECASE)
