using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "إثر الإعلان عن تفكيك خلايا تابعة لتنظيم داعش واعتقال 431 مرتبطا بالتنظيم": the noun of arresting with the people taken
/// counted right after it, the armed group they belong to named in the sentence, is the arrest of that group's men by the
/// state's force named before — not an arrest carried out by the group.
/// </summary>
public class GroupsMenCountedArrestedTests
{
    [GazetteerFact]
    public void The_men_counted_after_the_arrest_were_the_groups()
    {
        var e = Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أشاد أحمد بن محمد الجروان، رئيس البرلمان العربي، بأداء رجال الداخلية في المملكة العربية السعودية إثر الإعلان عن تفكيك خلايا إرهابية تابعة لتنظيم «داعش» الإرهابي واعتقال 431 مرتبطًا بالتنظيم الإرهابي.",
            "2015-07-21").Events);
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal("Islamic State", e.Actor2?.Name);
        Assert.StartsWith("Police Forces of Saudi Arabia", e.Actor1?.Name);
    }

    [GazetteerFact]
    public void The_side_that_made_the_arrest_is_not_the_one_arrested()
    {
        var events = TestPipeline.ExtractWithRealGazetteer(
            "وأضاف المراسل أن المقاومة تمكنت من اعتقال 35 من مسلحي الميليشيات الذين حاولوا التسلل إلى منطقة الجاح جنوبي الحديدة.", "2018-07-21").Events;
        Assert.DoesNotContain(events, e => e.SubEventType == "Arrests" && e.Actor2?.Name is { } taken && taken.Contains("Resistance"));
    }
}
