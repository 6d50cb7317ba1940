using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وقال داود أوغلو أمام الصحافيين في أنقرة «إن التفجير ناجم عن اعتداء انتحاري قام به داعش»": where a statement was
/// made — before the press, at a press conference — is no scene of the act it tells; the bombing stays at Suruç.
/// </summary>
public class StatementVenueTests
{
    [GazetteerFact]
    public void A_bombing_told_before_the_press_in_Ankara_stays_at_Suruc()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قتل 32 شخصا في تفجير استهدف تجمعا لشبان في بلدة سروج التركية أمس. وقال داود أوغلو امام الصحافيين في انقرة «إن العناصر الاولى للتحقيق تكشف ان التفجير ناجم عن اعتداء انتحاري قام به داعش».",
            "2015-07-21").Events;
        var e = Assert.Single(events);
        Assert.Equal("Suruç", e.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void Journalists_arrested_in_a_town_were_arrested_there()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer("اعتقلت السلطات الصحفيين في صنعاء أمس.", "2015-07-21").Events);
        Assert.Equal("YE", e.Location?.Place?.CountryCode);
    }
}
