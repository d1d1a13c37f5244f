using System.Globalization;
using Extractor.Core.Checks;

namespace Extractor.Core.Tests.Checks;

public sealed class CheckTextTests
{
    public static TheoryData<decimal> Values() =>
    [
        0m, 0.00m, -0m, 0m * -1m, -0.0m, 1m, 12m, 12.00m, -15m, 7730.28m, 0.5m, -0.5m, 1e15m, -1e15m, 123456789012345678m,
        decimal.MaxValue, decimal.MinValue, 9223372036854775807m, 9223372036854775808m, -9223372036854775808m,
        -9223372036854775809m, 1.000000000000000001m, 3.1415926535897932384626m,
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public void Number_is_spelled_as_the_custom_format_spells_it(decimal value)
    {
        // The fast path for whole numbers must write what the format wrote, byte for byte (messages are part of the JSON).
        Assert.Equal(value.ToString("0.############", CultureInfo.InvariantCulture), CheckText.Number(value));
    }
}
