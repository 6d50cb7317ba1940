using Marsad.Core.Numbers;
using Marsad.Core.Tests.Support;

namespace Marsad.Core.Tests.Numbers;

public class NumberRecognizerTests
{
    private static NumberMention One(string text)
    {
        var doc = Analyze.Text(text);
        return Assert.Single(doc.Numbers);
    }

    [Theory]
    [InlineData("مقتل جنديين في الهجوم", 2)]
    [InlineData("قتل فيه مستوطنان وأصيب ثالث", 2)]
    [InlineData("واستشهد شابان برصاص الجيش", 2)]
    [InlineData("إصابة طفلتين بجروح", 2)]
    public void A_person_noun_in_the_dual_counts_two(string text, double value) => Assert.Equal((decimal)value, One(text).Value);

    [Theory]
    [InlineData("مقتل مدنيين في الهجوم")]      // the sound plural, spelled like an oblique dual: no figure
    [InlineData("قتل مستوطنين في الهجوم")]
    [InlineData("دعم حركة طالبان")]
    public void A_plural_spelled_like_a_dual_is_no_count(string text) => Assert.Empty(Analyze.Text(text).Numbers);

    // (a share is no count: "70 في المائة من ضحايا القصف" counts no one, and "المائة" there is no hundred)
    [Theory]
    [InlineData("وكشفت منظمات حقوقية أن نحو 70 في المائة من ضحايا القصف من الأطفال")]
    [InlineData("قتل 40 بالمئة من سكان الحي")]
    [InlineData("ارتفع عدد الجرحى 4% في المعارك")]
    [InlineData("تراجع عدد القتلى 6 في المئة")]
    public void A_percentage_is_no_count(string text) => Assert.Empty(Analyze.Text(text).Numbers);

    // (the parts of a slashed date are no counts: "استشهدوا يوم الجمعة 1436/10/15هـ" counts no 1436 dead)
    [Theory]
    [InlineData("استشهدوا يوم الجمعة 1436/10/15هـ بعد تعرض المركز لقذائف")]
    [InlineData("قتلوا في 15/7 بقذائف")]
    public void A_slashed_date_is_no_count(string text) => Assert.Empty(Analyze.Text(text).Numbers);

    [Fact]
    public void Dual_lexicon_errors_name_file_and_line()
    {
        string path = Path.Combine(Path.GetTempPath(), $"duals-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "singular_ar\tduals_ar\tnote\nجندي\tجنود\tnot a dual\n");
        try
        {
            var e = Assert.Throws<LexiconFormatException>(() => DualNouns.Load(path));
            Assert.Contains(path, e.Message);
            Assert.Contains(":2", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData("قتل 12 شخصا", 12)]
    [InlineData("قتل ١٢ شخصا", 12)]
    [InlineData("نزح 1,200 شخص", 1200)]
    [InlineData("نزح 6.1 مليون شخص", 6_100_000)]
    [InlineData("فر 50 ألف شخص", 50_000)]
    [InlineData("قتل ثلاثة جنود", 3)]
    [InlineData("قتل ثلاث نساء", 3)]
    [InlineData("قتل اثنان من الجنود", 2)]
    [InlineData("مقتل اثنين من الجنود", 2)]
    [InlineData("قتل أحد عشر شخصا", 11)]
    [InlineData("قتل خمسة عشر شخصا", 15)]
    [InlineData("قتل خمسة وعشرون شخصا", 25)]
    [InlineData("قتل عشرون شخصا", 20)]
    [InlineData("مقتل تسعين شخصا", 90)]
    [InlineData("قتل مئة شخص", 100)]
    [InlineData("قتل مائة شخص", 100)]
    [InlineData("قتل مئتان وخمسون شخصا", 250)]
    [InlineData("قتل ثلاثة آلاف شخص", 3000)]
    [InlineData("قتل ألف شخص", 1000)]
    [InlineData("قتل مليون شخص", 1_000_000)]
    [InlineData("قتل عشرة أشخاص", 10)]
    [InlineData("قتلت ثلاث مئة امرأة", 300)]
    [InlineData("مقتل جندي وثلاثة مدنيين", 3)]     // a number may open with و
    [InlineData("مقتل جندي وخمسة وعشرين مدنيا", 25)]
    public void Exact_values(string text, double value)
    {
        var n = One(text);
        Assert.Equal((decimal)value, n.Value);
        Assert.Equal(NumberQualifier.Exact, n.Qualifier);
    }

    [Theory]
    [InlineData("قتل نحو 20 شخصا", 20, NumberQualifier.About)]
    [InlineData("قتل حوالي 20 شخصا", 20, NumberQualifier.About)]
    [InlineData("قتل قرابة عشرين شخصا", 20, NumberQualifier.About)]
    [InlineData("قتل أكثر من 30 شخصا", 30, NumberQualifier.AtLeast)]
    [InlineData("قتل ما لا يقل عن 30 شخصا", 30, NumberQualifier.AtLeast)]
    [InlineData("قتل 30 شخصا على الأقل", 30, NumberQualifier.AtLeast)]
    [InlineData("قتل أقل من 10 أشخاص", 10, NumberQualifier.AtMost)]
    [InlineData("قتل العشرات", 12, NumberQualifier.Vague)]
    [InlineData("قتل عشرات المدنيين", 12, NumberQualifier.Vague)]
    [InlineData("شارك المئات من المقاتلين", 100, NumberQualifier.Vague)]
    [InlineData("نزح آلاف المدنيين", 1000, NumberQualifier.Vague)]
    public void Qualified_and_vague_values(string text, double value, NumberQualifier qualifier)
    {
        var n = One(text);
        Assert.Equal((decimal)value, n.Value);
        Assert.Equal(qualifier, n.Qualifier);
    }

    [Fact]
    public void Qualifier_is_part_of_the_span()
    {
        string text = "قتل أكثر من 30 شخصا";
        var n = One(text);
        Assert.Equal("أكثر من 30", n.Span.Slice(text));
    }

    [Fact]
    public void Two_numerals_in_a_row_are_two_numbers()
    {
        var doc = Analyze.Text("بين 2017 2018");
        Assert.Equal(2, doc.Numbers.Count);
    }
}

public class NumberDigitsTests
{
    [Theory]
    [InlineData("سقط 1,200 صاروخ", 1200)]
    [InlineData("نحو 3.5 مليون نازح", 3500000)]
    [InlineData("قتل 1,5 ألف شخص", 1500)]
    [InlineData("قتل ١٢٠٠ شخص", 1200)]
    [InlineData("قتل خمسة وعشرون شخصا", 25)]
    [InlineData("قتل الخمسة", 5)]
    public void Numerals_and_number_words_read_as_before(string text, double value) =>
        Assert.Equal((decimal)value, Assert.Single(Marsad.Core.Tests.Support.Analyze.Text(text).Numbers).Value);
}
