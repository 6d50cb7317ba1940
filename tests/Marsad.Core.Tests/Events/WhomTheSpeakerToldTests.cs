namespace Marsad.Core.Tests.Events;

/// <summary>"قال وزير النقل اليمني بدر محمد باسلمه للصحافيين": whom the speaker told is no part of the speaker.</summary>
public class WhomTheSpeakerToldTests
{
    [Fact]
    public void The_journalists_told_end_the_source() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "وقال وزير النقل اليمني بدر محمد باسلمه للصحافيين إن معارك عنيفة دارت أمس في مدينة عدن بين القوات الحكومية والحوثيين.", "2015-07-23").Events,
            e => e.Claim?.Source is { } source && source.EndsWith("باسلمه"));
}
