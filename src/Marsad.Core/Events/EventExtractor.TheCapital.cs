using Marsad.Core.Actors;
using Marsad.Core.Geo;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

public sealed partial class EventExtractor
{
    // Nationality adjectives in their matching form, with the country each names ("اليمنيه" → YE): "العاصمة اليمنية".
    private readonly Dictionary<string, string> _adjectiveCountries = AdjectiveCountries(catalog);

    private static Dictionary<string, string> AdjectiveCountries(ActorCatalog catalog)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in catalog.Nationalities)
            foreach (var adjective in n.AdjectivesAr)
            {
                var norm = ArabicNormalizer.Matching.Normalize(adjective);
                map.TryAdd(norm, n.Iso2);
                map.TryAdd("ال" + norm, n.Iso2);
            }
        return map;
    }

    /// <summary>
    /// "وشنت مقاتلات التحالف غارات على مواقع الحوثيين بالعاصمة", "انفجار في العاصمة اليمنية": the capital named by the word
    /// alone (after the act, the sentence naming no town of its own) is the capital of the country its adjective names,
    /// else of the country the article's place lies in.
    /// </summary>
    private IReadOnlyList<PlaceMention> TheCapital(ExtractionContext context, Sentence sentence, TriggerMention trigger, IReadOnlyList<PlaceMention> places)
    {
        if (capitalOf is null || places.Any(p => p.FirstToken >= sentence.FirstToken && p.FirstToken < sentence.EndToken)) return places;
        var tokens = context.Document.Tokens;
        for (int k = trigger.LastToken + 1; k < Math.Min(sentence.EndToken, trigger.LastToken + 13); k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Punctuation) break;
            // (the word test first: this runs for every event, and the lemma's forms cost a string each)
            if (!token.Norm.Contains("عاصمه", StringComparison.Ordinal)) continue;
            if (DefiniteArticle.Off(BareLemma(token)) != "عاصمه" || token.Form.Analysis is not { HasArticle: true } && !token.Norm.Contains("العاصمه")) continue;
            int last = k;
            string? iso2 = null;
            if (k + 1 < sentence.EndToken && _adjectiveCountries.TryGetValue(tokens[k + 1].Norm, out var named)) (iso2, last) = (named, k + 1);
            // ("استولوا على العاصمة الرابعة في الوطن العربي", "العاصمة الاقتصادية": another adjective makes it no country's seat)
            else if (k + 1 < sentence.EndToken && tokens[k + 1].Form.Analysis is { HasArticle: true }) return places;
            // ("العاصمة السورية دمشق": a name after it is the place itself, which the sentence would have given)
            iso2 ??= places.FirstOrDefault()?.Place?.CountryCode ?? context.OnlyCountry()?.Place?.CountryCode;
            if (iso2 is null || capitalOf(iso2) is not { } seat) return places;
            var span = new TextSpan(token.Span.Start, tokens[last].Span.End);
            return new[] { new PlaceMention(span, context.Document.Slice(span), k, last, seat, 1, null, 0.8) };
        }
        return places;
    }
}
