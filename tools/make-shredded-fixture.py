#!/usr/bin/env python3
"""Shreds fixtures/text/104_markdown-2021.txt the way PDF-to-markdown converters (MinerU, marker, pdfplumber scripts)
do (issue 9, pattern 2), into fixtures/text/shredded/104_markdown-2021.shredded.md. Its truth is 104's golden file:
every cell must come out as there, the stranded rows placed by row order.
"""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
src = (root / "fixtures/text/104_markdown-2021.txt").read_text(encoding="utf-8")
lines = src.split("\n")
out = []
generic_header = re.compile(r"^\| 类别 \| 数据1")
first_header = True
skip_appeals = False
for line in lines:
    if line.startswith("## 四、"):
        # Table 四 as one 15-value row under a broken 6-cell header, after a header printed as loose text.
        out += [line, "", "行政复议行政诉讼", "未经复议直接起诉复议后起诉", "结果结果其他尚未", "维持纠正结果审结",
                "| 维持 | 纠正 | 结果 | 审结 | 总计 | 总计 |", "|---|---|---|---|---|---|",
                "| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|", ""]
        skip_appeals = True
        continue
    if skip_appeals:
        if line.startswith("## 五、"):
            skip_appeals = False
            out.append(line)
        continue
    if generic_header.match(line):
        # Header rows reduced to fragments, once; the other header rows lost.
        if first_header:
            out.append("| 业 | 构 | 益组织 | 务机构 |")
            first_header = False
        continue
    if line.startswith("|---|---|---|---|---|---|---|---|") and out and out[-1].startswith("| 业"):
        out.append("|---|---|---|---|")
        continue
    m = re.match(r"^\| (行政许可|行政处罚|行政强制) \| ([\d,]+) \|$", line)
    if m:
        # Table 二's 第（五）（六）项 rows as plain lines.
        out.append(f"{m.group(1)} {m.group(2)}")
        continue
    if line.startswith("### （二）部分公开"):
        continue
    if line.startswith("| （二）部分公开"):
        # Label stranded above its numbers, split over two lines; the row a fragment of its own.
        out += ["", "（二）部分公开（区分处理的，只计这一情", "形，不计其他情形）", "| 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
                "|---|---|---|---|---|---|---|", ""]
        continue
    if line.startswith("| 5.要求行政机关确认"):
        # Label stranded below its numbers.
        out += ["| 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "|---|---|---|---|---|---|---|", "", "5.要求行政机关确认或重新出具", "已获取信息", ""]
        continue
    if line.startswith("| 1.申请人无正当理由逾期不补正"):
        # Label glued to its group label and split; numbers without it.
        out += ["", "（六）其他处理1.申请人无正当理由逾期不补", "正、行政机关不再处理其政府信息公开申请",
                "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "|---|---|---|---|---|---|---|", ""]
        continue
    out.append(line)

target = root / "fixtures/text/shredded/104_markdown-2021.shredded.md"
target.write_text("\n".join(out), encoding="utf-8")
