using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "لتستعيده للمرة الأولى منذ خسارته عام 2015": the year an act is the first since is the record's starting point, not
/// the act's date — the act is today's. "وردا على صواريخ حماس، شنت إسرائيل غارات جوية": an answer fronted before its
/// act, up to the comma, names what is answered — the striker is the side after it.
/// </summary>
public class RecordsAndFrontedAnswersTests
{
    [GazetteerFact]
    public void The_first_time_since_a_year_is_todays_act() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "سيطرت قوات النظام السوري على مطار أبو الظهور العسكري بريف إدلب بعد اشتباكات مع هيئة تحرير الشام، لتستعيده للمرة الأولى منذ خسارته عام 2015.", "2018-01-21").Events,
            e => e is { SubEventType: "Government regains territory", Actor1.Name: "Military Forces of Syria (2000-2024)" });

    [GazetteerFact]
    public void A_taking_dated_years_ago_is_still_background() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("سيطرت قوات النظام السوري على مطار أبو الظهور العسكري بريف إدلب عام 2015.", "2018-01-21").Events);

    [GazetteerFact]
    public void The_striker_is_the_side_after_a_fronted_answer() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "وردا على صواريخ وقذائف حماس والجهاد الإسلامي، شنت إسرائيل غارات جوية ضد قواعد للجماعات الفلسطينية المسلحة في قطاع غزة.", "2018-05-30").Events,
            e => e is { SubEventType: "Air/drone strike", Actor1.Name: "Military Forces of Israel (2009-2021)" });
}
