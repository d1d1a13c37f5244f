using System.Globalization;
using System.Text;
using System.Xml;

namespace Extractor.Core.Reading.Docx;

/// <summary>
/// Renders automatic list numbers from word/numbering.xml. Reports often number their sections (一、总体情况) and table
/// rows (1.属于国家秘密) with Word lists, so the numeral is not in the text runs; without it the section headings
/// could not be recognised.
/// </summary>
/// <remarks>
/// Counters are kept per abstract list in document order, as Word does; a w:num's startOverride restarts its level the
/// first time that num is used. Bullets render as nothing.
/// </remarks>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, AbstractList> _abstracts;
    private readonly Dictionary<int, NumberInstance> _instances;
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _startedInstances = [];

    private DocxNumbering(Dictionary<int, AbstractList> abstracts, Dictionary<int, NumberInstance> instances)
    {
        _abstracts = abstracts;
        _instances = instances;
    }

    /// <summary>Reads a numbering part; null gives a numbering that renders nothing.</summary>
    public static DocxNumbering Parse(byte[]? part)
    {
        var abstracts = new Dictionary<int, AbstractList>();
        var instances = new Dictionary<int, NumberInstance>();
        if (part is not null)
        {
            using var reader = DocxXml.Open(part);
            reader.Read();
            while (!reader.EOF)
            {
                // Reading a definition leaves the reader on the node after it, which may be the next definition.
                if (DocxXml.IsWord(reader, "abstractNum") && DocxXml.IntAttribute(reader, "abstractNumId") is int abstractId)
                {
                    abstracts[abstractId] = ReadAbstract(reader);
                }
                else if (DocxXml.IsWord(reader, "num") && DocxXml.IntAttribute(reader, "numId") is int numId)
                {
                    instances[numId] = ReadInstance(reader);
                }
                else
                {
                    reader.Read();
                }
            }
        }

        return new DocxNumbering(abstracts, instances);
    }

    /// <summary>
    /// Advances the list of <paramref name="numId"/> at <paramref name="level"/> and returns the label of this
    /// paragraph (e.g. 三、 or 2.), or null when the paragraph has no visible number.
    /// </summary>
    public string? Next(int numId, int level)
    {
        if (numId == 0 || level is < 0 or >= Levels
            || !_instances.TryGetValue(numId, out var instance)
            || !_abstracts.TryGetValue(instance.AbstractId, out var list))
        {
            return null;
        }

        if (!_counters.TryGetValue(instance.AbstractId, out var counters))
        {
            counters = new int?[Levels];
            _counters[instance.AbstractId] = counters;
        }

        if (_startedInstances.Add(numId))
        {
            foreach (var (overridden, start) in instance.StartOverrides)
            {
                counters[overridden] = start - 1;
            }
        }

        counters[level] = (counters[level] ?? (list.Levels[level]?.Start ?? 1) - 1) + 1;
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            counters[deeper] = null;
        }

        var format = list.Levels[level];
        if (format is null || format.Format is "bullet" or "none")
        {
            return null;
        }

        var label = new StringBuilder();
        var text = format.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var value = counters[referenced] ?? list.Levels[referenced]?.Start ?? 1;
                var referencedFormat = format.IsLegal ? "decimal" : list.Levels[referenced]?.Format ?? "decimal";
                label.Append(Render(value, referencedFormat));
                i++;
            }
            else
            {
                label.Append(text[i]);
            }
        }

        return label.Length == 0 ? null : label.ToString();
    }

    /// <summary>Renders a counter in one of Word's number formats; formats not listed fall back to decimal.</summary>
    internal static string Render(int value, string format) => format switch
    {
        "chineseCounting" or "chineseCountingThousand" or "japaneseCounting" or "taiwaneseCounting"
            => value == 0 ? "〇" : ChineseNumber(value, "零一二三四五六七八九", "十百千"),
        "ideographDigital" or "taiwaneseDigital" or "japaneseDigitalTenThousand"
            => string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(static c => c == '-' ? '-' : "〇一二三四五六七八九"[c - '0'])),
        "chineseLegalSimplified" => ChineseNumber(value, "零壹贰叁肆伍陆柒捌玖", "拾佰仟"),
        "ideographTraditional" when value is >= 1 and <= 10 => "甲乙丙丁戊己庚辛壬癸"[value - 1].ToString(),
        "ideographZodiac" when value is >= 1 and <= 12 => "子丑寅卯辰巳午未申酉戌亥"[value - 1].ToString(),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" when value is >= 1 and <= 20 => ((char)('①' + value - 1)).ToString(),
        "decimalFullWidth" or "decimalFullWidth2" => string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(static c => (char)(c - '0' + '０'))),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "upperLetter" => Letters(value).ToUpperInvariant(),
        "lowerLetter" => Letters(value),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string ChineseNumber(int value, string digits, string units)
    {
        if (value is < 0 or > 9999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        if (value < 10)
        {
            return digits[value].ToString();
        }

        var text = new StringBuilder();
        var parts = new[] { value / 1000, value / 100 % 10, value / 10 % 10, value % 10 };
        var zero = false;
        for (var i = 0; i < 4; i++)
        {
            var digit = parts[i];
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }

            if (zero)
            {
                text.Append(digits[0]);
                zero = false;
            }

            // 十一 rather than 一十一: the leading 一 is dropped before 十 when nothing precedes it.
            if (!(i == 2 && digit == 1 && text.Length == 0))
            {
                text.Append(digits[digit]);
            }

            if (i < 3)
            {
                text.Append(units[2 - i]);
            }
        }

        return text.ToString();
    }

    private static string Letters(int value)
    {
        if (value < 1)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        // Word repeats the letter: a … z, aa … zz.
        return new string((char)('a' + ((value - 1) % 26)), ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var text = new StringBuilder();
        foreach (var (amount, symbol) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            while (value >= amount)
            {
                text.Append(symbol);
                value -= amount;
            }
        }

        return text.ToString();
    }

    private static AbstractList ReadAbstract(XmlReader reader)
    {
        var list = new AbstractList();
        DocxXml.ForEachChild(reader, child =>
        {
            if (DocxXml.IsWord(child, "lvl") && DocxXml.IntAttribute(child, "ilvl") is int level and >= 0 and < Levels)
            {
                list.Levels[level] = ReadLevel(child);
            }
            else
            {
                child.Skip();
            }
        });
        return list;
    }

    private static LevelFormat ReadLevel(XmlReader reader)
    {
        var level = new LevelFormat();
        DocxXml.ForEachChild(reader, child =>
        {
            if (DocxXml.IsWord(child, "start"))
            {
                level.Start = DocxXml.IntAttribute(child) ?? 1;
            }
            else if (DocxXml.IsWord(child, "numFmt"))
            {
                level.Format = DocxXml.Attribute(child) ?? "decimal";
            }
            else if (DocxXml.IsWord(child, "lvlText"))
            {
                level.Text = DocxXml.Attribute(child) ?? string.Empty;
            }
            else if (DocxXml.IsWord(child, "isLgl"))
            {
                level.IsLegal = DocxXml.Toggle(child);
            }

            child.Skip();
        });
        return level;
    }

    private static NumberInstance ReadInstance(XmlReader reader)
    {
        var instance = new NumberInstance();
        DocxXml.ForEachChild(reader, child =>
        {
            if (DocxXml.IsWord(child, "abstractNumId"))
            {
                instance.AbstractId = DocxXml.IntAttribute(child) ?? -1;
                child.Skip();
            }
            else if (DocxXml.IsWord(child, "lvlOverride") && DocxXml.IntAttribute(child, "ilvl") is int level and >= 0 and < Levels)
            {
                DocxXml.ForEachChild(child, property =>
                {
                    if (DocxXml.IsWord(property, "startOverride") && DocxXml.IntAttribute(property) is int start)
                    {
                        instance.StartOverrides.Add((level, start));
                    }

                    property.Skip();
                });
            }
            else
            {
                child.Skip();
            }
        });
        return instance;
    }

    private sealed class AbstractList
    {
        public LevelFormat?[] Levels { get; } = new LevelFormat?[DocxNumbering.Levels];
    }

    private sealed class LevelFormat
    {
        public int Start { get; set; } = 1;

        public string Format { get; set; } = "decimal";

        public string Text { get; set; } = string.Empty;

        public bool IsLegal { get; set; }
    }

    private sealed class NumberInstance
    {
        public int AbstractId { get; set; } = -1;

        public List<(int Level, int Start)> StartOverrides { get; } = [];
    }
}
