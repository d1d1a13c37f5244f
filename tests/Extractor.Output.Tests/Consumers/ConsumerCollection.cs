namespace Extractor.Output.Tests.Consumers;

/// <summary>The consumer tests share one written set of datasets.</summary>
[CollectionDefinition(Name)]
public sealed class ConsumerCollection : ICollectionFixture<ConsumerDatasets>
{
    public const string Name = "consumers";
}
