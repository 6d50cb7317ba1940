using Marsad.Core.Text;
using Xunit.Abstractions;

namespace Marsad.Core.Tests.Text;

/// <summary>
/// Accuracy of the clitic segmenter on Fixtures/clitics.tsv: 445 words taken from the shared news corpora and
/// segmented by hand. The segmenter uses only the shipped lexicon (data/lexicons/arabic-words.txt).
/// </summary>
public class CliticFixtureTests(ITestOutputHelper output)
{
    public static IEnumerable<(string Word, string Gold)> Cases()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "clitics.tsv");
        bool header = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!header) { header = true; continue; }
            var cols = line.Split('\t');
            yield return (cols[0], cols[1]);
        }
    }

    [Fact]
    public void Fixture_has_at_least_300_hand_checked_words() => Assert.True(Cases().Count() >= 300);

    [Fact]
    public void Segmenter_accuracy_on_the_hand_checked_fixture()
    {
        var segmenter = new CliticSegmenter(TextPipeline.LoadDefaultLexicon());
        var cases = Cases().ToList();
        var wrong = new List<string>();
        int overSplit = 0, underSplit = 0;
        foreach (var (word, gold) in cases)
        {
            string got = segmenter.Segment(word).ToString();
            if (Same(got, gold)) continue;
            wrong.Add($"{word}\tgold {gold}\tgot {got}");
            if (got.Count(c => c == '+') > gold.Count(c => c == '+')) overSplit++; else underSplit++;
        }
        double accuracy = 1.0 - (double)wrong.Count / cases.Count;
        output.WriteLine($"clitic segmentation accuracy: {accuracy:P1} ({cases.Count - wrong.Count}/{cases.Count}); over-split {overSplit}, under-split {underSplit}");
        foreach (var w in wrong) output.WriteLine(w);
        Assert.True(accuracy >= 0.85, $"accuracy {accuracy:P1} below 85%");
    }

    // Stems are compared under the matching normalisation: ى/ي and hamza seats are spelling, not segmentation.
    private static bool Same(string a, string b)
    {
        var pa = a.Split('+');
        var pb = b.Split('+');
        return pa.Length == pb.Length && pa.Zip(pb).All(p => ArabicNormalizer.Matching.Normalize(p.First) == ArabicNormalizer.Matching.Normalize(p.Second));
    }
}
