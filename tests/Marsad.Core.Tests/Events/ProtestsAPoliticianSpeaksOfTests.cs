using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقالت إن التظاهرات التي اجتاحت معظم المحافظات الجنوبية خرجت نتيجة سوء إدارة أموال الدولة": a politician speaking of
/// attacks with no day is making a case, but protests she speaks of are no case made — they are told.
/// </summary>
public class ProtestsAPoliticianSpeaksOfTests
{
    [GazetteerFact]
    public void Protests_an_adviser_speaks_of_are_told()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "أكدت الدكتورة وحدة الجميلي مستشارة رئيس مجلس النواب العراقي أن البرلمان سيدعم الإصلاحات في بغداد. "
            + "وقالت إن التظاهرات التي اجتاحت معظم المحافظات الجنوبية خرجت نتيجة سوء إدارة أموال الدولة.",
            "2015-08-09").Events;
        Assert.Contains(events, e => e.EventType == AcledTaxonomy.Protests);
    }
}
