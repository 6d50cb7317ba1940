using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أوقفت القوات الإسرائيلية السبت إيطاليين …" and "ألقت شرطة الحدود الإسرائيلية السبت القبض على إيطاليين …": one
/// arrest that reports give to a state's army and to its police is one event, at the place the reports name.
/// </summary>
public class OneStatesArrestTests
{
    [GazetteerFact]
    public void An_arrest_given_to_the_army_and_to_the_police_is_one()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "أوقفت القوات الإسرائيلية السبت إيطاليين قاما برسم لوحة جدارية على جدار الفصل في الضفة الغربية المحتلة.\n" +
            "وألقت شرطة الحدود الإسرائيلية السبت القبض على إيطاليين وفلسطيني بتهمة إلحاق أضرار بالسياج الأمني في منطقة بيت لحم.", "2018-07-29");
        var arrest = Assert.Single(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Equal("Bethlehem", arrest.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void Arrests_by_two_states_stay_two()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "اعتقلت الشرطة الإسرائيلية السبت فلسطينيين في بيت لحم.\nواعتقلت الشرطة الفلسطينية السبت ناشطين في بيت لحم.", "2018-07-29");
        Assert.Equal(2, doc.Events.Count(e => e.SubEventType == "Arrests"));
    }
}
