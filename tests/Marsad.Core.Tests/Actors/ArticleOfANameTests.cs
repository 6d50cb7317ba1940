using Marsad.Core.Actors;
using Marsad.Core.Tests.Support;

namespace Marsad.Core.Tests.Actors;

/// <summary>
/// "!ولاية الجنوب": a name whose later word carries the article names its actor only with that article — "ولاية جنوب
/// غرب الصومال" is a Somali state, "ولاية جنوب كردفان" a Sudanese one, not the Islamic State's southern province.
/// </summary>
public class ArticleOfANameTests
{
    private static readonly ActorPipeline Pipeline = new(ActorCatalog.Default, SourceCatalog.LoadDefault());

    private static Document Run(string text) => Pipeline.Process(new Document(text, "t", new DateOnly(2018, 4, 13)));

    [Theory]
    [InlineData("وقال مهاد ضور النائب عن ولاية جنوب غرب الصومال إن القنبلة قتلت خمسة أشخاص")]
    [InlineData("وقتل ثلاثة جنود في هجوم على نقطة تفتيش في ولاية جنوب كردفان")]
    public void A_state_south_of_a_place_is_no_province_of_the_Islamic_State(string text) =>
        Assert.DoesNotContain(Run(text).Actors, a => a.Actor.Name.StartsWith("Islamic State", StringComparison.Ordinal));

    [Fact]
    public void The_province_named_with_its_article_still_is() =>
        Assert.Contains(Run("وأعلن ما يسمى ولاية الجنوب في تنظيم داعش مسؤوليته عن الهجوم").Actors, a => a.Actor.Name == "Islamic State");
}
