using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وتزامنت تصريحات ترامب مع إنكار شديد من سفير المملكة … الذي قال إن الادعاءات بأن خاشقجي قد قتل أو احتجز من قبل
/// السلطات السعودية زائفة": what a denial (إنكار, أنكر) governs in its sentence is no reported act, as with "نفى".
/// </summary>
public class DenialNounTests
{
    [GazetteerFact]
    public void A_detention_an_envoy_denies_is_no_arrest() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer(
            "وتزامنت تصريحات ترامب مع إنكار شديد من سفير المملكة العربية السعودية لدى الولايات المتحدة، الذي قال إن الادعاءات بأن خاشقجي قد قُتل أو احتجز من قبل السلطات السعودية \"زائفة\".",
            "2018-10-08").Events);
}
