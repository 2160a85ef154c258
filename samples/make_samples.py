#!/usr/bin/python3
"""Regenerate the bundled samples from samples/text/.

    /usr/bin/python3 samples/make_samples.py          # rebuild html/, jsonl/, variants/ and check them
    /usr/bin/python3 samples/make_samples.py --check  # only check: exit 1 if any output would change

Standard library only.  The output is deterministic (byte-identical on every
run).  Inputs: samples/text/*.txt (the four seed pages, byte-for-byte copies of
the scraped pages) and samples/templates/site_*.html (one page skeleton per
"site").  Outputs:

    samples/html/<stem>.html           the page as a news site serves it
    samples/jsonl/seeds.jsonl(.gz)     the four pages as JSON Lines (text/html/content fields)
    samples/variants/*.txt             dirty encodings / forms of single pages

One output needs a tool outside the standard library:
variants/traditional_000_0998188ce1a5110f.txt is made by the OpenCC command line
tool (Debian package `opencc`):  opencc -c s2t.json.  When the `opencc` command
is missing the committed file is kept as it is (and still checked); it is never
deleted or rewritten by anything else.

Every output is checked before it is written (see check_* below): the visible
article + related text of each HTML page equals the seed text, every JSONL line
parses and carries the seed, the gzip round-trips, and every variant decodes /
normalises back to the seed.
"""

import gzip
import hashlib
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT_DIR = os.path.join(HERE, "text")
TPL_DIR = os.path.join(HERE, "templates")
HTML_DIR = os.path.join(HERE, "html")
JSONL_DIR = os.path.join(HERE, "jsonl")
VAR_DIR = os.path.join(HERE, "variants")

TIPS = "提示:本内容不能代替面诊,如有不适请尽快就医。"
RELATED_HEAD = "相关推荐"
URL_FMT = "https://health.example.cn/news/{stem}.html"
FETCHED_AT = "2025-03-20T08:00:00Z"

S000 = "000_0998188ce1a5110f"
S001 = "001_7028aa82d257521f"
S002 = "002_720ebc8095f3fcf4"
S003 = "003_77442a509485823d"


# ---------------------------------------------------------------------------
# Seed page parsing
# ---------------------------------------------------------------------------

class Page:
    def __init__(self, stem, text):
        self.stem = stem
        self.text = text
        lines = text.split("\n")
        assert lines[1] == "", stem
        self.title = lines[0]
        i = lines.index(TIPS)
        assert lines[i + 1] == RELATED_HEAD, stem
        self.body = lines[2:i]
        rel = "\n".join(lines[i + 2:])
        assert rel.startswith("\n"), stem
        chunks = rel[1:].split("\n\n")
        assert len(chunks) % 3 == 0, (stem, len(chunks))
        self.related = []
        for k in range(0, len(chunks), 3):
            title, snippet, catdate = chunks[k:k + 3]
            m = re.fullmatch(r"(\S+) (\d{4}-\d\d-\d\d)", catdate)
            assert m and "\n" not in title + snippet, (stem, k)
            self.related.append((title, snippet, m.group(1), m.group(2)))
        # the parse must describe the page completely
        again = "\n".join([self.title, ""] + self.body + [TIPS, RELATED_HEAD, "", ""]) + "\n\n".join(
            "%s\n\n%s\n\n%s %s" % r for r in self.related)
        assert again == text, stem


LIST_RE = re.compile(r"^( +)(\d+\.|•) (.*)$")
CONT_RE = re.compile(r"^( {2,})(\S.*)$")


def body_blocks(lines):
    """Group body lines into ('h'|'p', text) and ('list', [item, ...]) blocks.

    An item is a dict: level (0 for 2-space indent, 1 for 4), kind ('ol'|'ul'),
    marker ('1.' or '•'), text, cont (indented lines without a marker that
    continue the item), children (filled by nest())."""
    blocks = []
    cur = None  # the open list block
    for line in lines:
        if line == "":
            continue
        m = LIST_RE.match(line)
        if m:
            if cur is None:
                cur = ("list", [])
                blocks.append(cur)
            cur[1].append(dict(level=(len(m.group(1)) - 2) // 2,
                               kind="ol" if m.group(2) != "•" else "ul",
                               marker=m.group(2), text=m.group(3), cont=[], children=[]))
            continue
        m = CONT_RE.match(line)
        if m and cur is not None:
            cur[1][-1]["cont"].append(m.group(2))
            continue
        assert not line.startswith(" "), line
        cur = None
        blocks.append(("line", line))
    return blocks


def nest(items):
    """Turn a flat item list into a tree by level."""
    roots, stack = [], []
    for it in items:
        while stack and stack[-1]["level"] >= it["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else roots).append(it)
        stack.append(it)
    return roots


# ---------------------------------------------------------------------------
# HTML rendering
# ---------------------------------------------------------------------------

def esc(s):
    return html.escape(s, quote=False)


def apply_decos(s, decos, where):
    """Apply hand-written replacements.  Each is (old, new) -> first occurrence,
    or (old, new, 'all').  Every one must match, so a typo fails loudly."""
    for d in decos:
        old, new = d[0], d[1]
        assert old in s, "decoration not found in %s: %r" % (where, old)
        s = s.replace(old, new) if len(d) > 2 and d[2] == "all" else s.replace(old, new, 1)
    return s


class Style:
    """How one site's CMS writes an article body."""

    def __init__(self, indent, step="  ", nl="\n", p_prefix="", bullet="•", num_sep=" ",
                 bullet_sep=" ", h_tags=("h2", "h3"), cont="br", classify=None):
        self.indent, self.step, self.nl = indent, step, nl
        self.p_prefix, self.bullet = p_prefix, bullet
        self.num_sep, self.bullet_sep = num_sep, bullet_sep
        self.h_tags, self.cont, self.classify = h_tags, cont, classify


def classify_numbered(line):
    """一、二、... are section headings; everything else is a paragraph."""
    return "h2" if re.match(r"^[一二三四五六七八九十]+、", line) else "p"


H2_001 = {
    "绑定医院数量", "绑定流程", "使用场景", "注意事项",
    "2025年湖南衡阳医保门诊共济政策的具体规定有哪些?",
    "湖南衡阳医保门诊共济绑定医院后如何查看就医记录",
    "湖南衡阳医保门诊共济政策对慢性病患者的影响有哪些",
}


def classify_001(line):
    if line in H2_001:
        return "h2"
    return "p" if line[-1] in "。:;," else "h3"


def render_items(items, st, depth, pad):
    """Render sibling items; consecutive items of one kind share a list element,
    and a numbered item marked '1.' starts a new <ol> (that is how a page whose
    numbers all read '1.' is built: one <ol> per item)."""
    out, open_kind = [], None
    ind = pad + st.step * depth
    for it in items:
        if open_kind and (it["kind"] != open_kind or (it["kind"] == "ol" and it["marker"] == "1.")):
            out.append(ind + "</%s>" % open_kind)
            open_kind = None
        if not open_kind:
            out.append(ind + "<%s>" % it["kind"])
            open_kind = it["kind"]
        if it["kind"] == "ul":
            label = st.bullet + st.bullet_sep
        else:
            label = it["marker"] + st.num_sep
        li = label + esc(it["text"])
        for c in it["cont"]:
            li += ("<br>" if st.cont == "br" else "<br />") + st.nl + ind + st.step * 2 + esc(c)
        if it["children"]:
            inner = render_items(it["children"], st, depth + 2, pad)
            out.append(ind + st.step + "<li>" + li + st.nl + inner + st.nl + ind + st.step + "</li>")
        else:
            out.append(ind + st.step + "<li>" + li + "</li>")
    out.append(ind + "</%s>" % open_kind)
    return st.nl.join(out)


def render_body(page, st, inserts):
    parts, used = [], set()
    for kind, val in body_blocks(page.body):
        if kind == "list":
            parts.append(render_items(nest(val), st, 0, st.indent))
            continue
        before = inserts.get(("before", val))
        if before:
            parts.append(before)
            used.add(("before", val))
        c = st.classify(val)
        if c == "p":
            parts.append(st.indent + "<p>" + st.p_prefix + esc(val) + "</p>")
        else:
            tag = st.h_tags[0] if c == "h2" else st.h_tags[1]
            parts.append(st.indent + "<%s>%s</%s>" % (tag, esc(val), tag.split()[0]))
        after = inserts.get(("after", val))
        if after:
            parts.append(after)
            used.add(("after", val))
    assert used == set(inserts), ("unused inserts", page.stem, set(inserts) - used)
    return st.nl.join(parts)


def link_hash(title):
    return hashlib.md5(title.encode("utf-8")).hexdigest()[:16]


# ---------------------------------------------------------------------------
# Per-page configuration: site skeleton, CMS style, hand-placed markup
# ---------------------------------------------------------------------------

A_IND = " " * 8
PAGES = {
    # --- 康宁健康网: an older portal CMS.  &nbsp; after list numbers, two
    # ideographic spaces (U+3000) opening every paragraph, headings as <h3>,
    # one <ol> per "1." item, in-article ad with a script, commented-out text.
    S000: dict(
        site="site_a",
        date="2025-03-19",
        keywords="湘潭医保,医保个人账户,家庭共济,代缴居民医保",
        style=Style(indent=A_IND, step="\t", p_prefix="\u3000\u3000", num_sep="&nbsp;",
                    h_tags=('h3 class="subtitle"', "h4"), classify=classify_numbered),
        inserts={
            ("after", "根据湖南省医疗保障局最新政策,2025年湖南湘潭医保个人账户的共济功能进一步扩展,允许职工医保个人账户资金用于支付家庭成员的医疗费用及缴纳居民医保费。具体政策如下:"):
                A_IND + '<p class="pic" style="text-align:center"><img src="/uploads/2025/03/20250318094512_gongji.jpg" alt="湘潭医保个人账户家庭共济示意图" width="600" height="338"></p>',
            ("before", "二、注意事项"):
                A_IND + "<!-- 编辑:周敏 审核:刘洋 2025-03-18 -->\n"
                + A_IND + '<div class="ad ad-inarticle" id="ad_in_1" data-show="scrollTop>300">'
                '<script>(window.slotbydup = window.slotbydup || []).push({id: "u6790033", container: "_in_ad", async: true});</script>'
                '<a href="https://tj.example-tijian.cn/m?src=kn&amp;pos=in" rel="nofollow">广告 医保定点 湘潭口腔医院 种植牙3980元起 可用医保个人账户</a></div>',
            ("before", "三、政策意义"):
                A_IND + "<!-- <p>代缴后个人账户余额不得低于5000元,每人每年限代缴1次。</p> 旧版本 20240901 -->",
        },
        article_decos=[
            ("根据湖南省医疗保障局最新政策",
             '根据<a href="http://ybj.hunan.gov.cn/" title="湖南省医疗保障局 > 政策法规" target="_blank">湖南省医疗保障局</a>最新政策'),
            ("2025年湖南湘潭医保个人账户", "2025年湖南&#x6E58;潭医保个人账户"),
            ("可用于支付参保人近亲属", "可用于支付参保人<b>近亲属</b>"),
            ("不得低于3000元", "不得低于<strong>3000</strong>元"),
            ("自2024年9月1日起实施", "自<b>2024年9月1日</b>起实施"),
            ("“湘医保服务平台”", '&ldquo;<a href="/tag/xiangyibao/">湘医保服务平台</a>&rdquo;'),
        ],
        related_item='        <li><a href="/news/2025/03/{h}.html" target="_blank"><h3>{title}</h3></a><p>{snippet}</p><span class="cat">{cat}</span> <time datetime="{date}">{date}</time></li>',
        related_join="\n",
        related_decos=[
            ("推荐医院 包头医学院第一附属医院 包头", "推荐医院&nbsp;包头医学院第一附属医院&nbsp;包头"),
            ("“医保统筹账户余额”", "&ldquo;医保统筹账户余额&rdquo;"),
            ("一般为30万元", "一般为<strong>30</strong>万元"),
            ("《社会保险法》", "&#12298;社会保险法&#12299;"),
            ("11:00 、 13:00 、 15:00", "11:00&nbsp;、&nbsp;13:00&nbsp;、&nbsp;15:00"),
        ],
    ),
    # --- 民生健康在线: modern HTML5 (header/main/article/aside), JSON-LD,
    # h2/h3 sections, nested lists, &bull; bullets, curly quotes as entities.
    S001: dict(
        site="site_b",
        date="2025-03-11",
        keywords="衡阳医保,门诊共济,家庭共济绑定,湘医保",
        style=Style(indent=" " * 10, step="  ", bullet="&bull;", h_tags=("h2", "h3"),
                    classify=classify_001),
        inserts={
            ("before", "绑定流程"):
                " " * 10 + '<div class="ad ad-inline" data-rule="scroll>600"><script>window.msAds && msAds.render("inline-1");</script>'
                '<span class="ad-label">推广</span><a href="https://ads.msjk-example.cn/c?id=55031&amp;t=2" rel="nofollow sponsored">衡阳医保定点药房 慢病用药满99元包邮</a></div>',
            ("before", "湖南衡阳医保门诊共济绑定医院后如何查看就医记录"):
                " " * 10 + "<!-- 相关问答 start: qa_ids=[3312,3318] -->",
            ("after", "2025年湖南衡阳医保门诊共济政策允许职工医保个人账户的家庭成员进行共济,但绑定的医院数量有一定的限制。以下是关于绑定医院数量及相关流程和注意事项的详细信息。"):
                " " * 10 + '<figure class="img-wrap"><img src="https://img.msjk-example.cn/2025/03/11/hy-gongji.png" alt="衡阳门诊共济绑定流程图" loading="lazy" data-src="https://img.msjk-example.cn/2025/03/11/hy-gongji@2x.png"></figure>',
        },
        article_decos=[
            ("可同时绑定10名近亲属", '可同时绑定<span class="num">10</span>名近亲属'),
            ("通过“湘医保”微信公众号", '通过“<a href="/tag/xiangyibao/" class="tag-link" title="湘医保 > 相关文章">湘医保</a>”微信公众号'),
            ("通过“湘医保服务平台”查询", "通过“&#x6E58;医保服务平台”查询"),
            ("起付线标准200元", "起付线标准<b>200</b>元"),
            ("从20%降至10%", "从<em>20%</em>降至<em>10%</em>"),
            ("每月需自付400元", "每月需自付<strong>400</strong>元"),
            ("“", "&ldquo;", "all"),
            ("”", "&rdquo;", "all"),
        ],
        related_item=(
            '          <li class="item">\n'
            '            <a class="item-link" href="/news/{h}.html"><h3 class="item-title">{title}</h3></a>\n'
            '            <p class="item-desc">{snippet}</p>\n'
            '            <div class="item-meta"><span class="cat">{cat}</span>&nbsp;<time datetime="{date}">{date}</time></div>\n'
            '          </li>'),
        related_join="\n",
        related_decos=[
            ("0553-6829080 0553-6831500", '<a href="tel:0553-6829080">0553-6829080</a> <a href="tel:0553-6831500">0553-6831500</a>'),
            ("1969856672@qq.com", '<a href="mailto:1969856672@qq.com">1969856672@qq.com</a>'),
            ("最低为4494元", "最低为<b>4494</b>元"),
            ("“湘医保”App", "&ldquo;湘医保&rdquo;App"),
        ],
    ),
    # --- 好医保网 (mobile): minified, whole body on one line, &#8226; bullets,
    # single-quoted / unquoted attributes, ad block inside the article.
    S002: dict(
        site="site_c",
        date="2025-03-14",
        keywords="医保余额,家人交医保,个人账户家庭共济",
        style=Style(indent="", step="", nl="", bullet="&#8226;", h_tags=("h2", "h3"),
                    classify=classify_numbered),
        inserts={
            ("before", "二、操作流程"):
                "<div class='ad ad-in' data-pos='in_article' data-min='w>320'><a href='https://click.haoyibao-example.cn/?ad=7790&amp;ch=m&amp;pos=2'>"
                "【广告】医保余额查询 一键绑定家人 领取20元体检券</a></div><!-- /ad -->",
        },
        article_decos=[
            ("<p>可以</p>", '<p class="answer"><strong>可以</strong></p>'),
            ("个人账户余额 可以 用于", "个人账户余额 <b>可以</b> 用于"),
            ("通过国家医保服务平台APP", '通过<a href="https://fuwu.nhsa.gov.cn/" rel=nofollow target=_blank>国家医保服务平台</a>APP'),
            ("家庭共济机制", "<strong>家庭共济</strong>机制"),
        ],
        related_item='<li class=rec-item><a href="/news/{h}.html"><h3>{title}</h3></a><p class=\'desc\'>{snippet}</p><span class="cat">{cat}</span> <time>{date}</time></li>',
        related_join="",
        related_decos=[
            ("“城市服务”", "&ldquo;城市服务&rdquo;"),
            ("顺产1500元,剖宫产3000元", "顺产<em>1500</em>元,剖宫产<em>3000</em>元"),
            ('"我的医保"', "&quot;我的医保&quot;"),
            ("【服务大厅】→【我的医保】", "【服务大厅】&rarr;【我的医保】"),
        ],
    ),
    # --- 沪上医讯: <article id="article"> with <div class="content">, numbered
    # items with <br> continuation lines, &#37; / decimal entities.
    S003: dict(
        site="site_d",
        date="2025-04-20",
        keywords="职工医保共济,家属报销,个人账户,门诊报销",
        style=Style(indent=" " * 20, step="    ", h_tags=("h2", "h3"), classify=classify_numbered),
        inserts={
            ("after", "职工医保共济政策允许参保人将个人账户资金用于家属(如配偶、父母、子女等)的医疗费用报销,但需注意报销范围和支付比例因地区和政策差异而不同。"):
                " " * 20 + "<!-- AI摘要(未发布): 职工医保共济报销比例最高90%,年度限额3000元 -->",
        },
        article_decos=[
            ("<p>职工医保共济政策允许", '<p class="lead" data-track="click>lead">职工医保共济政策允许'),
            ("一级医院报销60%", "一级医院报销60&#37;"),
            ("在职职工1500元、退休人员2000元", "在职职工<b>1500</b>元、退休人员<b>2000</b>元"),
            ("“家庭共享”而非“卡共享”", "<b>&ldquo;家庭共享&rdquo;</b>而非<b>&ldquo;卡共享&rdquo;</b>"),
            ("医保卡(码)本身不得外借", "医保卡(码)本身<u>不得外借</u>"),
            ("职工医保共济政策切实", "职工医&#20445;共济政策切实"),
            ("建议提前咨询医保部门", '建议提前咨询<a href="/yibao/bumen/" target="_blank" title="各地医保部门电话 >>">医保部门</a>'),
        ],
        related_item='                    <li><a href="/article/{h}.html?from=related&amp;pos={i}"><h3>{title}</h3></a><p>{snippet}</p><span class="cat">{cat}</span> <time>{date}</time></li>',
        related_join="\n",
        related_decos=[
            ("“国家医保服务平台”", "&ldquo;国家医保服务平台&rdquo;"),
            ("(0413-6691348)", '(<a href="tel:04136691348">0413-6691348</a>)'),
            ("从50%提高至70%", "从<strong>50%</strong>提高至<strong>70%</strong>"),
            ("由40元提高至50元", "由<b>40</b>元提高至<b>50</b>元"),
        ],
    ),
}


def description(page):
    for kind, val in body_blocks(page.body):
        if kind == "line" and len(val) > 20:
            d = val if len(val) <= 80 else val[:80] + "…"
            assert not set(d) & set('"<>&\\'), d
            return d
    raise AssertionError(page.stem)


def render_page(page):
    cfg = PAGES[page.stem]
    st = cfg["style"]
    body = render_body(page, st, cfg["inserts"])
    body = apply_decos(body, cfg["article_decos"], page.stem + " article")
    items = []
    for i, (title, snippet, cat, date) in enumerate(page.related, 1):
        items.append(cfg["related_item"].format(h=link_hash(title), i=i, title=esc(title),
                                                snippet=esc(snippet), cat=esc(cat), date=date))
    related = apply_decos(cfg["related_join"].join(items), cfg["related_decos"], page.stem + " related")
    with open(os.path.join(TPL_DIR, cfg["site"] + ".html"), encoding="utf-8") as f:
        out = f.read()
    subs = {
        "TITLE": esc(page.title),
        "KEYWORDS": cfg["keywords"],
        "DESCRIPTION": description(page),
        "CANONICAL": URL_FMT.format(stem=page.stem),
        "DATE": cfg["date"],
        "ARTICLE_ID": str(int(page.stem.split("_")[1][:5], 16)),
        "TIPS": esc(TIPS),
        "ARTICLE_BODY": body,
        "RELATED_ITEMS": related,
    }
    for k, v in subs.items():
        assert "{{%s}}" % k in out, (cfg["site"], k)
        out = out.replace("{{%s}}" % k, v)
    assert "{{" not in out, cfg["site"]
    return out


# ---------------------------------------------------------------------------
# Reference visible-text extraction (what the tool's HTML converter must match)
# ---------------------------------------------------------------------------

SKIP_TAGS = {"head", "script", "style", "noscript", "template", "nav", "header", "footer",
             "aside", "svg", "iframe", "form", "button", "select", "textarea"}
SKIP_CLASSES = {"ad", "sidebar", "breadcrumb"}
BLOCK_TAGS = {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
              "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
              "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead",
              "tr", "ul", "body", "html"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
             "source", "track", "wbr"}


class VisibleText(HTMLParser):
    """Visible text of the page body minus chrome: skips SKIP_TAGS elements and
    elements whose class list has a token in SKIP_CLASSES; block elements and
    <br> become line breaks; entities are decoded."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, skipping)
        self.out = []

    def skipping(self):
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        if tag in VOID_TAGS:
            if tag in ("br", "hr") and not self.skipping():
                self.out.append("\n")
            return
        classes = set((dict(attrs).get("class") or "").split())
        skip = self.skipping() or tag in SKIP_TAGS or bool(classes & SKIP_CLASSES)
        self.stack.append((tag, skip))
        if tag in BLOCK_TAGS and not skip:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        assert any(t == tag for t, _ in self.stack), "stray </%s>" % tag
        while True:
            t, skip = self.stack.pop()
            if t == tag:
                break
        if tag in BLOCK_TAGS and not skip:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skipping():
            self.out.append(data)

    def text(self):
        return "".join(self.out)


def visible_lines(s):
    return [" ".join(l.split()) for l in s.split("\n") if l.strip()]


def check_html(page, doc):
    p = VisibleText()
    p.feed(doc)
    p.close()
    assert not p.stack, (page.stem, p.stack[-3:])
    got = p.text()
    # the brief's check: same characters in the same order, whitespace collapsed
    assert " ".join(got.split()) == " ".join(page.text.split()), page.stem
    # stronger: block elements give exactly the seed's non-blank lines
    a, b = visible_lines(got), visible_lines(page.text)
    if a != b:
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                raise AssertionError("%s line %d:\n html: %r\n seed: %r" % (page.stem, i, x, y))
        raise AssertionError("%s: %d vs %d lines" % (page.stem, len(a), len(b)))
    assert doc.lower().count("<script") >= 3 and "<style" in doc and "ICP备" in doc, page.stem
    assert '<meta charset="utf-8">' in doc


# ---------------------------------------------------------------------------
# JSON Lines
# ---------------------------------------------------------------------------

def make_jsonl(pages, html_docs):
    lines = []
    for page in pages:
        rec = {"id": page.stem, "url": URL_FMT.format(stem=page.stem), "title": page.title,
               "fetched_at": FETCHED_AT}
        ascii_only = False
        if page.stem == S001:
            rec["html"] = html_docs[page.stem]
        elif page.stem == S002:
            rec["content"] = page.text
        else:
            rec["text"] = page.text
            ascii_only = page.stem == S003  # one line written with \u escapes
        lines.append(json.dumps(rec, ensure_ascii=ascii_only))
    return ("\n".join(lines) + "\n").encode("utf-8")


def gzip_bytes(data):
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(data)
    return buf.getvalue()


def check_jsonl(data, gz, pages, html_docs):
    assert gzip.decompress(gz) == data
    assert gz[3] == 0 and gz[4:8] == b"\0\0\0\0", "gzip header must carry no name and mtime 0"
    raw = data.decode("utf-8").split("\n")
    assert raw[-1] == "" and len(raw) == len(pages) + 1
    by = {p.stem: p for p in pages}
    fields = []
    for line in raw[:-1]:
        rec = json.loads(line)
        p = by[rec["id"]]
        assert rec["url"] == URL_FMT.format(stem=p.stem) and rec["title"] == p.title
        assert rec["fetched_at"] == FETCHED_AT
        body = [k for k in ("text", "html", "content") if k in rec]
        assert len(body) == 1
        fields.append(body[0])
        want = html_docs[p.stem] if body[0] == "html" else p.text
        assert rec[body[0]] == want, p.stem
    assert sorted(set(fields)) == ["content", "html", "text"]
    assert sum(1 for l in raw[:-1] if l.isascii()) == 1, "exactly one \\u-escaped line"


# ---------------------------------------------------------------------------
# Variants
# ---------------------------------------------------------------------------

def to_fullwidth(s):
    # every printable ASCII character except space -> its full-width form (U+FF01..U+FF5E)
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def from_fullwidth(s):
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in s)


# (old, new): first occurrence in seed 002, applied before the CRLF conversion.
# U+200B goes inside numbers and words, U+00A0 replaces or joins spaces and
# splits a few words.  Listed in README.md.
NBSP, ZWSP = "\u00a0", "\u200b"
CRLF_EDITS = [
    ("个人账户余额 可以 用于", "个人账户余额" + NBSP + "可以" + NBSP + "用于"),
    ("  1. 支付对象", NBSP + NBSP + "1." + NBSP + "支付对象"),
    ("定点零售药店", "定点零" + ZWSP + "售药店"),
    ("家庭" + "共济功能", "家庭" + NBSP + "共济功能"),
    ("具体报销额度", "具体报" + ZWSP + "销额度"),
    ("医保的保障效能", "医保的保障" + NBSP + "效能"),
    ("提高至60%", "提高至6" + ZWSP + "0%"),
    ("存在80元起付标准", "存在80" + NBSP + "元起付标准"),
    ("剖宫产3000元", "剖宫产3" + ZWSP + "000元"),
    ("70%至95%", "70%至9" + ZWSP + "5%"),
    ("2024年9月1日至2025年2月28日", "2024年9月1日至20" + ZWSP + "25年2月28日"),
    ("健康新闻 2025-03-14", "健康新闻" + NBSP + "2025-03-14"),
    ("单价在1000元以上", "单价在1000" + NBSP + "元以上"),
    ("最高10万元封顶线", "最高1" + ZWSP + "0万元封顶线"),
]


def make_crlf_bom(text):
    t = text
    for old, new in CRLF_EDITS:
        assert old in t, old
        t = t.replace(old, new, 1)
    return b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8")


def opencc_s2t(text):
    exe = shutil.which("opencc")
    if not exe:
        return None
    r = subprocess.run([exe, "-c", "s2t.json"], input=text.encode("utf-8"),
                       stdout=subprocess.PIPE, check=True)
    return r.stdout


def check_variants(pages, out):
    by = {p.stem: p.text for p in pages}
    fw = out["fullwidth_%s.txt" % S001].decode("utf-8")
    assert from_fullwidth(fw) == by[S001]
    assert unicodedata.normalize("NFKC", fw) == unicodedata.normalize("NFKC", by[S001])
    assert not re.search(r"[0-9A-Za-z%:,()\-.]", fw)

    cb = out["crlf_bom_%s.txt" % S002]
    assert cb.startswith(b"\xef\xbb\xbf") and b"\r\n" in cb and b"\n" not in cb.replace(b"\r\n", b"")
    t = cb[3:].decode("utf-8").replace("\r\n", "\n")
    assert t.count(ZWSP) >= 5 and t.count(NBSP) >= 5
    # same non-blank characters in the same order once U+200B and all
    # whitespace (U+00A0 included) are dropped ...
    squash = lambda s: re.sub(r"[\s\u200b]+", "", s)
    assert squash(t) == squash(by[S002])
    # ... the same numbers once U+200B is dropped (U+00A0 never splits a number) ...
    assert re.findall(r"[0-9]+", t.replace(ZWSP, "")) == re.findall(r"[0-9]+", by[S002])
    # ... and the same lines
    assert t.count("\n") == by[S002].count("\n")

    g = out["gbk_%s.txt" % S003]
    assert g.decode("gb18030") == by[S003]
    bad = [c for c in by[S003] if not _gbk_ok(c)]
    assert set(bad) <= {"\u2022"}, bad

    u = out["utf16_%s.txt" % S003]
    assert u.startswith(b"\xff\xfe") and u[2:].decode("utf-16-le") == by[S003]

    tr = out["traditional_%s.txt" % S000].decode("utf-8")
    src = by[S000]
    assert tr.count("\n") == src.count("\n") and len(tr) == len(src)
    assert re.findall(r"[0-9]+", tr) == re.findall(r"[0-9]+", src)
    assert tr != src


def _gbk_ok(c):
    try:
        c.encode("gbk")
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------------------

def main():
    check_only = "--check" in sys.argv[1:]
    stems = sorted(f[:-4] for f in os.listdir(TEXT_DIR) if f.endswith(".txt"))
    assert stems == sorted(PAGES), stems
    pages = []
    for s in stems:
        with open(os.path.join(TEXT_DIR, s + ".txt"), "rb") as f:
            raw = f.read()
        pages.append(Page(s, raw.decode("utf-8")))
    assert [len(p.related) for p in pages] == [19, 20, 20, 20]

    outputs = {}  # path -> bytes
    html_docs = {}
    for p in pages:
        doc = render_page(p)
        check_html(p, doc)
        html_docs[p.stem] = doc
        outputs[os.path.join(HTML_DIR, p.stem + ".html")] = doc.encode("utf-8")

    data = make_jsonl(pages, html_docs)
    gz = gzip_bytes(data)
    check_jsonl(data, gz, pages, html_docs)
    outputs[os.path.join(JSONL_DIR, "seeds.jsonl")] = data
    outputs[os.path.join(JSONL_DIR, "seeds.jsonl.gz")] = gz

    by = {p.stem: p.text for p in pages}
    var = {
        "fullwidth_%s.txt" % S001: to_fullwidth(by[S001]).encode("utf-8"),
        "crlf_bom_%s.txt" % S002: make_crlf_bom(by[S002]),
        # GBK has no U+2022 BULLET; GB18030 (the superset every GBK decoder on
        # the web uses) gives it a 4-byte code.  All other bytes are plain GBK.
        "gbk_%s.txt" % S003: by[S003].encode("gb18030"),
        "utf16_%s.txt" % S003: b"\xff\xfe" + by[S003].encode("utf-16-le"),
    }
    trad_name = "traditional_%s.txt" % S000
    trad_path = os.path.join(VAR_DIR, trad_name)
    trad = opencc_s2t(by[S000])
    if trad is None:
        if not os.path.exists(trad_path):
            sys.exit("the opencc command is needed to create %s (apt-get install opencc)" % trad_name)
        print("note: opencc not found; keeping the committed %s" % trad_name, file=sys.stderr)
        with open(trad_path, "rb") as f:
            trad = f.read()
    var[trad_name] = trad
    check_variants(pages, var)
    for name, b in var.items():
        outputs[os.path.join(VAR_DIR, name)] = b

    changed = []
    for path, b in sorted(outputs.items()):
        old = None
        if os.path.exists(path):
            with open(path, "rb") as f:
                old = f.read()
        if old != b:
            changed.append(os.path.relpath(path, HERE))
            if not check_only:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(b)
    rel = lambda p: os.path.relpath(p, HERE)
    if check_only:
        if changed:
            print("out of date: " + ", ".join(changed))
            return 1
        print("samples up to date (%d files checked)" % len(outputs))
        return 0
    for path in sorted(outputs):
        print("%8d  %s%s" % (len(outputs[path]), rel(path), "  (written)" if rel(path) in changed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
