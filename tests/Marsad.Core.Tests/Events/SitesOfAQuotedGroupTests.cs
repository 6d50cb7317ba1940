using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The owner of what a coalition's strikes hit, named after checkpoints or a "logistic site" and in quotes as the press
/// writes it ("لتنظيم ” داعش ”"), is whom they hit — the coalition speaking of its strikes is their agent.
/// </summary>
public class SitesOfAQuotedGroupTests
{
    [GazetteerTheory]
    [InlineData("استهدفت مناطق تجمعات وجسور ونقاط تفتيش لتنظيم داعش في سوريا")]
    [InlineData("استهدفت مواقع لتنظيم ” داعش ” في سوريا")]
    [InlineData("استهدفت مركزا للتدريب وموقعاً لوجيستياً لتنظيم ” داعش ” في سوريا")]
    public void The_group_whose_sites_were_struck_is_hit(string struck)
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            $"وقالت القيادة المشتركة لقوات التحالف الدولي في بيان : إن 17 ضربة جوية نفذت قرب دير الزور، {struck}.", "2015-07-31").Events);
        Assert.Equal(("Coalition (US-led)", "Islamic State"), (e.Actor1?.Name, e.Actor2?.Name));
    }
}
