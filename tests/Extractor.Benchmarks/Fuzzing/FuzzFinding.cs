namespace Extractor.Benchmarks.Fuzzing;

/// <summary>A mutant that crashed, hung or passed the memory line, with the mutation and the failure.</summary>
/// <param name="Kind">crash, hang or memory.</param>
/// <param name="Signature">Exception type and the first frame of our code, to group findings.</param>
/// <param name="Index">The mutant's number in the run.</param>
/// <param name="Input">The fixture it was derived from.</param>
/// <param name="Mutation">The mutation applied.</param>
/// <param name="Detail">The exception, or what was measured.</param>
/// <param name="Bytes">The mutant.</param>
internal sealed record FuzzFinding(string Kind, string Signature, int Index, string Input, string Mutation, string Detail, byte[] Bytes);
