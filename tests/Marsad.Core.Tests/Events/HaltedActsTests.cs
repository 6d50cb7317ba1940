using Marsad.Core.Events;
using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "أوقفت القوات العراقية عمليات القصف الجوي والمدفعي جزئيا": an act a verb of halting or suspending takes as its object
/// is not going on; "تسمح لأمريكا بشن غارات": an act allowed is not yet done; "عثر على جثتيهما": bodies found are no
/// weapons found.
/// </summary>
public class HaltedActsTests
{
    private static List<ExtractedEvent> Events(string text) => TestPipeline.ExtractWithRealGazetteer(text, "2015-07-21").Events;

    [GazetteerFact]
    public void Shelling_halted_is_no_shelling()
    {
        var halted = Events("وأفادت مصادر عسكرية عراقية أمس الاثنين أن القوات العراقية أوقفت عمليات القصف الجوي والمدفعي جزئيا على أحياء الفلوجة.");
        Assert.DoesNotContain(halted, e => e.SubEventType is "Air/drone strike" or "Shelling/artillery/missile attack");
        var suspended = Events("وقالت المصادر إن القوات العراقية علقت جزئيا العمليات العسكرية من قصف جوي ومدفعي على احياء الفلوجة.");
        Assert.DoesNotContain(suspended, e => e.SubEventType is "Air/drone strike" or "Shelling/artillery/missile attack");
        var carriedOut = Events("وأفادت مصادر عسكرية عراقية أمس الاثنين أن القوات العراقية نفذت عمليات القصف الجوي والمدفعي على أحياء الفلوجة.");
        Assert.Contains(carriedOut, e => e.SubEventType is "Air/drone strike" or "Shelling/artillery/missile attack");
    }

    [GazetteerFact]
    public void Strikes_allowed_are_not_yet_struck()
    {
        Assert.DoesNotContain(Events("قالت الصحيفة إن تركيا تسمح لأمريكا بشن غارات جوية على مواقع تنظيم داعش من قاعدة إنجرليك الجوية."),
            e => e.SubEventType == "Air/drone strike");
        // (struck where the sentence names: the base they took off from is no scene — see BaseLentTests)
        Assert.Contains(Events("قالت الصحيفة إن الطائرات الأمريكية شنت غارات جوية على مواقع تنظيم داعش في الرقة انطلاقا من قاعدة إنجرليك الجوية."),
            e => e.SubEventType == "Air/drone strike" && e.Location?.Place?.Name == "Ar Raqqah");
    }

    [GazetteerFact]
    public void Found_tells_of_weapons_only_with_them_named()
    {
        // (a man missing found, bodies found: the found verb alone is no find of weapons)
        var missingFound = TestPipeline.ExtractWithRealGazetteer(new Document(
            "استطاعت الأجهزة الأمنية العثور على الشاب الذي تغيب عن ذويه أول أيام العيد، بعد تحريات قامت بها الشرطة، حيث عثر على الشاب في الرياض بحالة صحية جيدة.",
            "missing", DateOnly.Parse("2015-07-30"), title: "شرطة حائل تعثر على الشاب المتغيب في الرياض")).Events;
        Assert.DoesNotContain(missingFound, e => e.SubEventType == "Disrupted weapons use");
        Assert.Contains(Events("قالت مصادر أمنية إن قوات الأمن المصرية عثرت على عبوة ناسفة في العريش أمس."),
            e => e.SubEventType == "Disrupted weapons use");
    }
}
