namespace Marsad.Core.Tests.Events;

/// <summary>
/// "ضربة اسرائيلية جوية": a strike noun, its nationality, then its word of the air — the strong "ضربة جوية إسرائيلية"
/// told in the other order — is that nation's air strike, as the bare "الضربة الأمريكية" (mostly talk of one) is not.
/// </summary>
public class NationBeforeTheAirWordTests
{
    [Fact]
    public void The_nationality_between_the_strike_and_its_air_word_names_the_striker()
    {
        var e = Assert.Single(TestPipeline.Extract(
            "قال التلفزيون اليوم الاربعاء ان ضربة اسرائيلية جوية نفذتها طائرة بلا طيار استهدفت سيارة في درعا وقتلت عضوين من حزب الله.", "2015-07-29").Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("IL", e.Actor1?.Country);
    }

    [Fact]
    public void Talk_of_such_a_strike_is_no_act() =>
        Assert.Empty(TestPipeline.Extract("وقال إن الضربة الأمريكية الجوية على سوريا غير قانونية.", "2015-07-29").Events);
}
