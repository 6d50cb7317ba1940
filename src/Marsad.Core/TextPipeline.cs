using Marsad.Core.Dates;
using Marsad.Core.Numbers;
using Marsad.Core.Text;

namespace Marsad.Core;

/// <summary>
/// The text layer in order: tokenise → split sentences → segment clitics → stem → numbers → dates. A plain list
/// of stages; it holds no state between documents, so one instance serves many threads.
/// </summary>
public sealed class TextPipeline
{
    public TextPipeline(ArabicLexicon lexicon)
    {
        Lexicon = lexicon;
        Stages = new IDocumentStage[]
        {
            new Tokenizer(),
            new SentenceSplitter(),
            new CliticSegmenter(lexicon),
            new LightStemmer(),
            new NumberRecognizer(DualNouns.LoadDefault()),
            new DateRecognizer(),
        };
    }

    public ArabicLexicon Lexicon { get; }

    public IReadOnlyList<IDocumentStage> Stages { get; }

    /// <summary>
    /// The lexicon shipped in data/lexicons (Marsad's own word list); its closed-class words (prepositions, particles,
    /// relatives, auxiliaries) also into <paramref name="closedClass"/> when given.
    /// </summary>
    public static ArabicLexicon LoadDefaultLexicon(ArabicLexicon? closedClass = null)
    {
        var lexicon = new ArabicLexicon();
        string words = MarsadData.Path("lexicons", "arabic-words.txt");
        if (File.Exists(words)) ArabicLexicon.Load(words, lexicon, closedClass);
        return lexicon;
    }

    public static TextPipeline CreateDefault() => new(LoadDefaultLexicon());

    public Document Process(Document document)
    {
        foreach (var stage in Stages) stage.Process(document);
        return document;
    }
}
