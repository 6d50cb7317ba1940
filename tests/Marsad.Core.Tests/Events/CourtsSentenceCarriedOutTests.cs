using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "تنفيذ حكم القتل قصاصاً في مواطن قتل آخر": a court's sentence of death carried out is no attack by the state, and the
/// murder it punishes is a crime — neither is an event. An armed group's execution stays one.
/// </summary>
public class CourtsSentenceCarriedOutTests
{
    [GazetteerTheory]
    [InlineData("أصدرت وزارة الداخلية أمس الأحد بياناً حول تنفيذ حكم القتل تعزيرا في مواطن قتل آخر بسبب خلاف حصل بينهما بمنطقة جازان.")]
    [InlineData("نفذت وزارة الداخلية أمس حكم القتل قصاصا في مواطن قتل آخر بمدينة تبوك.")]
    public void A_sentence_carried_out_and_the_murder_it_punishes_are_no_events(string text) =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(text, "2015-08-11").Events);

    [GazetteerFact]
    public void An_armed_groups_execution_still_is_an_attack() =>
        Assert.Equal("Attack", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "أعدم مسلحو داعش 16 شخصا في مدينة الموصل أمس.", "2015-08-11").Events).SubEventType);

    [GazetteerFact]
    public void A_sentence_an_armed_groups_court_passed_is_its_attack() =>
        Assert.Equal("Al Nusra Front", Assert.Single(TestPipeline.ExtractWithRealGazetteer(
            "ونفذت جبهة النصرة حكم الإعدام، أمس، بحق ثمانية أشخاص تطبيقاً لحكم أصدرته المحكمة الشرعية التابعة لها في مدينة إدلب.", "2015-08-11").Events).Actor1?.Name);
}
