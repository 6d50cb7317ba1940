using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A state's strike with no side hit named takes the article's usual opponent — but not another country's state the
/// article quotes abroad: "واتهمت الولايات المتحدة روسيا …" does not make the Russian strike on an Idlib village one on
/// the United States.
/// </summary>
public class ForeignStatesAsFoesTests
{
    [GazetteerFact]
    public void A_state_quoted_abroad_is_not_the_side_a_strike_hit()
    {
        var strike = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "واتهمت الولايات المتحدة روسيا بدعم النظام، وقالت واشنطن إن على موسكو وقف التصعيد. وشنت طائرات روسية غارات جوية على بلدة الهبيط في ريف إدلب الأحد.",
            "2018-09-09").Events);
        Assert.Equal("Military Forces of Russia", strike.Actor1?.PlainName);
        Assert.NotEqual("US", strike.Actor2?.Country);
        Assert.Equal("SY", strike.Location?.Place?.CountryCode);
    }
}
