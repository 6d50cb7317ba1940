using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A report's lead sums up as its headline does: "قتل 15 عنصرًا من تنظيم داعش اليوم بعملية أمنية … شرقي الرمادي" and the
/// body's "شنت عملية عسكرية في منطقة حصيبة الشرقية … وتمكنت من قتل 15 عنصرًا" are one act with one toll, placed where the
/// body places it.
/// </summary>
public class LeadOfTheSameTollTests
{
    [GazetteerFact]
    public void The_lead_with_the_bodys_toll_is_the_bodys_act()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قتل 12 عنصرا من تنظيم داعش اليوم بعملية أمنية نفذتها القوات العراقية شرقي الرمادي.\n" +
            "وأفاد مسؤول محلي أن القوات الأمنية شنت عملية عسكرية في منطقة حصيبة الشرقية شرقي الرمادي وتمكنت من قتل 12 عنصرا من تنظيم داعش.",
            "2015-07-31").Events;
        var e = Assert.Single(events);
        Assert.Equal(12, e.Fatalities);
        Assert.Equal("Husaybah al-Sharqiyah", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void The_lead_comes_after_the_dateline()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "عين اليوم – بغداد\n" +
            "قتل 12 عنصرا من تنظيم داعش اليوم بعملية أمنية نفذتها القوات العراقية شرقي الرمادي.\n" +
            "وأفاد مسؤول محلي أن القوات الأمنية شنت عملية عسكرية في منطقة حصيبة الشرقية شرقي الرمادي وتمكنت من قتل 12 عنصرا من تنظيم داعش.",
            "2015-07-31").Events;
        Assert.Equal("Husaybah al-Sharqiyah", Assert.Single(events).Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_lead_with_another_toll_is_another_act()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قتل 12 عنصرا من تنظيم داعش اليوم بعملية أمنية نفذتها القوات العراقية شرقي الرمادي.\n" +
            "وفي الموصل، شنت القوات الأمنية عملية عسكرية وتمكنت من قتل 5 عناصر من تنظيم داعش.",
            "2015-07-31").Events;
        Assert.Equal(2, events.Count);
    }
}
