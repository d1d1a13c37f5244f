using Microsoft.Extensions.Options;

namespace Extractor.Worker.Hosting;

/// <summary>The configured folders made absolute against the folder of pipeline.json.</summary>
internal sealed class PipelinePaths
{
    public PipelinePaths(RunSettings settings, IOptions<PipelineOptions> options)
    {
        ConfigDirectory = settings.ConfigDirectory;
        OutputFolder = Path.GetFullPath(options.Value.OutputFolder, ConfigDirectory);
        StateFolder = Path.GetFullPath(options.Value.StateFolder, ConfigDirectory);
    }

    public string ConfigDirectory { get; }

    public string OutputFolder { get; }

    public string StateFolder { get; }
}
