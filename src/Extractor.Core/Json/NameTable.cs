using System.Collections.Frozen;

namespace Extractor.Core.Json;

/// <summary>A two-way map between an enum and the contract's names for it; throws for anything not listed.</summary>
internal sealed class NameTable<T>
    where T : struct, Enum
{
    private readonly FrozenDictionary<T, string> _names;
    private readonly FrozenDictionary<string, T> _values;

    public NameTable(params (T Value, string Name)[] entries)
    {
        _names = entries.ToFrozenDictionary(static e => e.Value, static e => e.Name);
        _values = entries.ToFrozenDictionary(static e => e.Name, static e => e.Value, StringComparer.Ordinal);
    }

    /// <summary>Every (value, name) pair, in declaration order of the enum.</summary>
    public IEnumerable<(T Value, string Name)> Entries => Enum.GetValues<T>().Where(_names.ContainsKey).Select(v => (v, _names[v]));

    public string Name(T value) => _names.TryGetValue(value, out var name)
        ? name
        : throw new InvalidOperationException($"{typeof(T).Name}.{value} has no contract name; add it to ContractNames");

    public T Parse(string name) => _values.TryGetValue(name, out var value)
        ? value
        : throw new FormatException($"\"{name}\" is not a contract name of {typeof(T).Name}");
}
