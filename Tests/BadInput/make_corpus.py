#!/usr/bin/env python3
"""Writes the bad-input corpus: small files into corpus/ (committed), large ones into a folder given.

usage: python3 Tests/BadInput/make_corpus.py            # rewrite corpus/
       python3 Tests/BadInput/make_corpus.py --large DIR # also write the three large files into DIR
"""
import os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_REPORTS = os.path.join(os.path.dirname(os.path.dirname(HERE)), "Reports")
BODY = "2月17日,张店区举行签约仪式,总投资98.2亿元的5个项目签约落户。"


def page(headline, body=BODY, byline="□ 本报记者 王明"):
    return f"{headline}\n\n{byline}\n\n{body}\n"


SMALL = {
    "binary.txt": bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + random.Random(1).randbytes(2000),
    "empty.txt": b"",
    "whitespace-only.txt": " \n\u3000\u3000\n\t\n\n".encode(),
    "gb18030.txt": page("张店区GB18030编码的报道").encode("gb18030"),
    "utf16le.txt": b"\xff\xfe" + page("张店区UTF-16小端的报道").encode("utf-16-le"),
    "utf16be.txt": b"\xfe\xff" + page("张店区UTF-16大端的报道").encode("utf-16-be"),
    "invalid-utf8.txt": page("张店区无效字节").encode() + b"\xff\xfe\xfd\x80 broken " + "后面还有文字。".encode(),
    "cr-only.txt": page("张店区只有CR换行").replace("\n", "\r").encode(),
    "crlf.txt": page("张店区CRLF换行").replace("\n", "\r\n").encode(),
    "bom.txt": b"\xef\xbb\xbf" + page("张店区带BOM").encode(),
    "nul-bytes.txt": page("张店区有NUL").encode() + b"\x00" + (BODY * 5).encode(),
    "script-tags.txt": page("<script>alert('headline')</script>张店区", "<script>alert(1)</script>正文。<img src=x onerror=alert(2)>").encode(),
    "iframe.txt": page("张店区<iframe src=\"https://evil.example\"></iframe>", "<iframe src=javascript:alert(1)></iframe>正文。").encode(),
    "javascript-url.txt": page("[点我](javascript:alert(1))", "<a href=\"javascript:alert(1)\">链接</a> [x](javascript:alert(2)) <javascript:alert(3)>。").encode(),
    "entities.txt": page("&lt;b&gt;张店区&amp;报道", "&lt;script&gt;alert(1)&lt;/script&gt; &#x3C;b&#x3E; &amp;amp; 正文。").encode(),
    "markdown-meta.txt": page("# *张店* _区_ `代码` [链接] (括号) !感叹 > 引用 | 表格 ~~删除~~", "* 列表\n- 列表\n1. 编号\n> 引用\n```\n代码块\n```\n| a | b |\n正文 **加粗** <b>标签</b>。").encode(),
    "slashes-headline.txt": page("../../etc/passwd", "/root/.ssh/id_rsa 与 ..\\..\\windows 路径。").encode(),
    "emoji.txt": page("张店区👍🏽项目🚀开工", "e\u0301 a\u0308 😀👨‍👩‍👧 正文。").encode(),
    "rtl.txt": page("张店区 \u202eالعربية\u202c עברית", "\u202e反向文字\u202c مرحبا 正文。").encode(),
    "headline-only.txt": "张店区只有标题\n".encode(),
    "byline-only.txt": "□ 本报记者 王明\n".encode(),
    "dateline-only.txt": "张店区召开会议\n\n本报淄博讯\n".encode(),
    "long-headline.txt": page("张店区" + "很长的标题" * 40).encode(),
    "mixed-encoding.txt": page("张店区混合编码").encode() + "这一行是GB18030。\n".encode("gb18030") + "这一行是UTF-8。\n".encode(),
    "control-chars.txt": page("张店区控制字符", "正文\x0c换页\x1b[31m颜色\x07响铃。").encode(),
    "html-comment.txt": page("张店区<!-- 注释 -->", "<![CDATA[ x ]]> <!-- --> -->正文。").encode(),
    "attribute-injection.txt": page("\" onmouseover=\"alert(1)\" x=\"张店区", "' onfocus='alert(2)' autofocus x=' 正文。").encode(),
    "template-syntax.txt": page("{{page.title}} 张店区", "{{{bodyHTML}}} {{#articles}}{{/articles}} {{> head}} 正文。").encode(),
    "zero-width.txt": page("张\u200b店\u200d区\ufeff报道", "零\u200b宽\u2060字符。").encode(),
    "surrogates.txt": page("张店区代理对").encode() + b"\xed\xa0\x80\xed\xb0\x80 " + "正文。".encode(),
    "numbers-malformed.txt": page("张店区数字", "一亿亿元,3..5亿元,亿元,..元,1,2,3,4万元,百分之百分之。").encode(),
    "css-injection.txt": page("</style><style>body{display:none}</style>张店区", "<link rel=stylesheet href=//evil.example/x.css>正文。").encode(),
    "only-furniture.txt": "责任编辑 王明\n\n电话:(0531)85193261\n".encode(),
}


def write_small():
    folder = os.path.join(HERE, "corpus")
    os.makedirs(folder, exist_ok=True)
    for name, data in SMALL.items():
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(data)


def write_large(folder):
    os.makedirs(folder, exist_ok=True)
    para = "张店区重点项目建设稳步推进,全区上下齐心协力,总投资638亿元。"
    # 50 MB of a real page's text, over and over: thousands of articles, figures at a real density.
    with open(os.path.join(REPO_REPORTS, sorted(os.listdir(REPO_REPORTS))[0]), encoding="utf-8") as handle:
        sample = handle.read()
    with open(os.path.join(folder, "fifty-megabytes.txt"), "w", encoding="utf-8") as handle:
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(sample + "\n\n\n")
    with open(os.path.join(folder, "one-megabyte-line.txt"), "w", encoding="utf-8") as handle:
        handle.write("张店区长行\n\n" + para * (1024 * 1024 // len(para.encode())) + "\n")
    with open(os.path.join(folder, "ten-thousand-articles.txt"), "w", encoding="utf-8") as handle:
        for index in range(10_000):
            handle.write(f"张店区第{index}条简讯\n\n本报淄博讯(王明)第{index}条消息的正文。\n\n")


if __name__ == "__main__":
    write_small()
    if "--large" in sys.argv:
        write_large(sys.argv[sys.argv.index("--large") + 1])
