using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قالت إنه المتهم الرئيسي بمحاولة اغتيال رئيس الوزراء", "وشارك المتهمون في ارتكاب مجزرة الخسفة": what the accused or
/// the man caught are said to have done is the case against them, an old act — not news; their arrest is.
/// </summary>
public class ActsOfTheAccusedTests
{
    [GazetteerFact]
    public void What_the_accused_did_is_no_event()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وكانت حماس نشرت قبل يومين صورة لشخص اسمه أنس أبو خوصة، قالت إنه المتهم الرئيسي بمحاولة اغتيال رئيس الوزراء في قطاع غزة.", "2018-03-22");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void Their_arrest_is()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقال المتحدث إن القوات الأمنية ألقت القبض على ثمانية إرهابيين في الموصل. وشارك المتهمون في ارتكاب مجزرة الخسفة حيث كان التنظيم يلقي ضحاياه في حفرة كبيرة.",
            "2018-08-01");
        var arrest = Assert.Single(doc.Events);
        Assert.Equal("Arrests", arrest.SubEventType);
    }
}
