namespace Marsad.Core.Numbers;

/// <summary>Arabic number words under the matching normalisation (ة→ه, أ→ا, ى→ي), in every gender and case form.</summary>
internal static class ArabicNumberWords
{
    public static readonly Dictionary<string, int> Units = Build(new()
    {
        [1] = "واحد واحده احد احدي",
        [2] = "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي",
        [3] = "ثلاث ثلاثه",
        [4] = "اربع اربعه",
        [5] = "خمس خمسه",
        [6] = "ست سته",
        [7] = "سبع سبعه",
        [8] = "ثمان ثماني ثمانيه",
        [9] = "تسع تسعه",
        [10] = "عشر عشره",
    });

    public static readonly Dictionary<string, int> Tens = Build(new()
    {
        [20] = "عشرون عشرين",
        [30] = "ثلاثون ثلاثين",
        [40] = "اربعون اربعين",
        [50] = "خمسون خمسين",
        [60] = "ستون ستين",
        [70] = "سبعون سبعين",
        [80] = "ثمانون ثمانين",
        [90] = "تسعون تسعين",
    });

    public static readonly Dictionary<string, int> Hundreds = Build(new()
    {
        [100] = "مئه مائه ميه",
        [200] = "مئتان مئتين مائتان مائتين مئتا مائتا",
        [300] = "ثلاثمئه ثلاثمائه",
        [400] = "اربعمئه اربعمائه",
        [500] = "خمسمئه خمسمائه",
        [600] = "ستمئه ستمائه",
        [700] = "سبعمئه سبعمائه",
        [800] = "ثمانمئه ثمانمائه ثمانيمئه ثمانيمائه",
        [900] = "تسعمئه تسعمائه",
    });

    /// <summary>Multipliers: after a number they multiply it ("50 ألف"); alone the singular means one of them.</summary>
    public static readonly Dictionary<string, long> Multipliers = Normalized(new Dictionary<string, long>
    {
        ["الف"] = 1_000, ["الفا"] = 1_000, ["الفان"] = 2_000, ["الفين"] = 2_000, ["الاف"] = 1_000,
        ["مليون"] = 1_000_000, ["مليونا"] = 1_000_000, ["مليونان"] = 2_000_000, ["مليونين"] = 2_000_000, ["ملايين"] = 1_000_000,
        ["مليار"] = 1_000_000_000, ["مليارا"] = 1_000_000_000, ["مليارات"] = 1_000_000_000,
    });

    /// <summary>Vague plurals with ACLED's default figures.</summary>
    public static readonly Dictionary<string, int> Vague = Normalized(new Dictionary<string, int>
    {
        ["عشرات"] = 12, ["العشرات"] = 12,
        ["مئات"] = 100, ["المئات"] = 100,
        ["الاف"] = 1000, ["الالاف"] = 1000,
        ["عده"] = 10, ["بضعه"] = 3, ["بضع"] = 3,
    });

    // Keys are written readably (مئات) and stored the way tokens are matched (ميات).
    private static Dictionary<string, T> Normalized<T>(Dictionary<string, T> source) =>
        source.ToDictionary(kv => Text.ArabicNormalizer.Matching.Normalize(kv.Key), kv => kv.Value);

    private static Dictionary<string, int> Build(Dictionary<int, string> forms)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, words) in forms)
            foreach (var w in words.Split(' ')) d[Text.ArabicNormalizer.Matching.Normalize(w)] = value;
        return d;
    }
}
