using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "…، في وقت أرسل الجيش تعزيزات إلى …": after a comma, "في وقت" / "في الوقت الذي" (at a time when) opens another
/// matter — its places are no scenes of the act told before it. "في وقت سابق" is only a time of the act itself.
/// </summary>
public class AtATimeWhenTests
{
    [GazetteerTheory]
    [InlineData("قصفت طائرات حربية سورية، الأحد، أماكن عدة في مدينة درعا، في وقت أرسل الجيش تعزيزات إلى معبر نصيب.")]
    [InlineData("قصفت طائرات حربية سورية، الأحد، أماكن عدة في مدينة درعا، في الوقت الذي أرسل فيه الجيش تعزيزات إلى معبر نصيب.")]
    public void The_places_of_what_happened_meanwhile_are_no_scenes(string text)
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(text, "2018-07-09");
        Assert.Equal("Dar‘ā", Assert.Single(doc.Events).Location?.Place?.Name);
    }

    [GazetteerFact]
    public void At_an_earlier_time_the_place_after_it_is_the_scene()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("قصفت طائرات حربية سورية، في وقت سابق اليوم، أماكن عدة في مدينة درعا.", "2018-07-09");
        Assert.Equal("Dar‘ā", Assert.Single(doc.Events).Location?.Place?.Name);
    }
}
