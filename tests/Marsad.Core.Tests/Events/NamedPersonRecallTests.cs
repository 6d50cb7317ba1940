using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "الصحفي السعودي جمال خاشقجي" named once, then "خاشقجي" alone: the bare family name is the same civilian, so "إن
/// خاشقجي قتل في القنصلية" is a killing of a Saudi civilian; and a killing with no day of its own, where the article
/// dated the person's disappearance at that place, is that one act — the killing, on the day he vanished, one dead.
/// </summary>
public class NamedPersonRecallTests
{
    private const string Named = "أعرب ترامب عن قلقه حيال مصير الصحفي السعودي جمال خاشقجي. ";

    [GazetteerFact]
    public void A_person_called_by_the_family_name_again_is_the_civilian_first_named()
    {
        var killing = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            Named + "وقال مسؤولون أتراك إن خاشقجي قتل في القنصلية السعودية في إسطنبول.", "2018-10-08").Events);
        Assert.Equal("Attack", killing.SubEventType);
        Assert.Equal("Civilians (Saudi Arabia)", killing.Actor2?.Name);
        Assert.Equal("Istanbul", killing.Location?.Place?.Name);
    }

    [GazetteerFact]
    public void A_media_man_is_named_as_a_journalist_is()
    {
        var killing = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أعرب ترامب عن قلقه حيال مصير الإعلامي السعودي جمال خاشقجي. وقال مسؤولون أتراك إن خاشقجي قتل في القنصلية السعودية في إسطنبول.", "2018-10-08").Events);
        Assert.Equal("Civilians (Saudi Arabia)", killing.Actor2?.Name);
    }

    [GazetteerFact]
    public void A_name_never_given_a_civilian_title_is_recalled_as_no_one()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("وقال مسؤولون أتراك إن خاشقجي قتل في القنصلية السعودية في إسطنبول.", "2018-10-08");
        Assert.DoesNotContain(doc.Actors, a => a.Rule == "person");
    }

    [GazetteerFact]
    public void A_killing_with_no_day_of_its_own_is_the_disappearance_dated_there()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "اختفى الصحفي السعودي جمال خاشقجي بعد دخوله القنصلية السعودية في إسطنبول في 2 أكتوبر الجاري. وقال مسؤولون أتراك إن خاشقجي قتل في القنصلية السعودية في إسطنبول.",
            "2018-10-08");
        var killing = Assert.Single(doc.Events);
        Assert.Equal("Attack", killing.SubEventType);
        Assert.Equal(new DateOnly(2018, 10, 2), killing.Date.Date);
        Assert.Equal(1, killing.Fatalities);
    }
}
