namespace Marsad.Core.Dates;

/// <summary>What kind of expression produced a date, so later stages can weigh it (explicit dates beat weekdays).</summary>
public enum DateExpressionKind
{
    Absolute,
    Relative,
    Weekday,
}

/// <summary>A date expression found in the text and resolved against the publication date.</summary>
public sealed record DateMention(TextSpan Span, PartialDate Date, DateExpressionKind Kind, int FirstToken, int LastToken);
