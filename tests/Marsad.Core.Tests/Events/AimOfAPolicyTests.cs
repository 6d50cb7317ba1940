namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أطلق أردوغان «حربا على الإرهاب»، تستهدف حزب العمال الكردستاني كما تستهدف تنظيم داعش المتهم بالوقوف خلف العملية
/// الانتحارية التي وقعت في 20 يوليو في سروج": what a war targets is its aim, no strike; the side blamed for an act, no
/// court named, does not make the act a charge — the bombing stands; the dead a figure counts are no one's informants.
/// </summary>
public class AimOfAPolicyTests
{
    private const string Text = "وأطلق الرئيس التركي رجب طيب اردوغان «حربا على الارهاب»، تستهدف حزب العمال الكردستاني كما تستهدف تنظيم «داعش» " +
                                "المتهم بالوقوف خلف العملية الانتحارية التي وقعت في 20 يوليو (تموز) في سروج (جنوب)، وأدت إلى مقتل 32 من الناشطين الشبان الاكراد.";

    [Fact]
    public void The_bombing_is_the_only_event()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(Text, "2015-08-04");
        var bombing = Assert.Single(doc.Events);
        Assert.Equal("Suicide bomb", bombing.SubEventType);
        Assert.Equal(32, bombing.Fatalities);
        Assert.Null(bombing.Claim);
    }

    [Fact]
    public void A_trial_of_those_accused_tells_no_bombing() =>
        Assert.DoesNotContain(TestPipeline.ExtractWithRealGazetteer("بدأت أمس محاكمة المتهمين بالوقوف خلف تفجير الكنيسة في القاهرة.", "2015-08-04").Events,
            e => e.EventType == "Explosions/Remote violence");
}
