using Marsad.Core.Geo;

namespace Marsad.Core.Tests.Geo;

/// <summary>
/// "في محافظة إب", "تعز وإب": Ibb's two letters are too short for a matching key ("اب" is also a father), so the
/// gazetteer keeps a two-letter name with a hamza seat as written, and the recogniser reads it by its spelling.
/// </summary>
public class TwoLetterNamesTests
{
    private static readonly string IbbRow = string.Join('\t', "74477", "Ibb", "Ibb", "Ibas,Ibb,إب,اب", "13.96667", "44.18333",
        "P", "PPLA", "YE", "", "23", "", "", "", "234837", "", "0", "Asia/Aden", "2024-01-01");

    private static Gazetteer WithIbb()
    {
        var builder = new GazetteerBuilder();
        builder.AddGeoNamesTable(new StringReader(string.Join('\n', GeoTestData.Lines.Append(IbbRow))));
        builder.AddMarsadTables(MarsadData.Path("geo"));
        return builder.Build();
    }

    private static readonly Lazy<Gazetteer> Gazetteer = new(WithIbb);

    private static List<(string Text, string? Code)> Places(string text) =>
        GeoTestData.Parse(text, Gazetteer.Value).Places.Select(p => (text[p.Span.Start..p.Span.End], p.Place?.FeatureCode)).ToList();

    [Fact]
    public void Only_a_two_letter_name_with_a_hamza_is_kept_as_written()
    {
        Assert.Equal("=إب", GazetteerKeys.AsWrittenKey("إب"));
        Assert.Null(GazetteerKeys.AsWrittenKey("اب"));
        Assert.Null(GazetteerKeys.AsWrittenKey("قم"));
        Assert.Null(GazetteerKeys.AsWrittenKey("أدلب"));
        Assert.Contains(Gazetteer.Value.NamesAsWritten, n => n.Spelling == "إب" && n.Entries.Length == 2);   // the city and the governorate
    }

    [Fact]
    public void The_governorate_after_its_cue() =>
        Assert.Contains(("إب", "ADM1"), Places("سيطرت المقاومة على مناطق واسعة في محافظة إب جنوب صنعاء."));

    [Fact]
    public void The_town_with_a_conjunction_or_a_preposition()
    {
        // (the mention's span is the name's, without the letter before it)
        Assert.Contains(("إب", "PPLA"), Places("اندلعت اشتباكات عنيفة في تعز وإب أمس."));
        Assert.Contains(("إب", "PPLA"), Places("اندلعت اشتباكات عنيفة بإب أمس."));
    }

    [Fact]
    public void A_father_is_no_town()
    {
        Assert.Empty(Places("قال أب الطفل إن ابنه قتل في القصف."));
        Assert.Empty(Places("قال اب الطفل إن ابنه قتل في القصف."));
    }
}
