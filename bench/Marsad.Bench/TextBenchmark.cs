using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marsad.Core;
using Marsad.Core.Text;

namespace Marsad.Bench;

/// <summary>
/// Issue 2: MB/s of Marsad's normalise + tokenise + segment + stem, and of Lucene.NET's Arabic analysis chain
/// (StandardTokenizer + ArabicNormalizationFilter + ArabicStemFilter) over the same texts, on one thread.
/// </summary>
public static class TextBenchmark
{
    public static void Run(string folder)
    {
        var (texts, bytes) = Corpus.Load(folder);
        double mb = bytes / 1_000_000.0;
        Console.WriteLine($"corpus: {folder}: {texts.Count:N0} files, {mb:F1} MB UTF-8");

        var lexicon = TextPipeline.LoadDefaultLexicon();
        var tokenizer = new Marsad.Core.Text.Tokenizer();
        var segmenter = new CliticSegmenter(lexicon);
        var stemmer = new LightStemmer();
        long marsadTokens = 0;
        var marsad = Timing.Median(() =>
        {
            long n = 0;
            foreach (var text in texts)
            {
                var doc = new Document(text);
                tokenizer.Process(doc);
                segmenter.Process(doc);
                stemmer.Process(doc);
                n += doc.Tokens.Count;
            }
            marsadTokens = n;
        });

        // Where Marsad's time goes, stage by stage (each run re-tokenises, so later rows include the tokeniser).
        var tokenizeOnly = Timing.Median(() => { foreach (var text in texts) tokenizer.Process(new Document(text)); }, runs: 3);
        var withSegments = Timing.Median(() => { foreach (var text in texts) { var d = new Document(text); tokenizer.Process(d); segmenter.Process(d); } }, runs: 3);
        Console.WriteLine($"  stages: tokenise {mb / tokenizeOnly.TotalSeconds:F1} MB/s; tokenise+segment {mb / withSegments.TotalSeconds:F1} MB/s");

        var analyzer = new ArabicChain();
        long luceneTokens = 0;
        var lucene = Timing.Median(() =>
        {
            long n = 0;
            foreach (var text in texts)
            {
                using var stream = analyzer.GetTokenStream("body", text);
                var term = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken()) { n++; _ = term.Length; }
                stream.End();
            }
            luceneTokens = n;
        });

        Console.WriteLine($"{"pipeline",-58} {"time",9} {"MB/s",8} {"tokens",12}");
        Console.WriteLine($"{"Marsad: normalise+tokenise+segment+stem",-58} {marsad.TotalSeconds,8:F2}s {mb / marsad.TotalSeconds,8:F1} {marsadTokens,12:N0}");
        Console.WriteLine($"{"Lucene.NET: Standard+ArabicNormalization+ArabicStem",-58} {lucene.TotalSeconds,8:F2}s {mb / lucene.TotalSeconds,8:F1} {luceneTokens,12:N0}");
        Console.WriteLine($"ratio Marsad/Lucene throughput: {lucene.TotalSeconds / marsad.TotalSeconds:F2}x");
    }

    /// <summary>The Lucene chain named in the issue (ArabicAnalyzer minus its stop-word and lower-case filters).</summary>
    private sealed class ArabicChain : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream result = new ArabicNormalizationFilter(source);
            result = new ArabicStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }
}
