using Extractor.Worker.State;

namespace Extractor.Worker.Tests.State;

public sealed class StateStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("extractor-state-").FullName;

    [Fact]
    public void BeginPass_AfterAKillDuringAFetch_ResumesThePassAndRequeuesTheItem()
    {
        var seed = new DiscoveredLink("http://x.gov.cn/a.html", "s", FrontierKind.Report, 0);
        long passId;
        using (var store = new StateStore(_folder, TimeProvider.System))
        {
            (passId, _) = store.BeginPass([seed], ["s"]);
            store.MarkFetching(store.NextQueued()!);

            // No Complete: the process "dies" here.
        }

        using var reopened = new StateStore(_folder, TimeProvider.System);
        var (resumedId, resumed) = reopened.BeginPass([seed], ["s"]);
        var item = reopened.NextQueued();

        Assert.True(resumed);
        Assert.Equal(passId, resumedId);
        Assert.NotNull(item);
        Assert.Equal(1, item.Attempts);
    }

    [Fact]
    public void Complete_SameVersionTwice_StoresItOnce()
    {
        using var store = new StateStore(_folder, TimeProvider.System);
        var (passId, _) = store.BeginPass([new DiscoveredLink("http://x.gov.cn/a.html", "s", FrontierKind.Report, 0)], ["s"]);
        var item = store.NextQueued()!;
        var completion = new ItemCompletion { Item = item, State = FrontierState.Parsed, Sha256 = "ab", Version = ("parsed", "{}") };

        store.Complete(passId, completion);
        store.Complete(passId, completion);

        Assert.Single(store.CurrentResults());
        Assert.True(store.HasVersion(item.Url, "ab"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
