namespace Extractor.Worker.State;

/// <summary>One step of a state schema: applied once, in version order, inside the transaction that opens the store.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
