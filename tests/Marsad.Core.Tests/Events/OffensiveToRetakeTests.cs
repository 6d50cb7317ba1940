using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An offensive launched to retake ground from a side ("عملية عسكرية لتحرير الرمادي من داعش") is a battle with that
/// side; one a force is only ready or waiting for is not yet fought.
/// </summary>
public class OffensiveToRetakeTests
{
    [GazetteerFact]
    public void An_offensive_launched_to_retake_a_town_from_a_side_is_a_battle_with_it()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("بدأت القوات العراقية أمس عملية عسكرية واسعة لاستعادة مدينة الرمادي من سيطرة تنظيم داعش.", "2015-08-07");
        var clash = Assert.Single(doc.Events);
        Assert.Equal("Armed clash", clash.SubEventType);
        Assert.Equal("Islamic State", clash.Actor2?.PlainName);
    }

    [GazetteerFact]
    public void The_side_an_offensive_drives_out_is_its_enemy()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("شنت قوات سوريا الديمقراطية أمس هجوما لطرد مقاتلي تنظيم داعش من بلدة هجين.", "2018-09-11");
        Assert.Contains(doc.Events, e => e.SubEventType == "Armed clash" && e.Actor2?.PlainName == "Islamic State");
    }

    [GazetteerTheory]
    [InlineData("وقالت مصادر عسكرية إن قوات يمنية ترابط في أريتريا مستعدة لخوض المعركة الحاسمة لاستعادة ميناء الحديدة من المسلحين الحوثيين.")]
    [InlineData("وذكرت مصادر عسكرية أن القوات تنتظر ساعة الصفر للتقدم باتجاه الحديدة لتحريرها من الميليشيات الحوثية.")]
    [InlineData("وشرعت قوات التحالف في الإعداد والتجهيز لخوض معركة شاملة لطرد الحوثيين من الحديدة.")]
    public void An_offensive_a_force_is_ready_for_is_not_yet_fought(string text)
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(text, "2018-06-16");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Armed clash");
    }
}
