namespace Marsad.Core.Tests.Events;

/// <summary>
/// "لم يتطرق لتصريح ميليشيات حزب الله، بتعرض مطار الضمير للقصف", "الرواية التي أفصحت عنها ميليشيات حزب الله": whose
/// statement or account tells of a strike, or who discloses it, is its teller — no party to it.
/// </summary>
public class TellerOfTheStrikeTests
{
    [Fact]
    public void The_owner_of_a_statement_is_no_actor() =>
        Assert.DoesNotContain(TestPipeline.Extract(
            "إلا أن الإعلام الرسمي السوري لم يتطرق لتصريح ميليشيات حزب الله، بتعرض مطار الضمير بريف دمشق أيضا للقصف.", "2018-04-17").Events,
            e => e.Actor1?.Name == "Hezbollah" || e.Actor2?.Name == "Hezbollah");

    [Fact]
    public void Who_discloses_an_account_is_no_actor()
    {
        var doc = TestPipeline.Extract("وذكرت الرواية التي أفصحت عنها ميليشيات حزب الله أن غارات استهدفت مطار الضمير فجر الثلاثاء.", "2018-04-17");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.NotEqual("Hezbollah", e.Actor1?.Name);
    }
}
