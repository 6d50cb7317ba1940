namespace Marsad.Core.Tests.Events;

/// <summary>"أكدت مصادر أن القوات اليمنية المشتركة اعتقلت 35 مسلحا من ميليشيات الحوثي": after "أن" the side before the verb is its subject; the one after it its object.</summary>
public class SubjectAfterThatTests
{
    [Fact]
    public void After_that_the_side_before_the_verb_is_its_subject()
    {
        var doc = TestPipeline.Extract("وأكدت مصادر ميدانية أن القوات الروسية اعتقلت أمس 35 مسلحا من تنظيم داعش في مدينة حلب.", "2018-07-22");
        var e = Assert.Single(doc.Events);
        Assert.Equal("Military Forces of Russia", e.Actor1?.PlainName);
        Assert.Equal("Islamic State", e.Actor2?.PlainName);
    }
}
