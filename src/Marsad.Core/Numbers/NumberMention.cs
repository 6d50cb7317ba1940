namespace Marsad.Core.Numbers;

/// <summary>
/// A quantity found in the text. For vague quantities <see cref="Value"/> follows ACLED's conventions
/// (عشرات "dozens" → 12, مئات "hundreds" → 100, آلاف "thousands" → 1000).
/// </summary>
public sealed record NumberMention(TextSpan Span, decimal Value, NumberQualifier Qualifier, int FirstToken, int LastToken);
