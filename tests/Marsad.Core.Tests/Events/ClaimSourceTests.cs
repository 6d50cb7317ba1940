namespace Marsad.Core.Tests.Events;

/// <summary>
/// Who a claim's source is: a monitor that documented or counted an act speaks for it; how a speaker spoke, and whom he
/// spoke with, are not part of his name; a word carrying a pronoun opens what was said, not who said it; a body or man
/// named again by one word of the last source is that source.
/// </summary>
public class ClaimSourceTests
{
    private static string? SourceOf(string text, int sentence = 0)
    {
        var doc = TestPipeline.Extract(text, "2018-07-05");
        return doc.Claims.TryGetValue(sentence, out var claim) ? claim.DisplayName : null;
    }

    [Theory]
    [InlineData("ووثق المرصد السوري لحقوق الإنسان مقتل خمسة مدنيين في غارات على بلدة صيدا.")]
    [InlineData("وأحصى المرصد السوري لحقوق الإنسان تنفيذ أكثر من 600 ضربة جوية على ريف درعا.")]
    public void A_monitor_that_documented_or_counted_an_act_is_its_source(string text) =>
        Assert.Equal("Syrian Observatory for Human Rights", SourceOf(text));

    [Theory]
    [InlineData("وأضاف لافروف قائلا إن الطائرات قصفت مواقع للجيش السوري.", "لافروف")]
    [InlineData("وقال السفير السعودي معلقا إن الحوثيين أطلقوا صاروخا على نجران.", "السفير السعودي")]
    [InlineData("وقال ترامب مع إنكار شديد من سفير المملكة إن الصحفي قتل.", "ترامب")]
    public void How_and_with_whom_a_speaker_spoke_is_no_part_of_his_name(string text, string source) =>
        Assert.Equal(source, SourceOf(text));

    [Theory]
    [InlineData("وباتت أعمال القوات مصدر فخر للسعوديين كافة.")]
    [InlineData("وتبقى الهجمات مصدر قلق كبير للسكان.")]
    public void A_source_of_pride_or_worry_is_no_one_who_tells(string text) => Assert.Null(SourceOf(text));

    [Fact]
    public void A_state_named_by_its_country_is_the_whole_source()
    {
        var doc = TestPipeline.Extract("كما دانت الولايات المتحدة الأميركية إطلاق ميليشيات الحوثي الموالية لإيران صواريخ باليستية على الرياض أمس.", "2018-03-27");
        Assert.Equal("الولايات المتحدة الأميركية", doc.Claims[0].Source);
    }

    [Fact]
    public void A_word_with_a_pronoun_after_the_verb_is_what_was_said_not_who_said_it() =>
        Assert.Null(SourceOf("وأعلن وقوفه مع قوات الشرعية في مواجهة الانقلابيين."));

    [Fact]
    public void Kin_with_a_pronoun_still_speak() =>
        Assert.Equal("أسرته", SourceOf("وقالت أسرته إن مسلحين خطفوه من منزله في بنغازي."));

    [Theory]
    [InlineData("وقال المتحدث باسم التحالف العقيد الركن تركي المالكي إن الدفاعات اعترضت صاروخا. وأضاف المالكي أن الحوثيين أطلقوا صاروخا آخر على جازان.")]
    [InlineData("وقالت وزارة الصحة في غزة إن 3 فلسطينيين قتلوا. وأضافت الوزارة أن الجيش الإسرائيلي قصف موقعا في رفح.")]
    public void A_source_named_again_by_one_of_its_words_is_that_source(string text)
    {
        var first = SourceOf(text, 0);
        Assert.NotNull(first);
        Assert.Equal(first, SourceOf(text, 1));
    }

    [Theory]
    [InlineData("وأفاد المصدر نفسه بتصاعد الضربات الجوية على مناطق عدة في درعا.")]
    [InlineData("وأضاف المصدر أن الطائرات الروسية قصفت بلدة معرة النعمان.")]
    public void The_source_told_again_is_the_one_before_and_ends_where_its_report_starts(string again)
    {
        var text = "قال المرصد السوري لحقوق الإنسان إن الطائرات الروسية قصفت بلدة كفرنبل. " + again;
        Assert.Equal("Syrian Observatory for Human Rights", SourceOf(text, 1));
    }

    [Fact]
    public void What_a_report_tells_after_bi_is_no_part_of_its_source()
    {
        var doc = TestPipeline.Extract("وأفاد مسؤولون محليون بوقوع اشتباكات عنيفة في ريف إدلب.", "2018-07-05");
        Assert.Equal("مسؤولون محليون", doc.Claims[0].Source);
    }
}
