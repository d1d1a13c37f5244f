namespace Extractor.Core.Mapping;

/// <summary>What a recognised label in a table does.</summary>
internal enum LabelRole
{
    /// <summary>Starts a template row; the values that follow belong to it.</summary>
    Row,

    /// <summary>Names a group of rows (（三）不予公开) and sets the context for sub-item numbers.</summary>
    Group,

    /// <summary>A column header; carries the column key when it names one.</summary>
    Header,
}
