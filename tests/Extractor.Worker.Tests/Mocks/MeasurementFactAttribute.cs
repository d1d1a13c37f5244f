namespace Extractor.Worker.Tests.Mocks;

/// <summary>A measurement rather than a test (it takes real time on purpose): skipped, visibly, unless EXTRACTOR_MEASURE=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class MeasurementFactAttribute : FactAttribute
{
    public MeasurementFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("EXTRACTOR_MEASURE") != "1")
        {
            Skip = "a measurement with real delays: set EXTRACTOR_MEASURE=1 to run it";
        }
    }
}
