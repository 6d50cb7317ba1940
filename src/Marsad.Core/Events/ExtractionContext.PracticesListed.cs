using Marsad.Core.Text;

namespace Marsad.Core.Events;

// Practices listed: acts named as the means of a side's rule, not any act of a day.
internal sealed partial class ExtractionContext
{
    /// <summary>
    /// "الحوثيون الذين عمدوا إلى ترويع سكان المحافظة، بالقتل والخطف والاعتقال": three or more bare acts, each with its
    /// article, joined by و after a "ب" of means and with nothing after them, name how a side behaves — no act of a day.
    /// </summary>
    private bool PracticesListed(Sentence s, TriggerMention t)
    {
        if (t.FirstToken != t.LastToken || !BareAct(Tokens[t.FirstToken])) return false;
        int left = t.FirstToken, right = t.FirstToken;
        while (left - 1 >= s.FirstToken && Tokens[left].StartsWithWa && BareAct(Tokens[left - 1])) left--;
        while (right + 1 < s.EndToken && Tokens[right + 1].StartsWithWa && BareAct(Tokens[right + 1])) right++;
        if (right - left < 2 || !Tokens[left].HasProclitic("ب")) return false;
        // (nothing the acts take after them: "بالقتل والخطف والاعتقال، وهو ما تشهده", not "… والاعتقال لعشرات الناشطين")
        if (right + 1 < s.EndToken && Tokens[right + 1].Kind != TokenKind.Punctuation) return false;
        int acts = 0;
        for (int k = left; k <= right; k++)
            if (Within(_triggers, o => o.FirstToken, k, k + 1).Any()) acts++;
        return acts >= 2;
    }

    // One word with its article and no pronoun: "القتل", "والخطف", "بالاعتقال".
    private static bool BareAct(Token token) =>
        token.Kind == TokenKind.ArabicWord && token.Form.Analysis is { HasArticle: true, Enclitic: null };
}
