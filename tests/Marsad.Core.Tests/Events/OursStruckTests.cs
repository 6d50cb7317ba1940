using Marsad.Core.Tests.Geo;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// "قصف مواقعنا" in the words of a side's spokesman: "our positions" struck are his side's, not the civilians the
/// sentence counts among the hurt; ground he says was tried for is no strike on his side.
/// </summary>
public class OursStruckTests
{
    [GazetteerFact]
    public void Our_positions_are_the_speakers_side()
    {
        var doc = TestPipeline.ExtractWithRealGazetteer(
            "وقال بختيار دوغان، الناطق الرسمي باسم الجناح العسكري لحزب العمال الكردستاني، إن «الطائرات التركية بدأت أمس في قصف مواقعنا في جبال قنديل، " +
            "وأسفرت الغارات عن مقتل أحد مقاتلينا وإصابة ثلاثة مدنيين من سكان القرى الحدودية».", "2015-07-26");
        var strike = Assert.Single(doc.Events, e => e.SubEventType == "Air/drone strike");
        Assert.Equal("Kurdistan Workers' Party", strike.Actor2?.PlainName);
    }
}
