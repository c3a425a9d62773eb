"""Write the documents of the thirteenth held-out English check set (english_check13/questions.jsonl),
written blind to judge the English scorer on articles it was never fitted on.

Thirty real articles of ../shared/corpora/news/news_part_a.txt, each printed on its own as
news_a_NNNN.txt (the file name english_train's and the earlier English check sets' builders use):

    199 Sudan: the war leaves Khartoum's rubbish, hospitals and water works idle as the rainy season brings disease
    513 Lenovo's Bilibili World 2023 launch: the Legion Y9000X 2023 and its "super mode"
    515 Xinghe Feitian's new Xiaolong cloud drive: 10TB and 50TB prices and a ChatGPT assistant
    522 Apple pushes the iOS 16.6 RC update to iPhones
    529 Liaoning: the medical insurance bureau's notice on outpatient chronic and special diseases
    584 Rongjiang's "Village Super League" semi-final and Beijing's 2023 sports consumption festival (one line, two stories)
    618 Hubei: the provincial plan for college graduates' jobs (with a tail of rain-safety advice)
    683 the 17-19 August rain forecast and Chengde's industrial-chain trade unions (one line, two stories)
    920 the Chengdu Universiade opening ceremony's fireworks, in the words of their chief designer
    922 Horgos (Ili, Xinjiang): a land port on the Belt and Road
    937 Guangxi: fishing boats put to sea as the South China Sea summer fishing ban ends
    942 Dongshan (Zhangzhou, Fujian): the fishing-season opening ceremony
    996 Microsoft's new Home experience for Xbox Series X|S and Xbox One
   1010 Arm's IP Explorer cloud platform for SoC architects
   1016 Microsoft 365's "Simplified Sharing"
   1071 Capcom buys Swordcanes Studio; its quarter's game sales
   1076 the Tsukihime remake's overseas version comes to PC
   1082 Weiling Times' cloud-native game Chun Cao Zhuan: a new gameplay demo
   1131 the Thunderobot ZERO 2023 gaming laptop unboxed
   1132 Microsoft considers an expert mode for Bing Chat
   1146 Safari Technology Preview 175
   1406 Men of War II's release date and final beta
   1413 Ratchet & Clank: Rift Apart on PC without an SSD
   1417 Larian on Halsin's bear scene in Baldur's Gate 3
   1427 the Korean Galaxy M44 5G on Geekbench 6.1
   1443 Ratata Arts' rhythm strategy game Ratatan
   1462 Tekken 8's PC network test and its shader-compilation stutter
   1465 AMD at ChinaJoy 2023: the Ryzen 5 7500F and the Xuanjixing and Cehuashi P2 laptops
   1471 Mechrevo's Jiaolong 16 Pro in a Party Animals edition
   1573 the Guangxi armed police mobile detachment's drill in unfamiliar terrain

Why these: none is a line any file of tests/data reads or names, nor one of english_check12's thirty
(its builder and questions were treated exactly as if they were in tests/data); select_articles.py
beside this file checks it. Every number written anywhere in a builder script (part a or b, ARTICLES,
FILLER_A, LONG, SINGLE, _KEPT, _LEFT_OUT, docstrings and code alike, and every line of a range written
there such as 1850-1930 or range(1290, 1348); as in english_check11 and english_check12, the wide spans
that only name the pool of part b a set drew from were not spread into lines) was left out, and so was
every line a data file names: the "source" fields (news_part_a.txt:N, news_part_b.txt:N) and "line"
fields of every data file's items, and any news_a_NNNN or news_b_NNNN written in a file; every part-a
article holding a string of 10 or more characters (answers, evidence, sentences, original texts) of any
data file (a bare date such as counterfactual's "date" fields is metadata, held by an article only in
its own time stamp, and was not counted: that alone freed 199, 920 and 922); and every part-a article
stamped, in any of the corpus's date forms, with a day the longdocs builder prints. None shares over
15% of its six-character runs with one of those, with any article of part b, or with another article
of this set, counted both ways, on the whole line and on its body without the date, editor and
zol.com.cn trailers. Those rules leave 64 free lines. Free lines were read beside the articles they
share most with (four-character runs) and passed over where they retell an excluded story (the ROG
and KTC stands at Bilibili World and ChinaJoy, Micron's memory, the fuel price rise, the HDD price
rise, Volkswagen and Xpeng, the Exeed Sterra plan, the Li Auto poster row, PlayStation Plus, Nintendo's
next console, Tesla's California inquiry, Win11 23H2, the RX 7900 GRE, EnerVenue, the ChinaJoy OLED
stand, AMD's HIP SDK, typhoon Doksuri, the complete communities, the Fukuoka diving, Intel's
14th generation, the Final Fantasy XIV fan festival), where they splice a story into one another set
reads (Beijing's rain with the Xichang-Ningnan expressway, Beijing's consumption season with the
emergency ministry, Chengde's trade unions with Jiangsu's cloud images, Sony's Spider-Man 2 bundle,
Liaoning's chronic diseases with the Palace Museum's gates), and where they are text in English.

That leaves 21 lines, not 30. The other nine are free lines an earlier English set passed over,
taken here only because nothing else was left, each read beside its neighbours in both parts and
asked only about facts no other article prints: 513 (Lenovo's Bilibili World launch; part b names
only the skins of the same campaign), 529 (Liaoning's chronic-disease notice; an excluded article
tells of the same four infectious diseases, which no question asks about; 538, its twin, was left
out), 584, 618 and 683 (each splices two stories no other article tells), 937 and 942 (two provinces'
ends of the fishing ban: excluded articles tell of the South China Sea and Shishi, not of these boats
or ports; 943, Lianjiang's, retells Shishi's and 979, Beihai's fish market, tells Guangxi's again, so
both were left out), 1071 (Capcom's purchase of Swordcanes, which a part-b article names in one sentence) and
1146 (Safari Technology Preview 175; a part-b article lists Safari 17's features, which no question
asks about). Among the 30 the spread of subjects is what the free lines allow: international news,
regional government and policy, weather and disasters, culture, companies, products and games
(July and August 2023), with plain facts an English-speaking reader would ask about: figures, names,
places, dates, organisations and products.

The 80 questions (55 answerable, type "crosslingual"; 25 unanswerable, type "unanswerable" and marked
"abstain": a near fact no printed article gives) are English, written by hand from these articles;
every answer and evidence string occurs verbatim in its article (after NFKC and with whitespace
removed), and every answer inside one of its evidence strings (check_set.py beside this file verifies
both and the article choice). The documents are rebuilt here and never committed.

    python english_check13/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (199, 513, 515, 522, 529, 584, 618, 683, 920, 922, 937, 942, 996, 1010, 1016, 1071, 1076, 1082,
            1131, 1132, 1146, 1406, 1413, 1417, 1427, 1443, 1462, 1465, 1471, 1573)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the thirteenth held-out English check set's documents from ../shared.")
