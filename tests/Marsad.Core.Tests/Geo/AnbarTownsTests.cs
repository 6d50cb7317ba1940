using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// Anbar's towns of the 2015 war (and Diyala's Khan Bani Saad) that cities500 lacks or gives to another country (data/geo/places-extra.tsv):
/// "الكرمة" is Garmah by Fallujah in an article about Iraq, not the Syrian village of that name; and "البو" — the sons
/// of — before a name makes a tribe's village ("البو جاسم"), not the town whose name follows.
/// </summary>
public class AnbarTownsTests
{
    private static List<string?> Places(string text) => TestPipeline.PlaceNames(text, "2015-07-23");

    [GazetteerFact]
    public void Anbars_towns_are_found()
    {
        var places = Places("وقال قائد عسكري عراقي إن القوات وصلت إلى مركز مدينة الكرمة شرق الفلوجة، فيما تدور معارك في الصقلاوية وحصيبة الشرقية.");
        Assert.Contains("Al-Karmah", places);
        Assert.Contains("Saqlawiyah", places);
        Assert.Contains("Husaybah al-Sharqiyah", places);
    }

    [GazetteerFact]
    public void Khan_Bani_Saad_is_found() =>
        Assert.Contains("Khan Bani Saad", Places("قتل 115 شخصا في تفجير سيارة مفخخة في سوق مزدحم بمدينة خان بني سعد في محافظة ديالى."));

    [GazetteerFact]
    public void A_tribes_village_is_no_town_of_its_name() =>
        Assert.DoesNotContain("Jāsim", Places("سيطرت قوات سوريا الديمقراطية على قرى الشيحة والبو جاسم في سوريا."));
}
