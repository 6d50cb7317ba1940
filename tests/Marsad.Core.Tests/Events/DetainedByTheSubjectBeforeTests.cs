using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "فإن القوات الإسرائيلية اعتقلت صحفيا": after "فإن" as after "أن" the side before the verb is its subject, the one after
/// it whom it took; "أن الشرطة أوقفت 25 شخصا": the weak verb of detaining, its object people right after it, is an
/// arrest — not "أوقفت الولايات المتحدة بيانا أعدته الكويت", a thing stopped.
/// </summary>
public class DetainedByTheSubjectBeforeTests
{
    [GazetteerFact]
    public void The_side_after_fa_inna_arrested_the_journalist()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وحسب المصادر فإن القوات الإسرائيلية اعتقلت صحفيا محليا في بلدة برقين أمس.", "2015-07-24").Events);
        Assert.Equal(("Arrests", "Military Forces of Israel (2009-2021)"), (e.SubEventType, e.Actor1?.Name));
    }

    [GazetteerFact]
    public void Police_that_detained_people_arrested_them()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("وأعلنت وزارة الداخلية أن الشرطة أوقفت 25 شخصا في مدينة إسطنبول أمس.", "2015-07-24").Events);
        Assert.Equal(("Arrests", "Police Forces of Turkey (2002-2016)"), (e.SubEventType, e.Actor1?.Name));
    }

    [GazetteerFact]
    public void A_statement_stopped_is_no_arrest() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وقال دبلوماسيون إن الولايات المتحدة أوقفت بيانا أعدته الكويت لمجلس الأمن في نيويورك أمس.", "2015-07-24").Events);
}
