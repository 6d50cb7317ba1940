namespace Marsad.Core.Tests.Events;

/// <summary>
/// "بعد الغارات الغربية، استهدف مقاتلون موالون للنظام القافلة": strikes after which the sentence's own act came are a
/// time, told already — no strike at that act's place. And "تمكنت فيها من اعتقال وقتل عدد من الإرهابيين": arrests joined
/// to killings of the same men, with deaths told, were fought — ACLED's armed clash, as a raid with deaths is.
/// </summary>
public class TimeOfAnotherActTests
{
    [Fact]
    public void Strikes_named_as_the_time_of_another_act_are_no_strike_there()
    {
        var doc = TestPipeline.Extract("وقصفت الطائرات الروسية أمس مواقع للمعارضة في مدينة حلب.\n" +
            "وقال مدير المرصد إنه بعد الغارات الروسية، استهدف مسلحون مجهولون أمس قافلة تقل مدنيين في مدينة حماة.", "2018-04-15");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name == "Aleppo");
        Assert.DoesNotContain(doc.Events, e => e.Actor1?.PlainName == "Military Forces of Russia" && e.Location?.Place?.Name == "Hama");
    }

    [Fact]
    public void Arrests_joined_to_killings_with_deaths_told_were_a_clash()
    {
        var doc = TestPipeline.Extract("وأطلقت قوات الأمن السورية أمس عملية أمنية في مدينة حماة، تمكنت فيها من اعتقال وقتل عدد من الإرهابيين.", "2018-08-12");
        Assert.Contains(doc.Events, e => e.SubEventType == "Armed clash");
        Assert.DoesNotContain(doc.Events, e => e.SubEventType == "Arrests");
    }
}
