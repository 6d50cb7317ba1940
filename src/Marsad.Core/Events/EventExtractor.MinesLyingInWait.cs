namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    /// <summary>
    /// "الألغام التي زرعها الحوثيون في معظم الطرق تحد من سرعة الثوار", "تنزع مئات الألغام", "بسبب كثافة الألغام": mines
    /// named with no blast in the sentence and no one killed or hurt lie in wait — laid, feared, cleared — and tell no
    /// explosion ACLED could code. (A mine that went off says so — "انفجار لغم", "فانفجر به لغم" — or counts its dead.)
    /// </summary>
    private static bool MinesLyingInWait(ExtractedEvent e, ExtractionContext context)
    {
        if (e.SubEventType != "Remote explosive/landmine/IED" || e.Fatalities is not null || e.Injured is not null) return false;
        var tokens = context.Document.Tokens;
        int t = ExtractionContext.FirstAtOrAfter(tokens, k => k.Span.Start, TriggerOf(e).Start);
        if (t >= tokens.Count || !IsMineWord(tokens[t])) return false;
        return !BlastWordIn(context.Document, TriggerSentence(e, context));
    }

    // "لغم", "الألغام", "وألغام", "لغمين" (not "ملغمة", booby-trapped). ("الغام" is the normalised "ألغام": no article to strip.)
    private static bool IsMineWord(Text.Token token)
    {
        string n = token.NormWithoutWa;
        return n.EndsWith("الغام", StringComparison.Ordinal)
               || !n.StartsWith('م') && (n.EndsWith("لغم", StringComparison.Ordinal) || n.EndsWith("لغما", StringComparison.Ordinal)
                                         || n.EndsWith("لغمين", StringComparison.Ordinal) || n.EndsWith("لغمان", StringComparison.Ordinal));
    }
}
