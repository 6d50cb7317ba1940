using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قصف إدلب والمدنيين والمستشفيات والمدارس لمجرد أن هناك إرهابيين سيكون مذبحة": the act a future verb judges, its
/// objects and a reason between them, is talk of what would be — and the word, opening its clause, is the noun even where
/// it could be read as a verb. A future verb joined by و is a clause of its own.
/// </summary>
public class FutureVerdictOnTheActTests
{
    [Fact]
    public void Shelling_that_would_be_a_massacre_is_no_event() =>
        Assert.Empty(TestPipeline.Extract(
            "وتابع: \"قصف إدلب والمدنيين والمستشفيات والمدارس لمجرد أن هناك إرهابيين سيكون مذبحة\".", "2018-08-14").Events);

    [GazetteerFact]
    public void A_strike_with_a_future_clause_joined_by_wa_is_told() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
            "قصفت القوات التركية مواقع وحدات حماية الشعب الكردية في عفرين أمس وستواصل عملياتها.", "2018-03-14").Events,
            e => e.SubEventType == "Shelling/artillery/missile attack");
}
