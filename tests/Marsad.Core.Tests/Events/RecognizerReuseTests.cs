using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The trigger, cue and place stages reuse per-thread work space (match lists, cue entries, place candidates):
/// a document's results must not depend on the documents processed before it on the same thread.
/// </summary>
public class RecognizerReuseTests
{
    private const string First = "وقال المرصد السوري إن طائرات حربية شنت غارات على مدينة دير الزور، ولم يسفر القصف عن قتلى.";
    private const string Second = "أفادت مصادر محلية بأن اشتباكات عنيفة اندلعت في ريف حلب الشمالي وقتل فيها ثلاثة عناصر.";

    private static string Describe(Document doc) => string.Join("\n",
        doc.Triggers.Select(t => $"T {t.Span} {t.FirstToken}-{t.LastToken} [{string.Join(",", t.Entries.Select(e => e.Line))}] {t.Instrumental}")
            .Concat(Enumerable.Range(0, doc.Tokens.Count).SelectMany(i => Enum.GetValues<CueClass>()
                .Where(c => doc.Cues.IsAt(c, i, int.MaxValue, out _))
                .Select(c => { doc.Cues.IsAt(c, i, int.MaxValue, out int last); return $"C {i} {c} {last}"; })))
            .Concat(doc.Places.Select(p => $"P {p}")));

    [Fact]
    public void A_document_gives_the_same_results_alone_and_after_others()
    {
        var alone = Describe(TestPipeline.Extract(Second, "2018-03-10"));
        var first = TestPipeline.Extract(First, "2018-03-10");
        string firstBefore = Describe(first);
        var after = Describe(TestPipeline.Extract(Second, "2018-03-10"));
        Assert.Equal(alone, after);
        // the first document's marks and triggers are its own: processing another one leaves them as they were
        Assert.Equal(firstBefore, Describe(first));
        Assert.NotEmpty(first.Triggers);
        Assert.True(first.Cues.Find(CueClass.Reporting, 0, first.Tokens.Count) is not null);
    }

    [Fact]
    public void Triggers_with_one_row_share_it_and_read_it_alike()
    {
        var a = TestPipeline.Extract("شنت طائرات حربية غارات على البلدة.", "2018-03-10");
        var b = TestPipeline.Extract("وشنت طائرات غارات جديدة.", "2018-03-10");
        var ta = a.Triggers.First(t => a.Slice(t.Span).Contains("غارات"));
        var tb = b.Triggers.First(t => b.Slice(t.Span).Contains("غارات"));
        Assert.Equal(ta.Entries.Select(e => e.Line), tb.Entries.Select(e => e.Line));
        Assert.Equal(ta.Entries.Distinct().Count(), ta.Entries.Count);
    }
}
