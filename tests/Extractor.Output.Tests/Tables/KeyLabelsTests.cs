using Extractor.Core.Templates;
using Extractor.Output.Tables;

namespace Extractor.Output.Tests.Tables;

public sealed class KeyLabelsTests
{
    [Fact]
    public void Rows_AllTables_CoverEveryTemplateRowWithItsLabel()
    {
        var rows = KeyLabels.Rows(null);

        foreach (var template in new[] { TemplateCatalog.V2021, TemplateCatalog.V2019 })
        {
            foreach (var row in template.Tables.SelectMany(t => t.Rows))
            {
                Assert.Contains(row.Label, rows[row.Key], StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void WideColumns_Active_UnionOfBothTemplatesInOrderWithUnits()
    {
        var columns = KeyLabels.WideColumns("active");

        Assert.Equal(["issued", "repealed", "in_force", "decisions", "amount", "produced", "published", "total_published", "prior_items", "change", "items"], columns.Select(c => c.Key));
        Assert.Equal(["amount"], columns.Where(c => c.HasUnit).Select(c => c.Key));
    }

    [Fact]
    public void Columns_SameKeyDifferentHeaders_NamesEachTemplate()
    {
        var columns = KeyLabels.Columns("active");

        Assert.Equal("本年收费金额（单位：万元） (2021) / 采购总金额 (2019)", columns["amount"]);
        Assert.Equal("本年增/减", columns["change"]);
    }
}
