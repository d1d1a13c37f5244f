using System.Text;
using Extractor.Core.Documents;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Text;
using Extractor.Core.Records;
using Microsoft.Extensions.Time.Testing;

namespace Extractor.Core.Tests.Pipeline;

/// <summary>Containment and budgets: whatever one document does, it ends as its own failed result and the run goes on.</summary>
public sealed class ExtractionPipelineTests
{
    private static SourceDocument Text(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Parse_ReaderThrows_FailedWithInternalErrorNamingTheException()
    {
        var pipeline = new ExtractionPipeline([new FakeReader(_ => throw new InvalidOperationException("boom"))]);

        var result = pipeline.Parse(Text("bad.txt", "政府信息公开工作年度报告"));

        Assert.Equal(ReportStatus.Failed, result.Status);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InternalError, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Contains("System.InvalidOperationException", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("boom", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("text", result.Source.Format);
    }

    [Fact]
    public void Sniff_Html_CarriesFormatAndDecodedTextWithItsOrigin()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>年度报告</p></body></html>");

        var sniffed = ExtractionPipeline.Sniff(new SourceDocument("a.html", bytes));

        Assert.Equal(DocumentFormat.Html, sniffed.Format);
        Assert.NotNull(sniffed.Decoded);
        Assert.Contains("年度报告", sniffed.Decoded.Text, StringComparison.Ordinal);
        Assert.Equal("meta", sniffed.Decoded.Origin);
        Assert.Same(sniffed, ExtractionPipeline.Sniff(sniffed));
    }

    [Fact]
    public async Task ParseAsync_CooperativeReaderPastTimeout_FailedWithTheBudget()
    {
        var time = new FakeTimeProvider();
        var started = new TaskCompletionSource();
        var pipeline = new ExtractionPipeline(
            [new FakeReader(s => { started.SetResult(); s.Cancellation.WaitHandle.WaitOne(); s.Cancellation.ThrowIfCancellationRequested(); return null!; })],
            new ExtractionOptions { DocumentTimeout = TimeSpan.FromSeconds(10), Time = time });

        var work = pipeline.ParseAsync(Text("slow.txt", "x"));
        await started.Task;
        time.Advance(TimeSpan.FromSeconds(10));
        var result = await AdvanceUntilDone(time, work);

        Assert.Equal(ReportStatus.Failed, result.Status);
        Assert.Equal(DiagnosticCodes.BudgetExceeded, Assert.Single(result.Diagnostics).Code);
        Assert.Contains("limits:documentTimeout", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_ReaderSendsPagesToOcr_BudgetGrowsByTheAllowancePerPage()
    {
        var time = new FakeTimeProvider();
        var announced = new TaskCompletionSource<CancellationToken>();
        var pipeline = new ExtractionPipeline(
            [new FakeReader(s =>
            {
                // A scan of three pages: the reader announces them before it starts on them.
                s.AllowOcrPages!(3);
                announced.SetResult(s.Cancellation);
                s.Cancellation.WaitHandle.WaitOne();
                s.Cancellation.ThrowIfCancellationRequested();
                return null!;
            })],
            new ExtractionOptions { DocumentTimeout = TimeSpan.FromSeconds(10), OcrPageAllowance = TimeSpan.FromSeconds(60), Time = time });

        var work = pipeline.ParseAsync(Text("scan.txt", "x"));
        var token = await announced.Task;

        // 10 s + 3 × 60 s = 190 s: still running one second before, stopped at it.
        time.Advance(TimeSpan.FromSeconds(189));
        Assert.False(token.IsCancellationRequested);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(token.IsCancellationRequested);
        var result = await AdvanceUntilDone(time, work);

        Assert.Equal(ReportStatus.Failed, result.Status);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.BudgetExceeded, diagnostic.Code);
        Assert.Contains("190 s", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("3 OCR page(s)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_OcrPagesAnnouncedAfterTheBudgetIsSpent_StillStopped()
    {
        // An allowance cannot revive a document whose budget already ran out.
        var time = new FakeTimeProvider();
        var started = new TaskCompletionSource<SourceDocument>();
        using var go = new ManualResetEventSlim();
        var pipeline = new ExtractionPipeline(
            [new FakeReader(s =>
            {
                started.SetResult(s);
                go.Wait();
                s.AllowOcrPages!(5);
                s.Cancellation.ThrowIfCancellationRequested();
                return null!;
            })],
            new ExtractionOptions { DocumentTimeout = TimeSpan.FromSeconds(10), OcrPageAllowance = TimeSpan.FromSeconds(60), Time = time });

        var work = pipeline.ParseAsync(Text("late.txt", "x"));
        var source = await started.Task;
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(source.Cancellation.IsCancellationRequested);
        go.Set();
        var result = await AdvanceUntilDone(time, work);

        Assert.Equal(ReportStatus.Failed, result.Status);
        Assert.Contains("limits:documentTimeout", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_ReaderThatNeverStops_AbandonedAndFailed()
    {
        var time = new FakeTimeProvider();
        using var never = new ManualResetEventSlim();
        var started = new TaskCompletionSource();
        var pipeline = new ExtractionPipeline(
            [new FakeReader(_ => { started.SetResult(); never.Wait(); return null!; })],
            new ExtractionOptions { DocumentTimeout = TimeSpan.FromSeconds(5), Time = time });

        var work = pipeline.ParseAsync(Text("hang.txt", "x"));
        await started.Task;
        var result = await AdvanceUntilDone(time, work);
        never.Set();

        Assert.Equal(ReportStatus.Failed, result.Status);
        Assert.Equal(DiagnosticCodes.BudgetExceeded, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task ParseAsync_RunStopped_ThrowsSoTheCallerStops()
    {
        var started = new TaskCompletionSource();
        using var stop = new CancellationTokenSource();
        var pipeline = new ExtractionPipeline(
            [new FakeReader(s => { started.SetResult(); s.Cancellation.WaitHandle.WaitOne(); s.Cancellation.ThrowIfCancellationRequested(); return null!; })]);

        var work = pipeline.ParseAsync(Text("slow.txt", "x"), stop.Token);
        await started.Task;
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work);
    }

    [Fact]
    public async Task ParseAllAsync_DocumentsFinishingOutOfOrder_YieldInInputOrder()
    {
        // The first document is held until the last has been read: output order must still be input order.
        using var lastRead = new ManualResetEventSlim();
        var reader = new FakeReader(s =>
        {
            if (s.Uri == "0.txt")
            {
                lastRead.Wait();
            }

            if (s.Uri == "3.txt")
            {
                lastRead.Set();
            }

            return new TextReportReader().Read(s);
        });
        var pipeline = new ExtractionPipeline([reader], new ExtractionOptions { Parallelism = 4 });
        var names = Enumerable.Range(0, 6).Select(static i => $"{i}.txt").ToList();

        var order = new List<string>();
        await foreach (var (name, result) in pipeline.ParseAllAsync(names, (n, _) => Task.FromResult<SourceDocument?>(Text(n, "无关文字")), CancellationToken.None))
        {
            Assert.NotNull(result);
            Assert.Equal(name, result.Source.Uri);
            order.Add(name);
        }

        Assert.Equal(names, order);
    }

    [Fact]
    public void MemoryWatchdog_HeapOverBudget_CancelsTheOldestOnceUntilTheHeapRecovers()
    {
        long heap = 0;
        var options = new ExtractionOptions { DocumentMemory = 100, Time = new FakeTimeProvider() };
        using var watchdog = new MemoryWatchdog(options, () => heap);
        using var first = new CancellationTokenSource();
        using var second = new CancellationTokenSource();
        string? why = null;
        using var a = watchdog.Watch(first, w => why = w);
        using var b = watchdog.Watch(second, _ => { });

        watchdog.Poll();
        Assert.False(first.IsCancellationRequested);

        heap = 250;
        watchdog.Poll();
        watchdog.Poll();

        Assert.True(first.IsCancellationRequested);
        Assert.False(second.IsCancellationRequested);
        Assert.Contains("limits:documentMemory", why, StringComparison.Ordinal);
    }

    private static async Task<ReportResult> AdvanceUntilDone(FakeTimeProvider time, Task<ReportResult> work)
    {
        // Explicit steps of the fake clock until the pipeline has given up; the outcome never depends on real time.
        while (!work.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(work, Task.Delay(20));
        }

        return await work;
    }

    private sealed class FakeReader(Func<SourceDocument, ReportDocument> read) : IDocumentReader
    {
        public DocumentFormat Format => DocumentFormat.Text;

        public ReportDocument Read(SourceDocument source) => read(source);
    }
}
