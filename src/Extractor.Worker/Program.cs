using Extractor.Worker.Cli;

return await CommandLine.RunAsync(args);
