namespace Marsad.Core.Tests.Events;

/// <summary>
/// "مشيداً بدور وزارة الداخلية في مكافحة الارهاب من خلال القبض على العديد من الخلايا الارهابية مؤخراً": arrests named as
/// the way a body works are its record, no one arrest; the bombing the speaker condemns stands.
/// </summary>
public class ArrestsAsARecordTests
{
    [Fact]
    public void No_arrest()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقال المواطن علي الغامدي: إن التفجير الذي استهدف رجال قوات الطوارئ الخاصة في مسجد بأبها عمل جبان.\n" +
            "مؤكداً أن قوات الطوارئ الخاصة ساهمت بشكل كبير في العديد من الأعمال الأمنية في موسمي الحج والعمرة.\n" +
            "مشيداً بدور وزارة الداخلية في مكافحة الارهاب من جذوره من خلال القبض على العديد من الخلايا الارهابية مؤخراً.", "2015-08-08");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Arrests");
        Assert.Contains(doc.Events, e => e.SubEventType == "Remote explosive/landmine/IED");
    }
}
