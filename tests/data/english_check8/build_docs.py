"""Write the documents of the eighth held-out English check set (english_check8/questions.jsonl),
written blind to judge the English scorer on articles it was never fitted on.

Thirty real articles of ../shared/corpora/news/news_part_a.txt, each printed on its own as
news_a_NNNN.txt (the file name english_train's and the earlier English check sets' builders use):

    505 Lenovo's Legion Y34w Mini LED monitor on pre-sale: price and specifications
    566 Beijing: the "two publicities" of residential property services and fees
    568 China's childcare (tuoyu) institutions: numbers, places per thousand people, costs
    582 Liaoning: rural domestic sewage treatment in 2023
    596 Shanxi: the rules for selecting and managing industrial-chain "chain master" firms
    620 Lishui (Zhejiang): home nursing ordered online through "Zheli Nursing"
    676 Beijing (Fangshan): social security services put online or deferred after the floods
    677 Guangxi: no prior filing for medical treatment elsewhere in the region
    978 China's foreign ministry on the leak of Fukushima's contaminated water
   1004 the actress Narana on playing Daji in Creation of the Gods I
   1014 India's Semicon India 2023 meeting: Foxconn, Micron and AMD executives
   1049 Nissan's chief executive Makoto Uchida on the company's prospects in China
   1100 an estimate of the Tesla Cybertruck's battery capacity
   1123 Porsche: 80% electric sales by 2030, the 911 kept on combustion, e-fuels
   1147 the US Federal Aviation Administration denies writing code with ChatGPT
   1151 Renault plans to cut its electric cars' production cost by 40%
   1191 June's global temperature record and July 2023 as the hottest month
   1353 the facelifted Beijing Hyundai Elantra: design, engines and sales
   1368 BYD's campus recruitment in 2023 and its engineers
   1405 CAICT's research report on China's computing power services (2023)
   1560 Taiwan: Jimmy Lin returns in the third season of Call Me by Fire
   1565 Lhasa: traditional horsemanship shows at the Shoton Festival
   1583 South Korea: online "murder notices" after the Seohyeon station attack
   1585 Datong (Shanxi): Lü Guangquan, former CPPCC chairman of Tianzhen county, arrested
   1589 Zhengzhou Railway Bureau: a switch replaced at Neixiang station on the Nanjing-Xi'an line
   1617 Hebei: insurers' advance payouts after the floods (Zhuozhou)
   1692 Zhejiang: discipline inspectors supervise the Hangzhou Asian Games preparations
   1699 Ningxia: the opinions on lightening urban and rural communities' workload
   1700 the NPC Standing Committee reviews the draft Criminal Law Amendment (XII)
   1701 Shenyang and Liaoning: commemorating the 70th anniversary of the Korean War armistice

Why these: none is a line any file of tests/data reads or names (every number in a builder script
there, part a or b, ARTICLES, FILLER_A, LONG, SINGLE, _KEPT, _LEFT_OUT, the ranges written in code
or in a docstring and the rest, was left out, and so was every line a data file names:
english_train's and english_check's to english_check7's questions, the lines news_part_a_dev names,
the articles counterfactual's originals and copies are, the news checks' and news_open's lines; and
no part-a article dated, in any of the corpus's stamp forms, on a day the longdocs builder prints),
and none shares over 15% of its six-character runs with one of those, with any article of part b,
or with another article of this set (no retold story: where a free line retells one of those, as
OnePlus's Ace 2 Pro launch, the summer test of 60 cars, the Fukuoka world aquatics, the Chengdu
Universiade's opening or the end of the South China Sea fishing moratorium do, or reports another
part of the same press conference, as the Supreme People's Procuratorate's of 17 August does, it
was passed over). Articles that splice two unrelated stories into one line (the Xinhe tomb and
Yuyuantan's night park, Beijing's rain and the Xichang-Ningnan expressway, the weather and
Chengde's trade unions) were passed over, and so were stories an earlier English set asks about
(the "complete community" pilots, the end of the fishing moratorium, Micron's memory); where an
earlier set asks of the same firm or event, this one asks of another story (Porsche's and Renault's
electric plans, not their results; the Shoton Festival's horsemanship, not its yak race; the
Fukushima leak, not the Korea-Japan talks). Among the free lines they were picked by hand for a
spread of subjects (regional and government news, statistics, economy and companies, energy,
transport, disasters, international news, products, science, culture and sport; July and August
2023) and for carrying plain facts an English-speaking reader would ask about: figures, names,
places, dates, organisations and products.

The 80 questions (55 answerable, 25 unanswerable: a near fact no printed article gives) are
English, written by hand from these articles; every answer and evidence string occurs verbatim
in its article. The documents are rebuilt here and never committed.

    python english_check8/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (505, 566, 568, 582, 596, 620, 676, 677, 978, 1004, 1014, 1049, 1100, 1123, 1147,
            1151, 1191, 1353, 1368, 1405, 1560, 1565, 1583, 1585, 1589, 1617, 1692, 1699, 1700, 1701)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the eighth held-out English check set's documents from ../shared.")
