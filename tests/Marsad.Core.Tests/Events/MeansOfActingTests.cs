namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قيامهم بالانتقام من أفراد المجتمع من خلال التفجير والعمليات الانتحارية": a kind of act named, with the article, as
/// the means a side works by is no event; one act told so ("من خلال مسيرة جماهيرية حاشدة") is.
/// </summary>
public class MeansOfActingTests
{
    [Fact]
    public void Bombings_named_as_a_means_are_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وأشار العريفي إلى أن أحد أسباب انضمامهم قلة العلم الشرعي، مما يؤدي إلى قيامهم بالانتقام من أفراد المجتمع في الرياض من خلال التفجير والعمليات الانتحارية.",
            "2015-08-06").Events);

    [Fact]
    public void A_march_told_as_the_means_is_still_a_protest() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer("رد أبناء جزيرة سقطرى أمس على الحملة من خلال مسيرة جماهيرية حاشدة في سقطرى.", "2015-08-06").Events,
            e => e.SubEventType == "Peaceful protest");
}
