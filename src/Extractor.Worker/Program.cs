using Extractor.Worker.Cli;

if (args.Length > 0 && args[0] == "run")
{
    return await RunCommand.RunAsync(args[1..], CancellationToken.None);
}

await Console.Error.WriteLineAsync("usage: extractor run [--config FILE] [--once]");
return 2;
