using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// A place the text puts at once north, south, east or west of a town ("حصيبة شرقي الرمادي", "طريق الرباط شمال عدن") lies
/// near that town: a namesake the gazetteer holds hundreds of kilometres away (Husaybah at al-Qa'im, Marbāţ in Shabwah) is
/// another place, and the bearing from the town stands instead.
/// </summary>
public class PlacedByABearingTests
{
    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2015-07-31");

    [GazetteerFact]
    public void A_namesake_far_from_the_town_it_is_placed_by_is_not_the_place()
    {
        var places = Places("أعلنت الشرطة الاتحادية العراقية صد هجوم شنه تنظيم داعش في حصيبة شرقي الرمادي.");
        Assert.DoesNotContain("Al Qā’im", places);
        Assert.Contains("Ramadi", places);
    }

    [GazetteerFact]
    public void A_town_near_the_one_it_is_placed_by_stays()
    {
        // (Hīt does lie west of Ramadi)
        Assert.Contains("Hīt", Places("سيطرت القوات العراقية على بلدة هيت غرب الرمادي."));
    }
}
