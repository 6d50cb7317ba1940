using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقع الحادث في 10 فبراير" dates what the next sentences tell of the incident when they give no day of their own.
/// </summary>
public class IncidentDayTests
{
    [GazetteerFact]
    public void The_day_the_incident_happened_dates_the_sentence_after_it()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "أعلن الجيش الإسرائيلي، الأحد، نتائج التحقيق في إسقاط طائرته.\n" +
            "ووقع الحادث في 10 فبراير، بعد تسلل طائرة إيرانية دون طيار.\n" +
            "وشنت إسرائيل غارة على مركز قيادة إيراني في مطار التيفور في سوريا.", "2018-02-25");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.Equal(new DateOnly(2018, 2, 10), strike.Date.Date);
    }

    [GazetteerFact]
    public void A_sentence_with_a_day_of_its_own_keeps_it()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "ووقع الحادث في 10 فبراير في مطار التيفور.\n" +
            "وشنت إسرائيل الخميس غارة على مركز قيادة إيراني في مطار التيفور في سوريا.", "2018-02-25");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.Equal(new DateOnly(2018, 2, 22), strike.Date.Date);
    }
}
