using Marsad.Core.Text;

namespace Marsad.Core.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var doc = new Document(text);
        new Tokenizer().Process(doc);
        new SentenceSplitter().Process(doc);
        return doc.Sentences.Select(s => doc.Slice(s.Span)).ToList();
    }

    [Fact]
    public void Splits_on_arabic_and_latin_terminators()
    {
        var s = Split("قتل خمسة. هل انتهت المعركة؟ نعم! ربما… لا");
        Assert.Equal(new[] { "قتل خمسة.", "هل انتهت المعركة؟", "نعم!", "ربما…", "لا" }, s);
    }

    [Fact]
    public void Does_not_split_inside_numbers()
    {
        Assert.Single(Split("بلغ عدد النازحين 6.1 مليون نازح"));
    }

    [Fact]
    public void Does_not_split_inside_quotes()
    {
        var s = Split("وقال البيان «تحرير المدينة مهم. إنه نصر كبير». وأضاف المتحدث أن المعركة انتهت.");
        Assert.Equal(2, s.Count);
        Assert.EndsWith("».", s[0]);
        Assert.Equal("وقال البيان «تحرير المدينة مهم. إنه نصر كبير».", s[0]);
    }

    [Fact]
    public void A_quote_closed_after_its_stop_ends_the_sentence_when_a_new_clause_follows()
    {
        // ("«… أخرى.»واضاف البيان": the statement goes on in a sentence of its own; "«…» قال المسؤول" keeps its speaker)
        var s = Split("وقالت الوزارة في بيان: «تم القضاء على عنصر إرهابي.»واضاف البيان: إن قوات الأمن اعتقلت أحد العناصر.");
        Assert.Equal(2, s.Count);
        Assert.StartsWith("واضاف", s[1]);
        Assert.Single(Split("«تم القضاء على عنصر إرهابي.» قال المتحدث باسم الوزارة"));
    }

    [Fact]
    public void Curly_quotes_count_too()
    {
        var s = Split("وجاء في البيان “تحرير مدينة البوكمال. يكتسب أهمية كبيرة”. وقال القائد إن المعركة انتهت.");
        Assert.Equal(2, s.Count);
    }

    [Fact]
    public void Does_not_split_after_abbreviations()
    {
        Assert.Single(Split("نقلت وكالة أ.ف.ب عن مصدر أن الهجوم وقع"));
        Assert.Single(Split("The U.S. forces and Dr. Smith said so"));
    }

    [Fact]
    public void Line_breaks_end_sentences_even_without_punctuation()
    {
        var s = Split("عنوان الخبر\nقتل خمسة في هجوم");
        Assert.Equal(new[] { "عنوان الخبر", "قتل خمسة في هجوم" }, s);
    }

    [Fact]
    public void A_stop_with_no_space_after_still_splits()
    {
        var s = Split("خطط لهجمات في أنحاء العالم.وبعد تقدم استمر شهورا");
        Assert.Equal(2, s.Count);
    }

    [Fact]
    public void An_unclosed_quote_does_not_swallow_the_next_paragraph()
    {
        var s = Split("قال «هذا خطأ. وانتهى\nسطر جديد. وآخر.");
        Assert.Equal(3, s.Count);
    }

    [Fact]
    public void A_straight_quote_after_a_stop_and_a_space_opens_the_next_sentence()
    {
        // Photo captions credited to their agency: taking the opening quote for a closing one would invert every later
        // pair and keep the rest of the page in one "quoted" sentence.
        var s = Split("تحسن سوق العمل. \"رويترز\" روبوتات في طوكيو أمس. \"الفرنسية\" محتجون في كراكاس. ونزل الآلاف في فنزويلا.");
        Assert.Equal(new[] { "تحسن سوق العمل.", "\"رويترز\" روبوتات في طوكيو أمس.", "\"الفرنسية\" محتجون في كراكاس.",
                             "ونزل الآلاف في فنزويلا." }, s);
    }

    [Fact]
    public void A_straight_quote_touching_the_stop_still_closes_its_sentence()
    {
        var s = Split("وقال: \"انتهت المعركة.\" وأكد المتحدث ذلك. ثم غادر.");
        Assert.Equal(3, s.Count);
        Assert.Equal("وقال: \"انتهت المعركة.\"", s[0]);
    }

    [Fact]
    public void A_comma_before_a_turn_to_another_report_ends_a_run_on_sentence()
    {
        // ("…، على صعيد متصل أكد مصدر", "…، في غضون ذلك استهدف": a writer who strings reports with commas still opens each
        // with its turn; a plain comma does not split)
        var s = Split("أعلنت المقاومة سيطرتها على معسكر لبوزة، ما أدى إلى هروب المئات، على صعيد متصل أكد مصدر أمني مقتل 40 مسلحا، وفي غضون ذلك استهدف رجال المقاومة القناصة.");
        Assert.Equal(3, s.Count);
        Assert.StartsWith("على صعيد متصل", s[1]);
        Assert.StartsWith("وفي غضون ذلك", s[2]);
        Assert.Single(Split("قالت المصادر «قتل 40 مسلحا، على صعيد متصل تقدمت القوات» في بيان."));
    }

    [Fact]
    public void The_turns_are_read_from_the_cue_lexicon_and_its_errors_name_file_and_line()
    {
        // (the topic_shift rows marked in the splits column: "ميدانيا" and "من جهتها" split; "بالتزامن", a topic shift
        // unmarked, goes on with the act before)
        var s = Split("أعلنت الحكومة خطة جديدة، ميدانيا سيطرت القوات على التلة، من جهتها نفت المعارضة ذلك، وبالتزامن مع ذلك قصفت المدفعية القرية.");
        Assert.Equal(3, s.Count);
        Assert.StartsWith("ميدانيا", s[1]);
        Assert.StartsWith("من جهتها", s[2]);

        string path = Path.Combine(Path.GetTempPath(), $"cues-{Guid.NewGuid():N}.tsv");
        try
        {
            File.WriteAllText(path, "form_ar\tclass\tnote\tsplits\nفي سياق متصل\ttopic_shift\t\tyes\nقال\treporting\t\tyes\n");
            var e = Assert.Throws<LexiconFormatException>(() => ReportTurns.Load(path));
            Assert.Contains(path, e.Message);
            Assert.Contains("3", e.Message);
        }
        finally { File.Delete(path); }
    }
}
