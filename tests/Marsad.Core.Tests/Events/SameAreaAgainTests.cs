namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وهاجمت جبهة النصرة، الجمعة، مقرا للفرقة 30 في المنطقة نفسها": "the same area" points back at the place named
/// before, however far — not at a capital named bare as its government in between.
/// </summary>
public class SameAreaAgainTests
{
    private const string Text =
        "النصرة تواصل ملاحقة أفراد الفرقة 30\n"
        + "وكانت جبهة النصرة خطفت ثمانية عناصر من الفرقة 30 مساء الأربعاء قرب مدينة أعزاز في ريف حلب الشمالي، بحسب المرصد.\n"
        + "وشكك عبد الرحمن بوجود اتصالات لعقد تسوية بين واشنطن وجبهة النصرة.\n"
        + "وبدأت واشنطن تدريب مجموعة معتدلة معارضة لقتال داعش، وزودتها واشنطن بصواريخ تاو المضادة للدروع.\n"
        + "وينتمي أفراد المجموعة الثانية إلى مجموعة من 54 عنصرا تلقوا تدريبات عسكرية في تركيا.\n"
        + "وهاجمت جبهة النصرة، الجمعة، مقرا للفرقة 30 في المنطقة نفسها، ووقعت اشتباكات بينها وبين المدافعين عن المقر تسببت بمقتل 25 جهاديا من النصرة، بحسب حصيلة للمرصد.";

    [Fact]
    public void The_same_area_is_the_town_named_before() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(Text, "2015-08-05").Events,
            e => e.EventType == "Battles" && e.Date.Date == new DateOnly(2015, 7, 31) && e.Location?.Place?.Name.EndsWith("z\u0101z") == true);
}
