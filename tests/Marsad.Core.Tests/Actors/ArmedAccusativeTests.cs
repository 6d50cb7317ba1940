using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Actors;

/// <summary>
/// "مسلحا", the accusative singular of "gunman", names gunmen after a count ("30 مسلحا") or after the subject of a verb
/// ("قتلت قوات الأمن مسلحا"); after an indefinite noun it is that noun's adjective ("هجوما مسلحا", "نزاعا مسلحا"), and
/// gunmen of a side its adjective or a partitive names ("مسلحا حوثيا", "مسلحا من المتمردين") are no unknown group.
/// </summary>
public class ArmedAccusativeTests
{
    private static List<string> Actors(string text) =>
        TestPipeline.Extract(text, "2018-03-19").Actors.Select(a => a.Actor.Name).ToList();

    [Theory]
    [InlineData("قال المتحدث العسكري إن 30 مسلحا قتلوا في تبادل لإطلاق النار.")]
    [InlineData("قتلت قوات الأمن مسلحا في مدينة العريش.")]
    [InlineData("قتلت قوات الشرطة الامريكية الأربعاء مسلحا دخل دار سينما.")]
    public void Gunmen_after_a_count_or_a_subject(string text) =>
        Assert.Contains(Actors(text), name => name.StartsWith("Unidentified Armed Group", StringComparison.Ordinal));

    [Theory]
    [InlineData("شن مسلحون هجوما مسلحا على حاجز للجيش.", 1)]
    [InlineData("قتل 11 مسلحا من المتمردين في مواجهات مع الجيش.", 0)]
    [InlineData("تحول الخلاف إلى نزاعا مسلحا بين القبيلتين.", 0)]
    public void No_gunmen_of_their_own_as_an_adjective_or_a_partitive(string text, int unknownGroups) =>
        Assert.Equal(unknownGroups, Actors(text).Count(name => name.StartsWith("Unidentified Armed Group", StringComparison.Ordinal)));

    [Fact]
    public void Houthi_gunmen_counted_are_the_Houthis() =>
        Assert.Contains("Houthi Movement", Actors("أعلن التحالف مقتل 128 مسلحا حوثيا في غارات على مدينة الحديدة."));
}
