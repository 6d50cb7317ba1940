using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "دخلت العملية التي أطلقها التحالف الدولي بقيادة الولايات المتحدة ضد تنظيم داعش، أمس، عامها الثاني", "خلايا دخلت مرحلة
/// الكمون": what enters a year or a stage has taken no ground; forces that enter a town have ("دخلت قوات النظام مدينة دوما").
/// </summary>
public class EnteredATimeTests
{
    [GazetteerFact]
    public void An_operation_entering_its_second_year_took_no_ground()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "الحملة الدولية ضد «داعش» تدخل عامها الثاني\n"
            + "دخلت العملية التي أطلقها التحالف الدولي بقيادة الولايات المتحدة ضد تنظيم داعش، أمس، عامها الثاني، ومنذ ذلك الوقت حتى الآن، أطلقت قوات التحالف في العراق وسوريا ما يقرب من 6 آلاف ضربة جوية، وارتفعت تكلفة العمليات إلى 3.2 مليار دولار أمريكي، وفقا لما نشرته وكالة \"أسوشييتد برس\" في تقرير خصصته لذكرى تلك الضربات.\n"
            + "وبدأت الضربات الجوية منذ عام، وهدفت إلى منع وقوع كارثة إنسانية في شمال غرب العراق، حيث حاصرت قوات داعش الآلاف من الإيزيديين اللاجئين في جبل سنجار.",
            "2015-08-10").Events;
        Assert.DoesNotContain(events, e => e.SubEventType is "Government regains territory" or "Non-state actor overtakes territory");
    }

    [GazetteerFact]
    public void Forces_entering_a_town_took_it()
    {
        var events = TestPipeline.ExtractWithRealGazetteer("دخلت قوات النظام السوري مدينة دوما أمس بعد انسحاب مقاتلي جيش الإسلام منها.", "2018-04-13").Events;
        Assert.NotEmpty(events);
    }
}
