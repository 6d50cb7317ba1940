using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "… عندما انفجرت سيارة ملغومة في سوق بمدينة بعقوبة. وأضافت المصادر أن سبعة آخرين قتلوا في تفجير آخر شرقي المدينة":
/// "the town" with no town of the sentence's own is the last one named just before (not the article's main place, nor a
/// capital speaking for its government), and another blast of its kind is an event of its own, not a retelling.
/// </summary>
public class AnotherBlastInTheTownTests
{
    private const string TwoBlasts =
        "مقتل 31 على الأقل في تفجيرين بشرق العراق\n" +
        "قالت مصادر أمنية إن 24 شخصا على الأقل قتلوا اليوم الاثنين عندما انفجرت سيارة ملغومة في سوق بمدينة بعقوبة بشرق العراق.\n" +
        "وأضافت المصادر أن سبعة آخرين قتلوا وأصيب 25 في تفجير آخر شرقي المدينة.";

    [GazetteerFact]
    public void Another_blast_in_the_town_is_a_second_event_there()
    {
        var blasts = TestPipeline.ExtractWithRealGazetteer(TwoBlasts, "2015-08-10").Events
            .Where(e => e.SubEventType == "Remote explosive/landmine/IED").ToList();
        Assert.Equal(2, blasts.Count);
        Assert.All(blasts, e => Assert.Equal("Baqubah", e.Location!.Place!.Name));
        Assert.Contains(blasts, e => e.Fatalities == 7);
    }

    [GazetteerFact]
    public void The_same_blast_told_twice_stays_one()
    {
        var blasts = TestPipeline.ExtractWithRealGazetteer(
            "انفجرت سيارة ملغومة في سوق بمدينة بعقوبة اليوم الاثنين.\nوقالت الشرطة إن التفجير وقع في سوق بمدينة بعقوبة.", "2015-08-10").Events
            .Where(e => e.SubEventType == "Remote explosive/landmine/IED").ToList();
        Assert.Single(blasts);
    }
}
