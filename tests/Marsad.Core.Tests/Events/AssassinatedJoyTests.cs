using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Joy, hope or a dream "assassinated" ("فشلوا في اغتيال فرحة العيد", "اغتيال الأمل") is a figure of speech: no one was killed.
/// </summary>
public class AssassinatedJoyTests
{
    [GazetteerFact]
    public void The_joy_of_the_feast_assassinated_is_no_killing() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "قال أحد سكان مدينة جدة إن إرهابيي داعش فشلوا في اغتيال فرحة العيد.",
            "2015-07-21").Events);
}
