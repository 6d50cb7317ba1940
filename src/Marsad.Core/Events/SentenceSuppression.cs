using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// Which triggers of one sentence are suppressed — negated, future, a state, a tally … (<see cref="ExtractionContext.IsSuppressed"/>),
/// or joined by و to the one just before that is ("لم تشهد اشتباكات وقصفا") — each worked out only when first asked.
/// </summary>
/// <remarks>
/// The test is the dearest of the event stage, and a weak trigger beside a strong one is mostly never asked about: the
/// strong one speaks for the sentence. Every answer is the one the eager loop gave.
/// </remarks>
internal sealed class SentenceSuppression
{
    private readonly ExtractionContext _context;
    private Sentence? _sentence;
    private List<TriggerMention> _triggers = [];
    // 0 not asked yet, 1 suppressed, 2 not
    private readonly List<byte> _known = [];

    public SentenceSuppression(ExtractionContext context) => _context = context;

    /// <summary>Starts on the triggers of another sentence (the list is read, not copied).</summary>
    public void Reset(Sentence sentence, List<TriggerMention> triggers)
    {
        _sentence = sentence;
        _triggers = triggers;
        _known.Clear();
        for (int k = 0; k < triggers.Count; k++) _known.Add(0);
    }

    public bool this[int k]
    {
        get
        {
            if (_known[k] == 0)
            {
                var t = _triggers[k];
                bool off = _context.IsSuppressed(_sentence!, t) || k > 0 && _context.Coordinated(_triggers[k - 1], t) && this[k - 1];
                _known[k] = off ? (byte)1 : (byte)2;
            }
            return _known[k] == 1;
        }
    }

    /// <summary>Whether a strong trigger of the sentence is left standing.</summary>
    public bool AnyStrong()
    {
        for (int k = 0; k < _triggers.Count; k++)
            if (!_triggers[k].IsWeak && !this[k]) return true;
        return false;
    }
}
