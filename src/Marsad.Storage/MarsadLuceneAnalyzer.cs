using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Marsad.Storage;

/// <summary>
/// Lucene.NET analysis that is Marsad's own (<see cref="SearchAnalyzer"/>): Marsad's tokeniser, hamza seats folded,
/// the matching normalisation and light10 stems — the same terms the FTS5 index holds — so the Lucene engine finds
/// what FTS5 finds (مسؤول = مسئول, which Lucene's ArabicAnalyzer misses) at Lucene's speed.
/// </summary>
public sealed class MarsadLuceneAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new MarsadTokenizer(reader));

    private sealed class MarsadTokenizer : Tokenizer
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private List<(string Term, int Start, int End)>? _terms;
        private int _next;

        public MarsadTokenizer(TextReader input) : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            // (Lucene's reusable reader gives null for an empty field.)
            _terms ??= SearchAnalyzer.Analyze(m_input.ReadToEnd() ?? "");
            if (_next >= _terms.Count) return false;
            var (term, start, end) = _terms[_next++];
            _term.SetEmpty().Append(term);
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _terms = null;
            _next = 0;
        }
    }
}
