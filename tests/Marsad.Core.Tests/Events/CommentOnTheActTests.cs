using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "… في عدن، وهو ما يمكن رصده في تعز ومأرب", "مثلث العند …، وهو الطريق المؤدي إلى الضالع ولحج وتعز": after a comma, a
/// pronoun that opens a comment on the act starts talk of other places — no scenes of it.
/// </summary>
public class CommentOnTheActTests
{
    [GazetteerFact]
    public void Places_of_a_comment_after_the_act_are_no_scenes()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("طرد المقاومة اليمنية مليشيا الحوثي من حي التواهي في عدن، وهوما يمكن رصده في تعز ومأرب.", "2015-07-22");
        var taken = Assert.Single(doc.Events);
        Assert.Equal("Government regains territory", taken.SubEventType);
        Assert.DoesNotContain(doc.Events, e => e.Location?.Place?.Name is "Taiz" or "Marib");
    }

    [GazetteerFact]
    public void Places_named_as_especially_the_scenes_stay_scenes()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer("واندلعت اشتباكات عنيفة أمس في محافظة أبين، خاصة في زنجبار ولودر، بين المقاومة الشعبية والحوثيين.", "2015-08-07");
        Assert.Contains(doc.Events, e => e.Location?.Place?.Name.StartsWith("Zinjib") == true);
    }
}
