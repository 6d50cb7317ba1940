namespace Marsad.Core.Tests.Events;

// "أحكمت قوات الجيش السيطرة على …": the verb of imposing control stands before its subject, the control noun after it.
public class ImposedControlTests
{
    [Fact]
    public void Control_imposed_across_the_subject_is_ground_taken()
    {
        var doc = TestPipeline.Extract("وأحكمت وحدات من القوات الخاصة بالجيش السوري السيطرة تماما على مدينة الرقة أمس.", "2018-06-03");
        var e = Assert.Single(doc.Events, e => e.SubEventType == "Government regains territory");
        Assert.StartsWith("Military Forces of Syria", e.Actor1!.Name);
    }

    [Fact]
    public void A_verb_with_its_own_object_imposes_something_else()
    {
        var doc = TestPipeline.Extract("وعاد أمس سكان الرقة الذين كانوا يعيشون تحت وطأة الحصار الذي فرضته عليهم قوات الجيش السوري أثناء سيطرتها على مدينة الرقة.", "2018-06-03");
        Assert.DoesNotContain(doc.Events, e => e.EventType == "Battles");
    }

    [Fact]
    public void A_day_set_off_by_commas_between_the_verb_and_control_is_no_break()
    {
        var doc = TestPipeline.Extract("أحكم الجيش السوري، السبت، سيطرته بشكل كامل على بلدة في ريف حلب الشمالي، وذلك بعد طرد الإرهابيين منها.", "2018-06-09");
        Assert.Contains(doc.Events, e => e.SubEventType == "Government regains territory");
    }
}
