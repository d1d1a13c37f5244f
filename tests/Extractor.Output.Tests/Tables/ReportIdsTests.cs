using Extractor.Core.Records;
using Extractor.Output.Tables;

namespace Extractor.Output.Tests.Tables;

public sealed class ReportIdsTests
{
    [Fact]
    public void For_SameBytesDifferentUri_DifferentIds()
    {
        var sha = new string('a', 64);

        var a = ReportIds.For(new ReportSource("https://a.gov.cn/r.html", sha, "html"));
        var b = ReportIds.For(new ReportSource("https://b.gov.cn/r.html", sha, "html"));

        Assert.NotEqual(a, b);
        Assert.Matches("^[0-9a-f]{16}$", a);
        Assert.Equal(a, ReportIds.For(new ReportSource("https://a.gov.cn/r.html", sha, "pdf")));
    }
}
