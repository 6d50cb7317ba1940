namespace Marsad.Core.Dates;

/// <summary>What kind of expression produced a date, so later stages can weigh it (explicit dates beat weekdays).</summary>
public enum DateExpressionKind
{
    Absolute,
    Relative,
    Weekday,
}

/// <summary>A date expression found in the text and resolved against the publication date.</summary>
public sealed record DateMention(TextSpan Span, PartialDate Date, DateExpressionKind Kind, int FirstToken, int LastToken)
{
    /// <summary>A day of a past year that the text names ("20 آذار/مارس 2003") or goes on with ("في 21 آذار/مارس" after it).</summary>
    public bool InAPastYearsStory { get; init; }
}
