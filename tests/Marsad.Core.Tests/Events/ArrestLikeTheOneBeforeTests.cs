using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An arrest told in the passive, its sentence naming neither who arrested nor where ("فيما تم إلقاء القبض على كل من مهدي …
/// كانوا على متن القارب"), goes on the arrests told before it — that state's force at that place — not on the police of
/// the country the article names most; a sentence that names a place keeps its own ("وحال اعتقال الرجل في تونس").
/// </summary>
public class ArrestLikeTheOneBeforeTests
{
    [GazetteerFact]
    public void A_passive_arrest_with_no_place_is_the_arrest_told_before()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "قررت مملكة البحرين استدعاء سفيرها في طهران للتشاور. وكشفت وزارة الداخلية مساء أمس عن إحباطها عملية تهريب عدد من الأسلحة والمتفجرات إلى مملكة البحرين قادمة من إيران، وإلقاء القبض على 5 من المتورطين في العملية. فيما تم إلقاء القبض على كل من مهدي صباح عبدالمحسن محمد (30 عاما)، وعباس عبدالحسين عبدالله محمد (30 عاما) كانوا على متن القارب.",
            "2015-07-26").Events;
        Assert.All(events.Where(e => e.SubEventType == "Arrests"), e => Assert.StartsWith("Police Forces of Bahrain", e.Actor1?.Name));
        Assert.DoesNotContain(events, e => e.Location?.Place?.CountryCode == "IR");
    }

    [GazetteerFact]
    public void A_passive_arrest_that_names_its_place_keeps_it()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وكشفت وزارة الداخلية البحرينية مساء أمس عن إلقاء القبض على 5 من المتورطين في تهريب أسلحة. وتم القبض على شخصين آخرين في مدينة الدمام السعودية.",
            "2015-07-26").Events;
        Assert.Contains(events, e => e.SubEventType == "Arrests" && e.Location?.Place?.Name == "Dammam");
        Assert.Contains(events, e => e.SubEventType == "Arrests" && e.Location?.Place?.CountryCode == "BH");
    }
}
