namespace Marsad.Core.Tests.Events;

/// <summary>
/// "وتعني السيطرة على لحج قطع الطريق على الانقلابيين": what an act would mean is talk of it, not its report; "مما يعني
/// أنها أحكمت السيطرة" says a fact that follows, and stays.
/// </summary>
public class WhatAnActWouldMeanTests
{
    [Fact]
    public void A_meaning_is_no_event() =>
        Assert.Empty(TestPipeline.ExtractWithRealGazetteer("وتعني سيطرة المقاومة الشعبية على لحج قطع الطريق على الحوثيين بين تعز ولحج.", "2015-07-27").Events);

    [Fact]
    public void A_fact_it_means_stays() =>
        Assert.Contains(TestPipeline.ExtractWithRealGazetteer(
                "وسيطرت القوات التركية على بلدة جنديرس أمس، مما يعني أنها أحكمت السيطرة على أحد أكبر التجمعات السكنية في منطقة عفرين.", "2018-03-09").Events,
            e => e.EventType == "Battles");
}
