using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "Our" forces ("وحداتنا", "قواتنا") in what a speaker says before the act are the speaker's own, wherever they stand in
/// the clause: the speaker's side is the agent.
/// </summary>
public class OurForcesTests
{
    [GazetteerFact]
    public void Our_units_advancing_after_clashes_are_the_speakers()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "وأضاف المسماري الناطق باسم الجيش الوطني الليبي: \"تقدمت وحداتنا المقاتلة في معركة درنة بعد اشتباكات عنيفة في حي شيحا الشرقي\".", "2018-06-11").Events);
        Assert.StartsWith("Military Forces of Libya", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void Our_forces_retaking_villages_are_the_speakers() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "وقالت قوات سوريا الديمقراطية في بيان، \"كانت قوات النظام السوري قد دخلت 4 قرى في ريف دير الزور، إلا أن قواتنا شنت هجوما معاكسا واستعادت القرى الأربعة من قبضة النظام\".",
                "2018-04-29").Events,
            e => e.Actor1?.Name == "Syrian Democratic Forces" && e.Actor2?.Name.StartsWith("Military Forces of Syria") == true);
}
