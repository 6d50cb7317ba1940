namespace Marsad.Core.Events;

/// <summary>A trigger found in the text: its tokens and every lexicon row its form belongs to (conditions decide which applies).</summary>
public sealed record TriggerMention(TextSpan Span, int FirstToken, int LastToken, int Sentence, IReadOnlyList<TriggerEntry> Entries)
{
    /// <summary>Introduced by ب ("بالمدفعية", "بأكثر من 100 صاروخ"): the weapon of a verb, not an event of its own.</summary>
    public bool Instrumental { get; init; }

    public bool IsWeak => Entries.All(e => e.Weak);
}
