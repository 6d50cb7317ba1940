using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "كما استهدفت المقاتلات مركبات عسكرية … في منطقة كرش": a verb of striking whose subject is the fighter jets is an air
/// strike though no side is named hit — flown by the air force the article shows; and where the road it hit leads
/// ("أحد الطرق المؤدية إلى قاعدة العند") is no second scene, unless "another" act is told on that road.
/// </summary>
public class JetsAsSubjectTests
{
    [GazetteerFact]
    public void Fighter_jets_that_targeted_struck_from_the_air_where_they_hit()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "كما شنت طائرات التحالف العربي عدة غارات على مباني المجمع الحكومي بمدينة البيضاء. " +
            "كما استهدفت المقاتلات مركبات عسكرية تابعة للانقلابيين في منطقة كرش التابعة لمحافظة لحج، وذلك أثناء سيرها على أحد الطرق الترابية المؤدية إلى قاعدة العند العسكرية.", "2015-07-26");
        var kirsh = Assert.Single(doc.Events, e => e.Location?.Place?.Name == "Kirsh");
        Assert.Equal(("Air/drone strike", "Coalition (Saudi-led)"), (kirsh.SubEventType, kirsh.Actor1?.PlainName));
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name?.Contains("Anad") == true);
    }
}
