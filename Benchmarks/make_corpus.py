#!/usr/bin/env python3
"""Deterministic generator of synthetic Shandong regional-news report pages.

usage: make_corpus.py N OUTDIR [--markdown] [--seed S] [--seeds DIR] [--manifest FILE]

Text mode (default) writes N report files NNNNNN_<hash16>.txt laid out like
the sample report pages in ../reports/: a masthead line with the page's date (2020),
one long lead article (headline, subtitle, byline, sub-heads, paragraphs)
and, on about 40% of the pages, several short news briefs.  Paragraphs and
sentences are recombined from the sample reports, district names are swapped for real
Shandong county-level divisions, and figures (project counts, 亿元/万元
amounts, dates) are randomised.  Files are 6-20 KB (samples: 6.4-18.6 KB).

--markdown writes, for the same N reports, one Markdown page per article with
YAML front matter (title, district, date, projects, investment, source): the
pages the generator is expected to produce, and what Hugo is fed.  Report i
depends only on (seed, i), so both modes describe the same articles, and the
N=1000 corpus is a prefix of the N=10000 one.
"""
import argparse
import datetime
import glob
import hashlib
import json
import math
import os
import random
import re

PREFECTURES = {  # prefecture -> county-level divisions (2020); 枣庄's 市中区 left out (name clash)
    "济南": "历下区 市中区 槐荫区 天桥区 历城区 长清区 章丘区 济阳区 莱芜区 钢城区 平阴县 商河县",
    "青岛": "市南区 市北区 黄岛区 崂山区 李沧区 城阳区 即墨区 胶州市 平度市 莱西市",
    "淄博": "张店区 淄川区 博山区 临淄区 周村区 桓台县 高青县 沂源县",
    "枣庄": "薛城区 峄城区 台儿庄区 山亭区 滕州市",
    "东营": "东营区 河口区 垦利区 利津县 广饶县",
    "烟台": "芝罘区 福山区 牟平区 莱山区 蓬莱区 龙口市 莱阳市 莱州市 招远市 栖霞市 海阳市",
    "潍坊": "潍城区 寒亭区 坊子区 奎文区 青州市 诸城市 寿光市 安丘市 高密市 昌邑市 临朐县 昌乐县",
    "济宁": "任城区 兖州区 曲阜市 邹城市 微山县 鱼台县 金乡县 嘉祥县 汶上县 泗水县 梁山县",
    "泰安": "泰山区 岱岳区 新泰市 肥城市 宁阳县 东平县",
    "威海": "环翠区 文登区 荣成市 乳山市",
    "日照": "东港区 岚山区 五莲县 莒县",
    "临沂": "兰山区 罗庄区 河东区 沂南县 郯城县 沂水县 兰陵县 费县 平邑县 莒南县 蒙阴县 临沭县",
    "德州": "德城区 陵城区 乐陵市 禹城市 宁津县 庆云县 临邑县 齐河县 平原县 夏津县 武城县",
    "聊城": "东昌府区 茌平区 临清市 阳谷县 莘县 东阿县 冠县 高唐县",
    "滨州": "滨城区 沾化区 邹平市 惠民县 阳信县 无棣县 博兴县",
    "菏泽": "牡丹区 定陶区 曹县 单县 成武县 巨野县 郓城县 鄄城县 东明县",
}
PREFECTURES = {p: ds.split() for p, ds in PREFECTURES.items()}
DISTRICTS = [d for ds in PREFECTURES.values() for d in ds]
PREFECTURE_OF = {d: p for p, ds in PREFECTURES.items() for d in ds}
SEED_CITIES = ["淄博", "潍坊", "聊城"]  # cities the seed pages are about
PAPERS = ["齐鲁晚报", "大众日报", "{C}日报"]
WEEKDAYS = "一二三四五六日"

# Key-figure lines: every article carries one; its numbers go to the front matter.
KEY_SENTENCES = [
    "目前,{d}共确定实施重点项目{n}个,总投资{x}亿元,年度计划投资{y}亿元。",
    "今年,{D}策划了总投资{x}亿元的{n}个重点项目,年度计划投资{y}亿元,其中列入市重大项目{m}个。",
    "{md},{D}举行2020年重大项目集中开工仪式,总投资{x}亿元的{n}个重大项目集中开工,年度计划投资{y}亿元。",
    "{md},{D}通过网络连线举行招商引资项目签约仪式,总投资{x}亿元的{n}个项目签约落户{d}。",
]
KEY_HEADS = ["实施重点项目{n}个\n总投资{x}亿元", "{n}个重点项目集中开工", "总投资{x}亿元项目签约落地"]

TERMINAL = "。!?;”…)’"
UNITS = r"(?:余|多)?(?:亿元|万元|元|个|家|名|人|户|处|条|支|项|次|辆|万|%|公斤|间|列|所|栋|台)"
NUM_RE = re.compile(r"(?<![\d.\-()])(\d+(?:\.\d+)?)(?=" + UNITS + ")")
DATE_RE = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")
SENT_RE = re.compile(r"[^。!?]+[。!?]+[”’]?")
SLOT_RE = re.compile(r"〔([DdCU])(\d?)〕")


def short(name):
    """张店区 -> 张店; one-character stems keep the suffix (莘县)."""
    return name[:-1] if len(name) >= 3 and name[-1] in "区县市" else name


# ---------------------------------------------------------------- seed pools
def templatize(block):
    """Replace seed place names by slots: 〔D0〕 full name, 〔d0〕 short, 〔C〕 city, 〔U〕 区/县/市."""
    names = {d: d for d in DISTRICTS}
    for p in ("淄博", "潍坊"):
        names.update({short(d): d for d in PREFECTURES[p] if len(short(d)) >= 2})
    names["开发区"] = "开发区"
    alts = sorted(list(names) + SEED_CITIES, key=len, reverse=True)
    order = []

    def repl(m):
        w = m.group(0)
        if w in SEED_CITIES:
            return "〔C〕"
        base = names[w]
        if base not in order:
            order.append(base)
        k = order.index(base)
        return f"〔D{k}〕" if w == base else f"〔d{k}〕"

    block = re.sub("|".join(map(re.escape, alts)), repl, block)
    block = re.sub(r"(?<![社园])(全|该)[区县]", r"\1〔U〕", block)
    return re.sub(r"(?<![社园街])[区县](委|政府|长|直)", r"〔U〕\1", block)


def load_pools(seed_dir):
    blocks = []
    for path in sorted(glob.glob(os.path.join(seed_dir, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            blocks += [b.strip() for b in re.split(r"\n[ \t]*\n", f.read()) if b.strip()]
    pools = {"para": [], "head": [], "byline": [], "list": [], "sent": []}
    i = 0
    while i < len(blocks):
        b = blocks[i]
        # a paragraph cut by a column break continues in the next long block
        while (len(b) >= 18 and "," in b and b[-1] not in TERMINAL + ":" and i + 1 < len(blocks)
               and len(blocks[i + 1]) >= 40 and not blocks[i + 1].startswith("- ")):
            i += 1
            b += blocks[i]
        i += 1
        if all(line.startswith("- ") for line in b.splitlines()):
            pools["list"].append(b)
        elif len(b) < 60 and re.search(r"记者|通讯员|^□", b) and "责任编辑" not in b:
            pools["byline"].append(templatize(b))
        elif len(b) >= 40 and b[-1] in TERMINAL:
            pools["para"].append(templatize(b))
        elif (len(b) <= 40 and b[-1] not in TERMINAL + ",:" and "电话" not in b
              and not re.search(r"\d{4}年|□|。|^该", b)):  # "该县..." is a cut paragraph, not a head
            t = templatize(b)
            if len(SLOT_RE.sub("", t)) >= 4:
                pools["head"].append(t)
    pools["sent"] = [s for p in pools["para"] for s in SENT_RE.findall(p) if len(s) >= 12]
    return pools


# ---------------------------------------------------------------- one report
class Report:
    def __init__(self, pools, seed, i):
        self.r = rng = random.Random(f"{seed}:{i}")
        self.pools = pools
        self.date = datetime.date(2020, 1, 1) + datetime.timedelta(rng.randrange(366))
        lead = rng.choice(DISTRICTS)
        self.city = PREFECTURE_OF[lead]
        paper = rng.choice(PAPERS).replace("{C}", self.city)
        d = self.date
        self.masthead = f"{paper} {self.city}新闻  {d.year}年{d.month}月{d.day}日 星期{WEEKDAYS[d.weekday()]}"
        multi = rng.random() < 0.4
        target = rng.randint(12000, 18500) if multi else rng.randint(6000, 9200)
        self.articles = [self.article(lead, True, target * (0.45 if multi else 1.0))]
        size = self.size()
        while multi and size < target - 700:
            budget = min(rng.randint(900, 2600), target - size)
            self.articles.append(self.article(self.neighbour(lead), False, budget))
            size = self.size()

    def size(self):
        return sum(len(b.encode()) + 2 for a in self.articles for _, b in a["blocks"])

    def neighbour(self, d):
        same = [x for x in PREFECTURES[PREFECTURE_OF[d]] if x != d]
        return self.r.choice(same if same and self.r.random() < 0.85 else DISTRICTS)

    # -- text pieces
    def fill(self, tpl, districts):
        def slot(m):
            kind, k = m.group(1), int(m.group(2) or 0)
            while k >= len(districts):
                districts.append(self.neighbour(districts[0]))
            return {"D": districts[k], "d": short(districts[k]), "C": self.city,
                    "U": districts[0][-1]}[kind]
        return self.randomise(SLOT_RE.sub(slot, tpl))

    def month_day(self):
        day = self.date - datetime.timedelta(self.r.randrange(45))
        if day.year < 2020:
            day = datetime.date(2020, 1, 1) + datetime.timedelta(self.r.randrange(10))
        return f"{day.month}月{day.day}日"

    def randomise(self, text):
        text = DATE_RE.sub(lambda m: self.month_day(), text)

        def num(m):
            s = m.group(1)
            dec = len(s.split(".")[1]) if "." in s else 0
            v = float(s) * math.exp(self.r.uniform(math.log(0.4), math.log(2.5)))
            if text[m.end():m.end() + 1] == "%":
                v = min(v, 99.9)
            return f"{v:.{dec}f}" if dec else str(max(1, round(v)))
        return NUM_RE.sub(num, text)

    def paragraph(self, districts):
        r, p = self.r, self.pools
        if r.random() < 0.5:
            tpl = r.choice(p["para"])
        else:
            tpl = "".join(r.choice(p["sent"]) for _ in range(r.randint(2, 5)))
        return self.fill(tpl, districts)

    def key_figures(self, district):
        r = self.r
        x = round(10 ** r.uniform(0.5, 3.0), r.choice([0, 1, 2]))
        k = dict(n=r.randint(3, 120), x=f"{x:g}", y=f"{x * r.uniform(0.15, 0.4):.1f}",
                 m=r.randint(1, 30), D=district, d=short(district), md=self.month_day())
        return k, r.choice(KEY_SENTENCES).format(**k), r.choice(KEY_HEADS).format(**k)

    def article(self, district, lead, budget):
        r, p = self.r, self.pools
        ds = [district]
        heads = r.sample(p["head"], len(p["head"]))  # no headline twice in one article
        next_head = lambda: heads.pop() if heads else r.choice(p["head"])
        head = next_head()
        title = self.fill(head if "〔D0〕" in head else "〔D0〕" + head, ds).replace("\n", " ")
        blocks = []  # (kind, text) with kind in sub, byline, h2, p, list
        if lead and r.random() < 0.6:
            blocks.append(("sub", self.fill(next_head(), ds).replace("\n", " ")))
        blocks.append(("byline", self.fill(r.choice(p["byline"]), ds)))
        k, key_sentence, key_head = self.key_figures(district)
        key_at = r.randint(1, 4) if lead else 0
        used = 0
        while used < budget or key_at >= 0:
            if lead and (len(blocks) < 3 or r.random() < 0.22):
                blocks.append(("h2", key_head if key_at == 0 else self.fill(next_head(), ds)))
            if key_at == 0:
                text = self.paragraph(ds)
                blocks.append(("p", key_sentence + text if r.random() < 0.5 else text + key_sentence))
            elif r.random() < 0.02:
                blocks.append(("list", r.choice(p["list"])))
            else:
                blocks.append(("p", self.paragraph(ds)))
            key_at -= 1
            used = sum(len(b.encode()) + 2 for _, b in blocks)
        return dict(title=title, district=district, projects=k["n"], investment=float(k["x"]),
                    blocks=blocks)

    # -- renderings
    def text(self):
        r = self.r
        out = [r.choice(["\n\n \n\n", "\n\n\n", "\n\n\n\n \n", ""]) + self.masthead]
        for a in self.articles:
            out.append("\n\n" + a["title"].replace(" ", r.choice([" ", "\n"]), 1))
            for kind, b in a["blocks"]:
                gap = "\n\n\n\n" if kind == "h2" else "\n\n"
                if kind == "p" and r.random() < 0.03:  # column break inside a paragraph
                    cut = r.randint(len(b) // 3, 2 * len(b) // 3)
                    b = b[:cut] + "\n\n" + b[cut:]
                out.append(gap + b)
            out.append("\n")
        return "".join(out) + "\n"

    def markdown(self, a, source):
        fm = {"title": a["title"], "district": a["district"], "date": self.date,
              "projects": a["projects"], "investment": a["investment"], "source": source}
        lines = ["---"] + [f"{k}: {v if k == 'date' else json.dumps(v, ensure_ascii=False)}"
                           for k, v in fm.items()]
        lines += ["---", ""]
        for kind, b in a["blocks"]:
            b1 = b.replace("\n", " ")
            lines.append({"sub": f"**{b1}**", "byline": f"*{b1}*", "h2": f"## {b1}"}.get(kind, b))
            lines.append("")
        return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--markdown", action="store_true", help="write one .md page per article")
    ap.add_argument("--seed", default="jianbao-bench-1")
    ap.add_argument("--seeds", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Reports"))
    ap.add_argument("--manifest", help="also write a JSON-lines ground truth of reports/articles")
    args = ap.parse_args()
    pools = load_pools(args.seeds)
    os.makedirs(args.outdir, exist_ok=True)
    manifest = open(args.manifest, "w", encoding="utf-8") if args.manifest else None
    for i in range(args.n):
        rep = Report(pools, args.seed, i)
        text = rep.text()
        stem = f"{i:06d}_{hashlib.sha1(text.encode()).hexdigest()[:16]}"
        if args.markdown:
            for j, a in enumerate(rep.articles):
                with open(os.path.join(args.outdir, f"{stem}-{j:02d}.md"), "w", encoding="utf-8") as f:
                    f.write(rep.markdown(a, stem + ".txt"))
        else:
            with open(os.path.join(args.outdir, stem + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
        if manifest:
            manifest.write(json.dumps({"file": stem + ".txt", "date": rep.date.isoformat(), "articles": [
                {k: a[k] for k in ("title", "district", "projects", "investment")} | {"md": f"{stem}-{j:02d}.md"}
                for j, a in enumerate(rep.articles)]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
