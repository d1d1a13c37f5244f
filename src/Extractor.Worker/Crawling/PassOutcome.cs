namespace Extractor.Worker.Crawling;

/// <summary>How a pass ended, and the exit code it stands for (CLI.md: 0 all read, 1 some input not read).</summary>
/// <param name="Completed">False when a stop request interrupted it; the state is saved and the next start resumes it.</param>
/// <param name="Documents">Documents fetched (or tried) in this process.</param>
/// <param name="Reports">Reports in the datasets.</param>
/// <param name="NotRead">Inputs that could not be read: failed or blocked fetches, and failed reports.</param>
internal sealed record PassOutcome(bool Completed, int Documents, int Reports, int NotRead)
{
    public int ExitCode => NotRead > 0 || !Completed ? 1 : 0;
}
