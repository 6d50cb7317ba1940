using Marsad.Core.Tests.Support;
using Marsad.Core.Text;
using Xunit.Abstractions;
using LuceneNormalizer = Lucene.Net.Analysis.Ar.ArabicNormalizer;
using LuceneStemmer = Lucene.Net.Analysis.Ar.ArabicStemmer;

namespace Marsad.Core.Tests.Text;

/// <summary>
/// Compares Marsad's normaliser + light10 stemmer with Lucene.NET's ArabicNormalizer + ArabicStemmer on every
/// Arabic word of the shared Middle-East corpus. The stemmers are the same algorithm; every disagreement must come
/// from one of Marsad's deliberate normalisation differences, each counted and explained below.
/// </summary>
public class LuceneAgreementTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Stems_agree_with_lucene_on_the_middle_east_corpus()
    {
        var tokenizer = new Tokenizer();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(SharedData.Path("corpora", "ant-middleeast"), "*.txt", SearchOption.AllDirectories))
            foreach (var t in tokenizer.Tokenize(File.ReadAllText(file)))
                if (t.Kind == TokenKind.ArabicWord)
                    counts[t.Surface] = counts.GetValueOrDefault(t.Surface) + 1;

        var luceneNormalizer = new LuceneNormalizer();
        var luceneStemmer = new LuceneStemmer();
        long tokens = 0, agreeTokens = 0;
        int agreeTypes = 0;
        var reasons = new Dictionary<string, int>();
        var unexplained = new List<string>();
        foreach (var (word, n) in counts)
        {
            tokens += n;
            string ours = LightStemmer.Stem(ArabicNormalizer.Matching.Normalize(word));
            char[] buffer = word.ToCharArray();
            int len = luceneNormalizer.Normalize(buffer, buffer.Length);
            len = luceneStemmer.Stem(buffer, len);
            string theirs = new(buffer, 0, len);
            if (ours == theirs) { agreeTypes++; agreeTokens += n; continue; }
            string? reason = Explain(word);
            if (reason is null) unexplained.Add($"{word}: marsad {ours}, lucene {theirs}");
            else reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
        }
        output.WriteLine($"words: {counts.Count:N0} types, {tokens:N0} tokens");
        output.WriteLine($"agreement: {(double)agreeTypes / counts.Count:P2} of types, {(double)agreeTokens / tokens:P2} of tokens");
        foreach (var (reason, n) in reasons.OrderByDescending(r => r.Value)) output.WriteLine($"  {n,6} types differ: {reason}");
        foreach (var u in unexplained.Take(50)) output.WriteLine("  unexplained: " + u);
        Assert.Empty(unexplained);
        Assert.True((double)agreeTokens / tokens > 0.95);
    }

    // Marsad's matching profile does more than Lucene's normaliser, on purpose; these are the only allowed causes.
    private static string? Explain(string word)
    {
        if (word.Any(c => c is 'ؤ' or 'ئ')) return "ؤ → و and ئ → ي (hamza carriers flattened for matching)";
        if (word.Contains("ىء", StringComparison.Ordinal) || word.Contains("يء", StringComparison.Ordinal)) return "ىء and يء → ي (ئ spelt with a hamza after its seat, flattened as ئ is)";
        if (word.Any(c => c is 'ٱ' or 'ٲ' or 'ٳ')) return "alef wasla and rare alef forms → ا";
        if (word.Any(c => ArabicNormalizerInternals.IsPresentationForm(c))) return "presentation forms decomposed by NFKC";
        if (word.Any(c => c is 'ک' or 'ی' or 'ې' or 'ے' or 'ە' or 'ۀ')) return "Persian/Urdu letter shapes → Arabic";
        if (word.Any(c => c is '\u0670' or >= '\u0653' and <= '\u065F' or >= '\u0610' and <= '\u061A' or >= '\u06D6' and <= '\u06ED')) return "superscript alef, maddah and Quranic marks removed";
        if (word.Any(c => c is '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C')) return "zero-width and bidi marks removed";
        return null;
    }
}

internal static class ArabicNormalizerInternals
{
    public static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE';
}
