using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "سقطت قذيفة صاروخية … على سوق شعبية": shells whose falling opens the phrase, no one named firing them (or only one
/// the catalog does not know, "التنظيمات الإرهابية"), are an attack whoever fired them — as "قذائف سقطت" already was.
/// Not the pieces of a missile an interception stopped.
/// </summary>
public class ShellsThatFellPhraseTests
{
    private static Document Extract(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2018-03-20");

    [GazetteerFact]
    public void A_shell_that_fell_on_a_market_is_an_attack()
    {
        var shelling = Assert.Single(Extract("وقال مصدر في قيادة الشرطة \"سقطت قذيفة صاروخية أطلقتها التنظيمات الإرهابية على سوق شعبية في حي الكشكول\" على أطراف جرمانا في شرق دمشق.").Events);
        Assert.Equal("Shelling/artillery/missile attack", shelling.SubEventType);
        Assert.Equal("Unidentified Armed Group (Syria)", shelling.Actor1?.Name);
    }

    [GazetteerFact]
    public void The_missile_an_interception_stopped_fell_in_pieces() =>
        Assert.DoesNotContain(Extract("ذكرت وكالة الأنباء السعودية، الأربعاء، أن قوات الدفاع الجوي اعترضت صاروخا باليستيا أطلقته ميليشيا الحوثي من داخل اليمن شمالي عمران باتجاه أراضي المملكة، فيما سقط صاروخ آخر في صحراء غير آهلة بالسكان.").Events,
            e => e.SubEventType == "Shelling/artillery/missile attack" && e.Actor1?.Name.StartsWith("Unidentified", StringComparison.Ordinal) == true);
}
