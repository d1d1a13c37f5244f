using System.Globalization;
using System.Text;
using Extractor.Core.Documents;

namespace Extractor.Core.Tests.Documents;

/// <summary>The `at` text of every cell and diagnostic (SCHEMA.md): its exact bytes are part of the JSON output.</summary>
public sealed class SourceLocationTests
{
    [Theory]
    [InlineData(null, null, null, null, null, null, null, null, "")]
    [InlineData(3, null, 2, 4, 2, null, null, null, "page 3, table 2, row 4, col 2")]
    [InlineData(null, 17, null, null, null, null, null, null, "line 17")]
    [InlineData(null, 5, 1, 12, 3, null, null, null, "line 5, table 1, row 12, col 3")]
    [InlineData(2, null, null, null, null, 120.54, 301.0, null, "page 2 (x 120.5, y 301.0)")]
    [InlineData(1, null, null, null, null, null, null, 87.6, "page 1, OCR confidence 88")]
    [InlineData(null, null, null, null, null, null, null, 50.0, ", OCR confidence 50")]
    public void ToString_renders_the_contract_text(int? page, int? line, int? table, int? row, int? col, double? x, double? y, double? ocr, string expected)
    {
        Assert.Equal(expected, new SourceLocation(page, line, table, row, col, x, y, ocr).ToString());
    }

    [Fact]
    public void ToString_matches_the_list_and_join_rendering_it_replaced_for_every_combination()
    {
        // Every subset of the fields, with ordinary, negative, extreme and midpoint values: the stack-buffer rendering
        // must give the bytes of the earlier rendering (kept below as the reference), including past its 128 chars.
        int?[] ints = [null, 0, 7, -3, int.MaxValue];
        double?[] doubles = [null, 0.0, 7.25, 12.5, -0.04, 1e300];
        var compared = 0;
        foreach (var page in ints)
        {
            foreach (var line in ints)
            {
                foreach (var table in new int?[] { null, 2 })
                {
                    foreach (var row in new int?[] { null, 4, int.MinValue })
                    {
                        foreach (var x in doubles)
                        {
                            foreach (var ocr in doubles)
                            {
                                var at = new SourceLocation(page, line, table, row, line, x, x is null ? null : 301.96, ocr);
                                Assert.Equal(Reference(at), at.ToString());
                                compared++;
                            }
                        }
                    }
                }
            }
        }

        Assert.Equal(5 * 5 * 2 * 3 * 6 * 6, compared);
    }

    [Fact]
    public void TryParse_reads_back_every_text_ToString_writes()
    {
        // The same combinations as above, all columns set or not: what comes back renders the very same text, and each
        // field is the written one (coordinates to one decimal, the confidence to a whole number, as written).
        int?[] ints = [null, 0, 7, -3, int.MaxValue];
        double?[] doubles = [null, 0.0, 7.25, 12.5, -0.04, 1e15];
        var parsed = 0;
        foreach (var page in ints)
        {
            foreach (var line in new int?[] { null, 5 })
            {
                foreach (var table in new int?[] { null, 2 })
                {
                    foreach (var row in new int?[] { null, 4, int.MinValue })
                    {
                        foreach (var column in ints)
                        {
                            foreach (var x in doubles)
                            {
                                foreach (var ocr in doubles)
                                {
                                    var at = new SourceLocation(page, line, table, row, column, x, x is null ? null : 301.96, ocr);
                                    var text = at.ToString();
                                    Assert.True(SourceLocation.TryParse(text, out var back), text);
                                    Assert.Equal(text, back.ToString());
                                    Assert.Equal((at.Page, at.Line, at.Table, at.Row, at.Column), (back.Page, back.Line, back.Table, back.Row, back.Column));
                                    Assert.Equal(at.X is { } ax ? Math.Round(ax, 1, MidpointRounding.AwayFromZero) : null, back.X);
                                    Assert.Equal(at.Y is null ? null : 302.0, back.Y);
                                    Assert.Equal(at.OcrConfidence is { } c ? Math.Round(c, 0, MidpointRounding.AwayFromZero) : null, back.OcrConfidence);
                                    parsed++;
                                }
                            }
                        }
                    }
                }
            }
        }

        Assert.Equal(5 * 2 * 2 * 3 * 5 * 6 * 6, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("page three")]
    [InlineData("row 3, page 1")]
    [InlineData("page 1, page 2")]
    [InlineData("page 1, ")]
    [InlineData("page 1, cell 4")]
    [InlineData("page 1 (x 12.0)")]
    [InlineData("page 1 (x 12.0, y )")]
    [InlineData("page 1, OCR confidence high")]
    [InlineData("page 1 OCR confidence 80")]
    [InlineData("第 1 页")]
    public void TryParse_refuses_any_other_text(string? text)
    {
        Assert.False(SourceLocation.TryParse(text, out var location));
        Assert.Null(location);
    }

    private static string Reference(SourceLocation at)
    {
        var parts = new List<string>(6);
        if (at.Page is int page)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"page {page}"));
        }

        if (at.Line is int line)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"line {line}"));
        }

        if (at.Table is int table)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"table {table}"));
        }

        if (at.Row is int row)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"row {row}"));
        }

        if (at.Column is int column)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"col {column}"));
        }

        var text = new StringBuilder(string.Join(", ", parts));
        if (at.X is double x && at.Y is double y)
        {
            text.Append(CultureInfo.InvariantCulture, $" (x {x:0.0}, y {y:0.0})");
        }

        if (at.OcrConfidence is double confidence)
        {
            text.Append(CultureInfo.InvariantCulture, $", OCR confidence {confidence:0}");
        }

        return text.ToString();
    }
}
