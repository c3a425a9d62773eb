"""Write the documents of the ninth held-out English check set (english_check9/questions.jsonl),
written blind to judge the English scorer on articles it was never fitted on.

Thirty real articles of ../shared/corpora/news/news_part_a.txt, each printed on its own as
news_a_NNNN.txt (the file name english_train's and the earlier English check sets' builders use):

     81 Hong Kong: preview of the 2023 Digital Entertainment Leadership Forum at Cyberport
    509 Lenovo's second-generation Legion Y700 Android tablet: price and specifications
    516 Beijing: the cyberspace office orders ten apps (Shansong, Damai ...) to fix data collection
    530 Guangzhou (Zengcheng): tests on the "foreign object" in a Huashi school canteen meal
    546 Shijiazhuang and Baoding: national regional medical centres (an aortic aneurysm operation)
    572 Beijing: the 2023-2024 catalogue of school textbooks, no advertising in textbooks
    578 Wuxi county (Chongqing): graduates come home to farm (Li Guohua's pigs and loofahs)
    601 north-east China's rain forecast of 2 August and super typhoon Khanun nearing the East China Sea
    604 Beijing: maintenance funds for roofs leaking after the rain (repair first, then notice, then pay)
    614 Kunming (Panlong district): the buried Mingtong River opened up, rain and sewage separated
    623 Hubei: the seventh provincial river and lake chief order ("happy rivers and lakes")
    689 Yichang (Yiling district): "digital canteens" for officials on duty
    690 Anhui: the housing department's reply on lifting the ban on roadside stalls
    935 Manila: the Philippines' international reserves in July 2023
    947 the Taiwan Affairs Office on the anti-dumping measures on polycarbonate from Taiwan
    952 Hangzhou: the Guangzhou Ballet's The Legend of the White Snake
    958 Beihai (Guangxi): water activities halted at Qiaogang beach after a suspected fish bite
    986 Microsoft, OpenAI, Google and Anthropic found the Frontier Model Forum
    991 Foxconn Industrial Internet's planned components plant in Tamil Nadu (India)
   1015 the Overture Maps Foundation's first alpha release of open map data
   1021 IDC: Huawei Cloud leads China's big data platform market
   1052 Great Wall's WEY Gaoshan DHT-PHEV MPV: interior, dimensions and plug-in hybrid system
   1097 TikTok's plan to sell Chinese-made goods in the United States
   1140 Shanghai: the CDEC forum and the report on China's game industry, January-June 2023
   1156 TrendForce: high-refresh-rate panel shipments in the second quarter of 2023
   1497 the National Healthcare Security Administration publicises the drugs passing the formal
        review for the 2023 medical insurance drug list
   1612 Hangzhou Asian Games: tickets for twelve sports go on sale
   1642 the Ministry of Industry and Information Technology on data security insurance (Fujian)
   1649 a Ghanaian think tank's commentary on the US push to end China's developing-country status
   1707 Shanxi: the discipline commission exposes five cases of grassroots misconduct

Why these: none is a line any file of tests/data reads or names (every number in a builder
script there, part a or b, ARTICLES, FILLER_A, LONG, SINGLE, _KEPT, _LEFT_OUT, range(...) in code
and the ranges of specific lines written in docstrings, was left out, and so was every line a data
file names: the "source" and "line" fields of english_train's, english_check's to english_check8's,
counterfactual's, news_part_a_dev's, news_heldout's, news_open's and the news checks' questions;
every part-a article that holds an answer, evidence or other string of 10 or more characters of
any data file there (longdocs', extra's, the claims' and seed checks' among them); and no part-a
article dated, in any of the corpus's stamp forms, on a day the longdocs builder prints), and none
shares over 15% of its six-character runs with one of those, with any article of part b, or with
another article of this set, counting both the whole line and its body without the zol.com.cn
and editor trailers (no retold story: where a free line retells one of those, as Liaoning's
outpatient chronic-disease policy, the Exeed Sterra product plan, the Hong Kong food expo,
Typhoon Doksuri's forecast of 24 July, Capcom's Swordcanes studio or the Final Fantasy XIV fan
festival do, it was passed over; of free lines telling one story twice, as the Shijiazhuang
medical centre, the polycarbonate case or the Kunming river do, one was taken). Articles that
splice two unrelated stories into one line (Liaoning's resident doctors and its mediation rules,
Guizhou's village football and Beijing's sports consumption festival, Hubei's graduate jobs and a
rainstorm warning, Tianjin's consumption and the weather, Sony's Spider-Man 2 PS5 and Xbox
emulators) were passed over, and so were stories an earlier English set passed over (the
Universiade's opening, the end of the fishing moratorium, the Moscow drone, OnePlus's Ace 2 Pro,
the Supreme People's Procuratorate of 17 August, Micron's memory, the 26 July fuel price rise).
Among the free lines they were picked by hand for a spread of subjects (regional and government
news, statistics, economy and companies, energy and cars, disasters and weather, international
news, products, science and health, culture and sport; July and August 2023) and for carrying
plain facts an English-speaking reader would ask about: figures, names, places, dates,
organisations and products.

The 80 questions (55 answerable, 25 unanswerable: a near fact no printed article gives) are
English, written by hand from these articles; every answer and evidence string occurs verbatim
in its article. The documents are rebuilt here and never committed.

    python english_check9/build_docs.py OUT_DIR [--news DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/data, home of news_docs
import news_docs  # noqa: E402


NEWS, PART = news_docs.NEWS, news_docs.PART_A

ARTICLES = (81, 509, 516, 530, 546, 572, 578, 601, 604, 614, 623, 689, 690, 935, 947, 952, 958, 986, 991,
            1015, 1021, 1052, 1097, 1140, 1156, 1497, 1612, 1642, 1649, 1707)


document_of = news_docs.part_a_file  # the file an article of the set is printed in


def build(out: Path, news: Path = NEWS) -> list[Path]:
    return news_docs.write_part_a(out, news, ARTICLES)


if __name__ == "__main__":
    news_docs.main(build, "Write the ninth held-out English check set's documents from ../shared.")
