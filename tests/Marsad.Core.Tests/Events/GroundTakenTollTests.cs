using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "حررت قوات الجيش اليمني ميناء حبل … خلال عملية عسكرية واسعة … وأسفرت العملية العسكرية عن سقوط عشرات القتلى": the
/// dead of the fighting told after ground was taken, with no clash told before them, are the dead of that taking.
/// </summary>
public class GroundTakenTollTests
{
    private const string Taken =
        "حررت قوات الجيش اليمني بإسناد من قوات تحالف دعم الشرعية ميناء حبل بمحافظة حجة، خلال عملية عسكرية واسعة استهدفت مواقع ميليشيا الحوثي.\n" +
        "وأسفرت العملية العسكرية عن سقوط عشرات القتلى والجرحى في صفوف الميليشيا.";

    [GazetteerFact]
    public void The_fightings_dead_are_the_ground_takings()
    {
        var taken = Assert.Single(TestPipeline.ExtractWithRealGazetteer(Taken, "2018-06-29").Events);
        Assert.Equal("Government regains territory", taken.SubEventType);
        Assert.Equal(12, taken.Fatalities);
    }

    [GazetteerFact]
    public void A_clash_told_before_keeps_them()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(Taken.Replace("\n", "\nواندلعت اشتباكات عنيفة بين قوات الجيش وميليشيا الحوثي في مديرية حيران.\n"), "2018-06-29");
        Assert.Null(Assert.Single(doc.Events, e => e.SubEventType == "Government regains territory").Fatalities);
        Assert.Equal(12, Assert.Single(doc.Events, e => e.SubEventType == "Armed clash").Fatalities);
    }
}
