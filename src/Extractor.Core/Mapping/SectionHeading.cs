namespace Extractor.Core.Mapping;

/// <summary>A heading line recognised by <see cref="SectionHeadings.Find"/>.</summary>
/// <param name="Key">A section key, or <see cref="SectionHeadings.Statistics"/>.</param>
/// <param name="Numbered">True for a top-level numbered heading (一、…); false for a content heading such as （一）主要问题.</param>
/// <param name="Numeral">The numeral's value (一 = 1), 0 for a content heading.</param>
internal sealed record SectionHeading(string Key, bool Numbered, int Numeral);
