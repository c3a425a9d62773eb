"""Write the documents of the twelfth held-out English check set (english_check12/questions.jsonl),
written blind to judge the English scorer on articles it was never fitted on.

Thirty real articles of ../shared/corpora/news/news_part_a.txt, each printed on its own as
news_a_NNNN.txt (the file name english_train's and the earlier English check sets' builders use):

    492 Mozilla: Firefox closes on Chrome in the Speedometer benchmark
    493 AIC's SB407-TU, a 4U 60-bay storage server barebone
    501 Colorful's MEOW-series ME700 SSD and its launch prices
    507 AMD's Threadripper PRO 7985WX seen in the PugetBench database
    511 Mechrevo's Aurora Pro gaming laptop in an i5-12450H + RTX 4060 configuration
    520 Android 14's system-level satellite messaging and the Pixel 8
    574 Tianjin (Dongli, Xiqing, Jizhou districts): summer night culture and tourism events
    579 super typhoon Doksuri: Xiamen's food supply and the emergency ministry's deployments
    581 a provincial finance department's support for the 2023 summer harvest and sowing
    611 Nanchuan (Chongqing): Feng Qiurong, the "vegetable king" and honorary village head
    680 Chongqing's international communication and the inbound tourism report of 2023
    940 Liuzhou: the Guangxi armed police corps' 2023 sergeant selection tests
    951 Nanjing (Jiangning district): the "Travel with China" sustainable development camp
    983 Synology DSM 7.2: Docker renamed Container Manager
   1075 Rufus 4.2 stable release
   1083 Musk: affordability, not interest, limits Tesla buyers in the US
   1084 Weibo's new "see translation" feature
   1087 Sony's virtual production digital asset showcase platform
   1092 the Galaxy S23 FE's Wireless Power Consortium listing
   1129 Microsoft Flight Simulator's World Update XIV: Central and Eastern Europe
   1134 OpenAI's "G3PO" open-source model to answer Llama 2
   1135 Microsoft's Windows Development Environment version 2307
   1153 Nvidia's reported new RTX 4070 and RTX 4060 versions and the RTX 4090 Ti
   1377 Kojima Productions, Ma Dong-seok's motion capture and Death Stranding 2
   1388 Vectornator 5.0 renamed Linearity Curve
   1408 ChinaJoy 2023's exhibitors in Shanghai
   1422 Forza Motorsport's release date and Chinese Xbox store prices
   1488 Chengmai county (Hainan): Xiaogu village's agarwood industry
   1605 Zixing (Hunan): Huangcao town on Dongjiang Lake
   1695 People's Daily, 23 July 2023: farming civilisation and the first national farmers' skills contest

Why these: none is a line any file of tests/data reads or names (select_articles.py beside this file
checks it). Every number written anywhere in a builder script there (part a or b, ARTICLES, FILLER_A,
LONG, SINGLE, _KEPT, _LEFT_OUT, docstrings and code alike, and every line of a range written there
such as 1850-1930 or range(1290, 1348); as in english_check11, the wide spans that only name the
pool of part b a set drew from, or a filler's length in characters, were not spread into lines) was
left out, and so was every line a data file names: the "source" fields (news_part_a.txt:N,
news_part_b.txt:N) and "line" fields of every data file's items, and any news_a_NNNN or
news_b_NNNN written in a file; every part-a article holding a string of 10 or more characters
(answers, evidence, sentences, original texts) of any data file there; and every part-a article
stamped, in any of the corpus's date forms, with a day the longdocs builder prints.
None shares over 15% of its six-character runs with one of those, with any article of part b, or
with another article of this set, counted both ways (of its runs and of the other's), on the whole
line and on its body without the date, editor and zol.com.cn trailers. Free lines were also read
beside the articles they share most with (four-character runs) and passed over where they retell an
excluded story: the HDD makers' August price rise, ASUS ROG's and Lenovo's Bilibili World stands, the
ChinaJoy OLED stand, the RX 7900 GRE's launch, Micron's memory, the Weibo, Galaxy S23 FE, Colorful
MEOW and RTX 4070/4060 stories told twice (one of each pair was taken), Tesla's California inquiry.
Articles that splice two unrelated stories into one line were passed over (Beijing's consumption
season with the emergency ministry's typhoon deployments, Tianjin's consumption with the weather,
the weather with Chengde's trade unions, Beijing's rain with the Xichang-Ningnan expressway, Hubei's
graduates with rain advice, the village super league, Sony's Spider-Man 2 bundle), and so were stories
an earlier English set passed over (typhoon Doksuri's forecasts, the end of the fishing moratorium,
the 26 July fuel price rise, EnerVenue's battery, Volkswagen's stake in Xpeng, the Fukuoka diving
finals, Liaoning's chronic-disease policy, the "complete community" pilots, the Li Auto poster row,
Nintendo's next console, PlayStation Plus's August games, AMD's HIP SDK, Win11 23H2, Safari 17,
Intel's 14th-generation leaks, Capcom's Swordcanes studio, the Final Fantasy XIV fan festival, the
Exeed Sterra product plan). Among the 94 free lines (mostly zol.com.cn technology news) they were
picked by hand for as wide a spread of subjects as the free lines allow (regional and government
news, statistics, economy and companies, cars, disasters, international news, products, science and
technology, culture; July and August 2023) and for carrying plain facts an English-speaking reader
would ask about: figures, names, places, dates, organisations and products. Part a's free lines hold
no sport story that does not retell an excluded one, so this set has none.

The 80 questions (55 answerable, 25 unanswerable: a near fact no printed article gives, marked
"abstain"; every item's type is "crosslingual", as in english_check to english_check5) are English,
written by hand from these articles; every answer and evidence string occurs verbatim in its article
(after NFKC and with whitespace removed), and every answer inside one of its evidence strings
(check_set.py beside this file verifies both and the article choice). The documents are rebuilt here
and never committed.

    python english_check12/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (492, 493, 501, 507, 511, 520, 574, 579, 581, 611, 680, 940, 951, 983, 1075, 1083, 1084, 1087,
            1092, 1129, 1134, 1135, 1153, 1377, 1388, 1408, 1422, 1488, 1605, 1695)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the twelfth held-out English check set's documents from ../shared.")
