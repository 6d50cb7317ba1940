using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>"سيواجهون خطر اعتقال السلطات الإسرائيلية لهم": what someone risks has not happened — no arrest.</summary>
public class RiskedActsTests
{
    [GazetteerFact]
    public void An_arrest_risked_is_no_arrest()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "ويقول المنتقدون إن عباس يستبعد بوجوده في الضفة الغربية المحتلة فلسطينيين سيواجهون خطر اعتقال السلطات الإسرائيلية لهم إذا حاولوا الحضور.", "2018-04-30");
        Assert.Empty(doc.Events);
    }

    [GazetteerFact]
    public void An_arrest_made_is_still_one()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("واعتقلت السلطات الإسرائيلية فلسطينيين في الضفة الغربية المحتلة.", "2018-04-30");
        Assert.Contains(doc.Events, e => e.SubEventType == "Arrests");
    }
}

/// <summary>"لتجنب شن هجوم", "للحيلولة دون وقوع أي هجوم": what is prevented or avoided has not happened.</summary>
public class PreventedActsTests
{
    [GazetteerFact]
    public void An_attack_avoided_is_no_attack()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وسعت تركيا لإقناع هيئة تحرير الشام بالالتزام بالاتفاق لتجنب شن هجوم على إدلب.", "2018-10-14");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Battles");
    }

    [GazetteerFact]
    public void An_attack_launched_is_still_one()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("شنت هيئة تحرير الشام هجوما على مواقع قوات النظام في إدلب.", "2018-10-14");
        Assert.Contains(doc.Events, e => e.EventType == "Battles");
    }
}
