namespace Extractor.Core.Templates;

/// <summary>The values of `template` (SCHEMA.md §1).</summary>
public static class TemplateIds
{
    /// <summary>国办公开办函〔2021〕30号, report years 2021 onward.</summary>
    public const string V2021 = "2021";

    /// <summary>国办公开办函〔2019〕60号, report years 2019 and 2020.</summary>
    public const string V2019 = "2019";

    /// <summary>Before 2019: no national table.</summary>
    public const string Legacy = "legacy";

    /// <summary>Not recognised as an annual report.</summary>
    public const string Unknown = "unknown";
}
