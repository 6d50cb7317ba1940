using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "انتزعت قوات الجيش الوطني، بإسناد من طيران التحالف العربي، السيطرة على مركز مديرية حيس … من أيدي ميليشيا الحوثي":
/// control wrested is control taken, across a support phrase set off by commas, from the side "من أيدي" names.
/// </summary>
public class ControlWrestedTests
{
    [GazetteerTheory]
    [InlineData("انتزعت قوات الجيش الوطني، بإسناد من طيران التحالف العربي، السيطرة على مركز مديرية حيس جنوبي محافظة الحديدة من أيدي ميليشيا الحوثي الانقلابية.")]
    [InlineData("انتزعت قوات الجيش الوطني السيطرة على مركز مديرية حيس جنوبي محافظة الحديدة من أيدي ميليشيا الحوثي الانقلابية.")]
    public void Control_wrested_from_a_side_is_ground_taken_from_it(string text)
    {
        var taking = Assert.Single(TestPipeline.ExtractWithRealGazetteer(text, "2018-06-01").Events);
        Assert.Equal("Government regains territory", taking.SubEventType);
        Assert.Equal("Military Forces of Yemen (2012-)", taking.Actor1!.Name);
        Assert.Equal("Houthi Movement", taking.Actor2!.Name);
    }

    [GazetteerFact]
    public void Control_imposed_across_a_support_phrase_is_taken() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("بسطت قوات الجيش الوطني، مدعومة بغطاء جوي من التحالف، سيطرتها على مركز مديرية حيس.", "2018-06-01").Events,
            e => e.SubEventType == "Government regains territory");
}
