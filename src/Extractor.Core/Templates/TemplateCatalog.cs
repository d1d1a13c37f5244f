namespace Extractor.Core.Templates;

/// <summary>The keys and Chinese labels of the two national formats (SCHEMA.md §3). Keys are public names: add, never rename.</summary>
public static class TemplateCatalog
{
    /// <summary>The applicant columns of table 三, in printed order.</summary>
    public static IReadOnlyList<ColumnDefinition> ApplicantColumns { get; } =
    [
        new("natural_person", "自然人"),
        new("commercial", "商业企业"),
        new("research", "科研机构"),
        new("social_welfare", "社会公益组织"),
        new("legal_service", "法律服务机构"),
        new("other_org", "其他"),
        new("total", "总计"),
    ];

    /// <summary>The result columns of table 四, repeated for each of its three rows.</summary>
    public static IReadOnlyList<ColumnDefinition> AppealColumns { get; } =
    [
        new("upheld", "结果维持"),
        new("corrected", "结果纠正"),
        new("other", "其他结果"),
        new("pending", "尚未审结"),
        new("total", "总计"),
    ];

    /// <summary>The 2019 single row （六）其他处理, which some 2021-format reports keep; it is emitted in addition to the template's cells.</summary>
    public static RowDefinition OtherHandlingRow { get; } = new("other_handling", "（六）其他处理", ApplicantColumns, IsOutcome: true);

    /// <summary>Table 四, the same in both formats.</summary>
    public static TableDefinition Appeals { get; } = new("appeals", "四、政府信息公开行政复议、行政诉讼情况",
    [
        new("review", "行政复议", AppealColumns),
        new("litigation_direct", "行政诉讼 未经复议直接起诉", AppealColumns),
        new("litigation_after_review", "行政诉讼 复议后起诉", AppealColumns),
    ]);

    /// <summary>The format of 国办公开办函〔2021〕30号.</summary>
    public static TemplateDefinition V2021 { get; } = new(TemplateIds.V2021,
    [
        new("active", "二、主动公开政府信息情况",
        [
            new("regulations", "规章", DocumentColumns2021),
            new("normative_documents", "行政规范性文件", DocumentColumns2021),
            new("licensing", "行政许可", [Decisions2021]),
            new("penalty", "行政处罚", [Decisions2021]),
            new("coercion", "行政强制", [Decisions2021]),
            new("fees", "行政事业性收费", [new("amount", "本年收费金额（单位：万元）", "万元")]),
        ]),
        Applications(withOtherSubRows: true),
        Appeals,
    ]);

    /// <summary>The trial format of 国办公开办函〔2019〕60号.</summary>
    public static TemplateDefinition V2019 { get; } = new(TemplateIds.V2019,
    [
        new("active", "二、主动公开政府信息情况",
        [
            new("regulations", "规章", DocumentColumns2019),
            new("normative_documents", "规范性文件", DocumentColumns2019),
            new("licensing", "行政许可", ItemColumns2019),
            new("other_services", "其他对外管理服务事项", ItemColumns2019),
            new("penalty", "行政处罚", ItemColumns2019),
            new("coercion", "行政强制", ItemColumns2019),
            new("fees", "行政事业性收费", [ItemColumns2019[0], ItemColumns2019[1]]),
            new("procurement", "政府集中采购", [new("items", "采购项目数量"), new("amount", "采购总金额", "万元")]),
        ]),
        Applications(withOtherSubRows: false),
        Appeals,
    ]);

    /// <summary>The template with id <paramref name="id"/>, or null for legacy and unknown.</summary>
    public static TemplateDefinition? Get(string id) => id switch
    {
        TemplateIds.V2021 => V2021,
        TemplateIds.V2019 => V2019,
        _ => null,
    };

    private static ColumnDefinition Decisions2021 => new("decisions", "本年处理决定数量");

    private static IReadOnlyList<ColumnDefinition> DocumentColumns2021 =>
    [
        new("issued", "本年制发件数"),
        new("repealed", "本年废止件数"),
        new("in_force", "现行有效件数"),
    ];

    private static IReadOnlyList<ColumnDefinition> DocumentColumns2019 =>
    [
        new("produced", "本年新制作数量"),
        new("published", "本年新公开数量"),
        new("total_published", "对外公开总数量"),
    ];

    private static IReadOnlyList<ColumnDefinition> ItemColumns2019 =>
    [
        new("prior_items", "上一年项目数量"),
        new("change", "本年增/减"),
        new("decisions", "处理决定数量"),
    ];

    private static TableDefinition Applications(bool withOtherSubRows)
    {
        var c = ApplicantColumns;
        var rows = new List<RowDefinition>
        {
            new("new_received", "一、本年新收政府信息公开申请数量", c),
            new("carried_over", "二、上年结转政府信息公开申请数量", c),
            new("granted", "三、本年度办理结果 （一）予以公开", c, true),
            new("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", c, true),
            new("withheld_state_secret", "（三）不予公开 1.属于国家秘密", c, true),
            new("withheld_prohibited_by_law", "（三）不予公开 2.其他法律行政法规禁止公开", c, true),
            new("withheld_three_safeties", "（三）不予公开 3.危及“三安全一稳定”", c, true),
            new("withheld_third_party", "（三）不予公开 4.保护第三方合法权益", c, true),
            new("withheld_internal_affairs", "（三）不予公开 5.属于三类内部事务信息", c, true),
            new("withheld_process_info", "（三）不予公开 6.属于四类过程性信息", c, true),
            new("withheld_enforcement_file", "（三）不予公开 7.属于行政执法案卷", c, true),
            new("withheld_query_matter", "（三）不予公开 8.属于行政查询事项", c, true),
            new("unavailable_not_held", "（四）无法提供 1.本机关不掌握相关政府信息", c, true),
            new("unavailable_needs_creation", "（四）无法提供 2.没有现成信息需要另行制作", c, true),
            new("unavailable_unclear", "（四）无法提供 3.补正后申请内容仍不明确", c, true),
            new("not_processed_petition", "（五）不予处理 1.信访举报投诉类申请", c, true),
            new("not_processed_duplicate", "（五）不予处理 2.重复申请", c, true),
            new("not_processed_publication", "（五）不予处理 3.要求提供公开出版物", c, true),
            new("not_processed_excessive", "（五）不予处理 4.无正当理由大量反复申请", c, true),
            new("not_processed_confirmation", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息", c, true),
        };
        if (withOtherSubRows)
        {
            rows.Add(new("other_no_correction", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", c, true));
            rows.Add(new("other_unpaid_fee", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", c, true));
            rows.Add(new("other_misc", "（六）其他处理 3.其他", c, true));
        }
        else
        {
            rows.Add(OtherHandlingRow);
        }

        rows.Add(new("total_processed", "（七）总计", c));
        rows.Add(new("carried_forward", "四、结转下年度继续办理", c));
        return new("applications", "三、收到和处理政府信息公开申请情况", rows);
    }
}
