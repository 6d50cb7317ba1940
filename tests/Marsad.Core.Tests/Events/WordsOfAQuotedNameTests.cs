using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "عبر صفحة إخبارية اتخذت اسم «الرقة تذبح بصمت»": an act word inside a quoted name after a naming word is part of the
/// name — no killing.
/// </summary>
public class WordsOfAQuotedNameTests
{
    [GazetteerFact]
    public void A_page_named_for_a_slaughter_tells_none()
    {
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "ويفرض تنظيم داعش قيودا على الإنترنت في مدينة الرقة. "
            + "ويبث ناشطون من أهالي الرقة أنباء عن مدينتهم عبر صفحة إخبارية اتخذت اسم «الرقة تذبح بصمت» تعنى بتوثيق انتهاكات التنظيم بحق الأهالي.",
            "2015-07-21").Events);
    }
}
