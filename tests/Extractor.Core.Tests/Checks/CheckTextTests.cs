using System.Globalization;
using Extractor.Core.Checks;

namespace Extractor.Core.Tests.Checks;

public sealed class CheckTextTests
{
    [Fact]
    public void Number_is_spelled_as_the_custom_format_spells_it()
    {
        // The fast path for whole numbers must write what the format wrote, character for character (messages are in the JSON).
        decimal[] values =
        [
            0m, 0.00m, new(0, 0, 0, isNegative: true, scale: 0), new(0, 0, 0, isNegative: true, scale: 2), -1m * 0m, 1m, 12m, 12.00m,
            -15m, -15.0m, 7730.28m, 0.5m, -0.5m, 1e15m, -1e15m, 123456789012345678m, decimal.MaxValue, decimal.MinValue,
            9223372036854775807m, 9223372036854775808m, -9223372036854775808m, -9223372036854775809m, 1.000000000000000001m,
            3.1415926535897932384626m, 0.0000000000001m,
        ];
        Assert.Contains(values, static v => v == 0 && decimal.IsNegative(v));
        Assert.All(values, static v => Assert.Equal(v.ToString("0.############", CultureInfo.InvariantCulture), CheckText.Number(v)));
    }
}
