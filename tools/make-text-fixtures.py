#!/usr/bin/env python3
"""Writes the text fixtures in fixtures/text/ and, from the same figures, their golden files.

Each fixture is a report we made up (agencies and figures are ours), rendered in one of the layouts that real text
dumps use: pipe text with one cell per line (traditional and simplified), pipe text with one row per line, markdown
as PDF-to-markdown converters write it. The golden <stem>.expected.tsv is derived from the figures here, not from the
reader's output, so a reader bug cannot bless itself.
"""
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "text")

APPLICANT_COLS = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]
APPEAL_COLS = ["upheld", "corrected", "other", "pending", "total"]

ROWS_2021 = [
    ("new_received", None, "一、本年新收政府信息公开申请数量"),
    ("carried_over", None, "二、上年结转政府信息公开申请数量"),
    ("granted", "三、本年度办理结果", "（一）予以公开"),
    ("partially_granted", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("withheld_state_secret", "（三）不予公开", "1.属于国家秘密"),
    ("withheld_prohibited_by_law", None, "2.其他法律行政法规禁止公开"),
    ("withheld_three_safeties", None, "3.危及“三安全一稳定”"),
    ("withheld_third_party", None, "4.保护第三方合法权益"),
    ("withheld_internal_affairs", None, "5.属于三类内部事务信息"),
    ("withheld_process_info", None, "6.属于四类过程性信息"),
    ("withheld_enforcement_file", None, "7.属于行政执法案卷"),
    ("withheld_query_matter", None, "8.属于行政查询事项"),
    ("unavailable_not_held", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("unavailable_needs_creation", None, "2.没有现成信息需要另行制作"),
    ("unavailable_unclear", None, "3.补正后申请内容仍不明确"),
    ("not_processed_petition", "（五）不予处理", "1.信访举报投诉类申请"),
    ("not_processed_duplicate", None, "2.重复申请"),
    ("not_processed_publication", None, "3.要求提供公开出版物"),
    ("not_processed_excessive", None, "4.无正当理由大量反复申请"),
    ("not_processed_confirmation", None, "5.要求行政机关确认或重新出具已获取信息"),
    ("other_no_correction", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_unpaid_fee", None, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_misc", None, "3.其他"),
    ("total_processed", None, "（七）总计"),
    ("carried_forward", None, "四、结转下年度继续办理"),
]
ROWS_2019 = [r for r in ROWS_2021 if not r[0].startswith("other_")]
ROWS_2019.insert(20, ("other_handling", None, "（六）其他处理"))

# Traditional renderings of the labels, as mirrors print them (character conversion only).
TRAD = str.maketrans({
    "关": "關", "业": "業", "务": "務", "处": "處", "理": "理", "发": "發", "废": "廢", "现": "現", "规": "規", "范": "範",
    "许": "許", "罚": "罰", "强": "強", "费": "費", "额": "額", "单": "單", "万": "萬", "请": "請", "况": "況", "组": "組",
    "织": "織", "计": "計", "级": "級", "数": "數", "结": "結", "转": "轉", "办": "辦", "开": "開", "门": "門", "护": "護",
    "权": "權", "益": "益", "内": "內", "类": "類", "过": "過", "执": "執", "卷": "卷", "询": "詢", "项": "項", "无": "無",
    "机": "機", "掌": "掌", "没": "沒", "补": "補", "确": "確", "访": "訪", "举": "舉", "报": "報", "诉": "訴", "复": "復",
    "获": "獲", "缴": "繳", "纳": "納", "知": "知", "讼": "訟", "议": "議", "维": "維", "纠": "糾", "审": "審", "经": "經",
    "县": "縣", "区": "區", "间": "間", "统": "統", "题": "題", "进": "進", "对": "對", "应": "應", "网": "網", "站": "站",
    "条": "條", "例": "例", "为": "為", "乡": "鄉", "镇": "鎮", "时": "時", "当": "當", "页": "頁", "扫": "掃", "满": "滿",
    "稳": "穩", "危": "危", "国": "國", "现": "現", "这": "這", "样": "樣", "实": "實", "施": "施", "门": "門", "围": "圍",
    "执": "執", "总": "總", "体": "體", "动": "動", "见": "見", "问": "問", "题": "題", "改": "改", "设": "設", "导": "導",
    "说": "說", "议": "議", "决": "決", "论": "論", "销": "銷", "书": "書", "负": "負", "责": "責", "华": "華", "人": "人",
})


def kind(raw):
    s = raw.strip()
    if s == "":
        return "blank", ""
    if s in ("/", "—", "-", "无"):
        return "na", ""
    num = s.replace(",", "")
    for unit in ("万元", "元", "件"):
        if num.endswith(unit):
            num = num[: -len(unit)]
    try:
        float(num)
        return "number", num
    except ValueError:
        return "text", ""


def active_rows(template):
    if template == "2021":
        return [
            ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
             [("regulations", "规章", ["issued", "repealed", "in_force"]),
              ("normative_documents", "行政规范性文件", ["issued", "repealed", "in_force"])]),
            ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("licensing", "行政许可", ["decisions"])]),
            ("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
             [("penalty", "行政处罚", ["decisions"]), ("coercion", "行政强制", ["decisions"])]),
            ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [("fees", "行政事业性收费", ["amount"])]),
        ]
    return [
        ("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
         [("regulations", "规章", ["produced", "published", "total_published"]),
          ("normative_documents", "规范性文件", ["produced", "published", "total_published"])]),
        ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
         [("licensing", "行政许可", ["prior_items", "change", "decisions"]),
          ("other_services", "其他对外管理服务事项", ["prior_items", "change", "decisions"])]),
        ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
         [("penalty", "行政处罚", ["prior_items", "change", "decisions"]),
          ("coercion", "行政强制", ["prior_items", "change", "decisions"])]),
        ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"],
         [("fees", "行政事业性收费", ["prior_items", "change"])]),
        ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"],
         [("procurement", "政府集中采购", ["items", "amount"])]),
    ]


def narrative(r):
    return {
        "intro": f"根据《中华人民共和国政府信息公开条例》规定，现公布{r['agency']}{r['year']}年度政府信息公开工作年度报告。本报告所列数据统计期限自{r['year']}年1月1日起至{r['year']}年12月31日止。",
        "overall": f"{r['year']}年，{r['short']}坚持以公开为常态、不公开为例外，围绕群众关切做好信息发布，全年通过门户网站主动公开政府信息{r['posted']}条。",
        "applications": r.get("apps_text"),
        "problems": "一是公开内容的解读形式还不够丰富；二是工作人员业务能力有待提升。下一步将加强培训，丰富解读形式。",
        "other": r.get("other_text", "本年度未收取信息处理费。无其他需要报告的事项。"),
    }


HEADINGS = {
    "overall": "一、总体情况",
    "active": "二、主动公开政府信息情况",
    "applications": "三、收到和处理政府信息公开申请情况",
    "appeals": "四、政府信息公开行政复议、行政诉讼情况",
    "problems": "五、存在的主要问题及改进情况",
    "other": "六、其他需要报告的事项",
}


def render_pipe_cells(r):
    """One cell per line ending in ' |'; '|' alone is an empty cell; bare pipe runs pad short rows (SCHEMA.md §6)."""
    v = r["values"]
    out = [r["title"], narrative(r)["intro"], HEADINGS["overall"], narrative(r)["overall"], HEADINGS["active"]]
    for head, cols, rows in active_rows(r["template"]):
        out += [head + " |", "|||"] + [c + " |" for c in cols]
        if len(cols) < 4:
            out.append("|" * (4 - len(cols)))
        for key, label, keys in rows:
            out.append(label + " |")
            out += [(v.get(f"active/{key}/{k}", "") + " |").lstrip() if v.get(f"active/{key}/{k}", "") else "|" for k in keys]
            if len(keys) < 3:
                out.append("|" * (3 - len(keys)))
    out.append(HEADINGS["applications"])
    if narrative(r)["applications"]:
        out.append(narrative(r)["applications"])
    out += ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |", "申请人情况 |", "||||||||",
            "自然人 |", "法人或其他组织 |", "总计 |", "|||||||",
            "商业 企业 |", "科研 机构 |", "社会公益组织 |", "法律服务机构 |", "其他 |", "|||||"]
    for key, group, label in (ROWS_2021 if r["template"] == "2021" else ROWS_2019):
        if group:
            out.append(group + " |")
        out.append(label + " |")
        for c in APPLICANT_COLS:
            raw = v.get(f"applications/{key}/{c}", "")
            out.append(raw + " |" if raw else "|")
        if not group:
            out.append("||" if key in ("new_received", "carried_over", "total_processed", "carried_forward") else "|")
    out.append(HEADINGS["appeals"])
    out += ["行政复议 |", "行政诉讼 |", "|||||||||||||", "结果维持 |", "结果 纠正 |", "其他 结果 |", "尚未 审结 |", "总计 |",
            "未经复议直接起诉 |", "复议后起诉 |", "||||||||", ]
    out += [h + " |" for h in ["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计"] * 2]
    for row in ("review", "litigation_direct", "litigation_after_review"):
        for c in APPEAL_COLS:
            raw = v.get(f"appeals/{row}/{c}", "")
            out.append(raw + " |" if raw else "|")
    out += [HEADINGS["problems"], narrative(r)["problems"], HEADINGS["other"], narrative(r)["other"],
            r["agency"], r["date"], "扫一扫在手机上查看当前页面"]
    return "\n".join(out) + "\n"


def render_pipe_rows(r):
    """One table row per line, ' | ' between cells; merged group labels leave empty leading cells on continuation rows."""
    v = r["values"]
    out = [r["title"], narrative(r)["intro"], HEADINGS["overall"], narrative(r)["overall"], HEADINGS["active"]]
    for head, cols, rows in active_rows(r["template"]):
        out.append(head + " |")
        out.append(" | ".join(cols) + " |")
        for key, label, keys in rows:
            out.append(" | ".join([label] + [v.get(f"active/{key}/{k}", "") for k in keys]) + " |")
    out.append(HEADINGS["applications"])
    if narrative(r)["applications"]:
        out.append(narrative(r)["applications"])
    out += ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |",
            "自然人 | 法人或其他组织 | 总计 |", "商业 | 科研 | 社会公益组织 | 法律服务机构 | 其他 |", "企业 | 机构 |"]
    for key, group, label in (ROWS_2021 if r["template"] == "2021" else ROWS_2019):
        cells = [v.get(f"applications/{key}/{c}", "") for c in APPLICANT_COLS]
        if key in ("new_received", "carried_over", "total_processed", "carried_forward"):
            lead = [label]
        elif key == "granted":
            lead = ["三、本年度办理结果", label]
        elif group:
            lead = ["", group, label]
        elif key in ("partially_granted",):
            lead = ["", label]
        else:
            lead = ["", "", label]
        out.append((" | ".join(lead + cells) + " |").replace("  ", " "))
    out.append(HEADINGS["appeals"])
    out += ["行政复议 | 行政诉讼 |", "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
            " | ".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2) + " |",
            " | ".join(v.get(f"appeals/{row}/{c}", "") for row in ("review", "litigation_direct", "litigation_after_review") for c in APPEAL_COLS) + " |"]
    out += [HEADINGS["problems"], narrative(r)["problems"], HEADINGS["other"], narrative(r)["other"], r["agency"], r["date"]]
    return "\n".join(out) + "\n"


def render_markdown(r):
    """As PDF-to-markdown converters write it: table 三 broken into one table per group, a page footer inside a
    table, the three 2021 sub-rows of （六） continued under a wrong header row, table 四 split into three tables."""
    v = r["values"]
    out = [f"# {r['title']}", "", r["agency"], f"（{r['date']}）", "", narrative(r)["intro"], "", f"## {HEADINGS['overall']}", "",
           narrative(r)["overall"], "", f"## {HEADINGS['active']}", ""]
    for head, cols, rows in active_rows(r["template"]):
        out += [f"### {head}", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        for key, label, keys in rows:
            out.append("| " + " | ".join([label] + [v.get(f"active/{key}/{k}", "") for k in keys]) + " |")
        out.append("")
    out += [f"## {HEADINGS['applications']}", "", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", ""]
    if narrative(r)["applications"]:
        out += [narrative(r)["applications"], ""]
    header = "| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |"
    rows = ROWS_2021 if r["template"] == "2021" else ROWS_2019
    for i, (key, group, label) in enumerate(rows):
        if group or key in ("new_received", "carried_over", "partially_granted"):
            out += ["", f"### {group or label}", header, "|---|---|---|---|---|---|---|---|"]
        if key == "other_unpaid_fee":
            out += ["", "| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | 部分公开 | 不予公开 | 结转下年度 | 总计 |", "|---|---|---|---|---|---|---|---|"]
        if key == "withheld_internal_affairs":
            out.append("| — 3 — |")
        out.append("| " + " | ".join([label] + [v.get(f"applications/{key}/{c}", "") for c in APPLICANT_COLS]) + " |")
    out += ["", f"## {HEADINGS['appeals']}", ""]
    for row, head in (("review", "行政复议"), ("litigation_direct", "行政诉讼（未经复议直接起诉）"), ("litigation_after_review", "行政诉讼（复议后起诉）")):
        out += [f"### {head}", "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |", "|---|---|---|---|---|",
                "| " + " | ".join(v.get(f"appeals/{row}/{c}", "") for c in APPEAL_COLS) + " |", ""]
    out += [f"## {HEADINGS['problems']}", "", narrative(r)["problems"], "", HEADINGS["other"], "", narrative(r)["other"], "",
            r["agency"], r["date"]]
    return "\n".join(out) + "\n"


def expected(r, stem):
    """The golden file: report fields, then every template cell as key, kind, value, raw."""
    rows = ROWS_2021 if r["template"] == "2021" else ROWS_2019
    keys = []
    for head, cols, arows in active_rows(r["template"]):
        for key, label, ks in arows:
            keys += [f"active/{key}/{k}" for k in ks]
    for key, group, label in rows:
        keys += [f"applications/{key}/{c}" for c in APPLICANT_COLS]
        if key == "other_misc" and r.get("legacy_other_row"):
            keys += [f"applications/other_handling/{c}" for c in APPLICANT_COLS]
    keys += [f"appeals/{row}/{c}" for row in ("review", "litigation_direct", "litigation_after_review") for c in APPEAL_COLS]
    lines = [f"status\t{r['status']}", f"template\t{r['template']}", f"year\t{r['year']}", f"agency\t{r['agency_out']}",
             f"agency_simplified\t{r['agency_simplified']}", f"script\t{r['script']}", f"published_at\t{r['published_at']}"]
    for k in keys:
        raw = r["values"].get(k)
        # A cell the document lacks is `missing` (a statement about the reading), never `blank` (SCHEMA.md §2).
        kd, val = ("missing", "") if raw is None else kind(raw)
        raw = raw or ""
        lines.append(f"{k}\t{kd}\t{val}\t{raw}")
    return "\n".join(lines) + "\n"


def apps(rows):
    """Expands {row: [7 raw cells]} into cell keys."""
    return {f"applications/{row}/{c}": raw for row, cells in rows.items() for c, raw in zip(APPLICANT_COLS, cells)}


def zeros(template, skip=()):
    rows = ROWS_2021 if template == "2021" else ROWS_2019
    return {row: ["0"] * 7 for row, _, _ in rows if row not in skip}


def appeals(review, direct, after):
    return {f"appeals/{row}/{c}": raw for row, cells in (("review", review), ("litigation_direct", direct), ("litigation_after_review", after)) for c, raw in zip(APPEAL_COLS, cells)}


def report_2021(**over):
    a = zeros("2021")
    a.update({
        "new_received": ["12", "3", "0", "0", "1", "0", "16"],
        "carried_over": ["1", "0", "0", "0", "0", "0", "1"],
        "granted": ["6", "2", "0", "0", "1", "0", "9"],
        "partially_granted": ["2", "0", "0", "0", "0", "0", "2"],
        "withheld_process_info": ["1", "0", "0", "0", "0", "0", "1"],
        "unavailable_not_held": ["2", "1", "0", "0", "0", "0", "3"],
        "other_misc": ["1", "0", "0", "0", "0", "0", "1"],
        "total_processed": ["12", "3", "0", "0", "1", "0", "16"],
        "carried_forward": ["1", "0", "0", "0", "0", "0", "1"],
    })
    values = {
        "active/regulations/issued": "0", "active/regulations/repealed": "0", "active/regulations/in_force": "2",
        "active/normative_documents/issued": "5", "active/normative_documents/repealed": "1", "active/normative_documents/in_force": "37",
        "active/licensing/decisions": "1,204", "active/penalty/decisions": "86", "active/coercion/decisions": "3",
        "active/fees/amount": "12.5",
    }
    values.update(apps(a))
    values.update(appeals(["1", "0", "0", "0", "1"], ["0", "0", "0", "1", "1"], ["0", "0", "0", "0", "0"]))
    r = dict(template="2021", year=2023, agency="青禾县自然资源局", short="我局", posted=214, date="2024年1月22日",
             title="青禾县自然资源局2023年政府信息公开工作年度报告", status="parsed", script="simplified",
             published_at="2024-01-22", values=values,
             apps_text="2023年，我局共收到政府信息公开申请16件，上年结转1件，已全部依法答复，结转下年度1件。")
    r.update(over)
    r.setdefault("agency_out", r["agency"])
    r.setdefault("agency_simplified", r["agency"])
    return r


def report_2019():
    a = zeros("2019")
    a.update({
        "new_received": ["4", "1", "0", "0", "0", "0", "5"],
        "granted": ["3", "1", "0", "0", "0", "0", "4"],
        "other_handling": ["1", "0", "0", "0", "0", "0", "1"],
        "total_processed": ["4", "1", "0", "0", "0", "0", "5"],
    })
    values = {
        "active/regulations/produced": "0", "active/regulations/published": "0", "active/regulations/total_published": "0",
        "active/normative_documents/produced": "3", "active/normative_documents/published": "3", "active/normative_documents/total_published": "41",
        "active/licensing/prior_items": "58", "active/licensing/change": "-4", "active/licensing/decisions": "960",
        "active/other_services/prior_items": "/", "active/other_services/change": "/", "active/other_services/decisions": "/",
        "active/penalty/prior_items": "12", "active/penalty/change": "0", "active/penalty/decisions": "31",
        "active/coercion/prior_items": "2", "active/coercion/change": "", "active/coercion/decisions": "0",
        "active/fees/prior_items": "3", "active/fees/change": "-1",
        "active/procurement/items": "6", "active/procurement/amount": "1,386.40万元",
    }
    values.update(apps(a))
    values.update(appeals(["0"] * 5, ["0"] * 5, ["0"] * 5))
    return dict(template="2019", year=2020, agency="松溪市水务局", short="我局", posted=96, date="2021年1月28日",
                title="松溪市水务局2020年政府信息公开工作年度报告", status="parsed", script="simplified",
                published_at="2021-01-28", values=values, agency_out="松溪市水务局", agency_simplified="松溪市水务局")


def traditional(r):
    t = dict(r)
    for k in ("title", "agency", "short", "date"):
        t[k] = t[k].translate(TRAD)
    t["agency_out"] = t["agency"]
    t["script"] = "traditional"
    return t


def write(stem, text, r, encoding="utf-8"):
    with open(os.path.join(OUT, stem + ".txt"), "wb") as f:
        f.write(text.encode(encoding))
    with open(os.path.join(OUT, stem + ".expected.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(expected(r, stem))


def translate_doc(text):
    return text.translate(TRAD)


def main():
    os.makedirs(OUT, exist_ok=True)

    r = report_2021()
    write("101_pipe-cells-2021", render_pipe_cells(r), r)

    t = traditional(report_2021(agency="青禾縣自然資源局", title="青禾縣自然資源局2023年政府信息公開工作年度報告"))
    t["agency_simplified"] = "青禾县自然资源局"
    write("102_pipe-cells-traditional-2021", translate_doc(render_pipe_cells(t)), t)

    # One row per line, applicant columns left blank where the agency had none (blank, never 0), '/' for not applicable.
    b = report_2021(agency="柳岸街道办事处", title="柳岸街道办事处2022年政府信息公开工作年度报告", year=2022,
                    date="2023年1月16日", published_at="2023-01-16", short="我街道")
    for key in list(b["values"]):
        if key.startswith("applications/") and not key.endswith(("/natural_person", "/total")):
            b["values"][key] = ""
    b["values"].update(apps({
        "new_received": ["3", "", "", "", "", "", "3"], "carried_over": ["", "", "", "", "", "", "0"],
        "granted": ["2", "", "", "", "", "", "2"], "partially_granted": ["0", "", "", "", "", "", "0"],
        "withheld_process_info": ["0", "", "", "", "", "", "0"], "unavailable_not_held": ["1", "", "", "", "", "", "1"],
        "other_misc": ["0", "", "", "", "", "", "0"], "total_processed": ["3", "", "", "", "", "", "3"],
        "carried_forward": ["0", "", "", "", "", "", "0"]}))
    b["values"].update({"active/regulations/issued": "/", "active/regulations/repealed": "/", "active/regulations/in_force": "/"})
    b["apps_text"] = None
    write("103_pipe-rows-blank-slash-2021", render_pipe_rows(b), b)

    m = report_2021(agency="白沙湾区人民政府", title="白沙湾区人民政府 2024 年 政府信息公开工作年度报告", year=2024,
                    date="2025年1月20日", published_at="2025-01-20", short="我区",
                    apps_text="2024年，全区共受理政府信息公开申请17件（含上年结转1件），办结16件，结转下年度1件。")
    write("104_markdown-2021", render_markdown(m), m)

    s = report_2019()
    write("105_pipe-cells-2019", render_pipe_cells(s), s)

    # A genuine arithmetic error: the natural-person column of table 三 does not add up (results 6+2+1+2+1 = 12,
    # but 总计 says 11), and the document must come out as printed.
    e = report_2021(agency="东篱镇人民政府", title="东篱镇人民政府2023年政府信息公开工作年度报告", short="我镇")
    e["values"]["applications/total_processed/natural_person"] = "11"
    write("106_arithmetic-error-2021", render_pipe_rows(e), e)

    # A 2021 report that keeps the 2019 single row （六）其他处理: the three sub-rows come out missing (partial).
    g = report_2021(agency="南屏区档案馆", title="南屏区档案馆2023年政府信息公开工作年度报告", short="我馆", status="partial")
    for c in APPLICANT_COLS:
        for sub in ("other_no_correction", "other_unpaid_fee", "other_misc"):
            g["values"].pop(f"applications/{sub}/{c}")
    g["values"].update(apps({"other_handling": ["1", "0", "0", "0", "0", "0", "1"]}))
    g["legacy_other_row"] = True
    text = render_pipe_rows(g)
    lines = text.split("\n")
    start = next(i for i, l in enumerate(lines) if "逾期不补正" in l)
    lines[start:start + 3] = ["| （六）其他处理 | " + " | ".join(["1", "0", "0", "0", "0", "0", "1"]) + " |"]
    write("107_legacy-other-row-2021", "\n".join(lines), g)


if __name__ == "__main__":
    main()
