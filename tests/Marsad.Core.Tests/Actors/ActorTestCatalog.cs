using Marsad.Core.Actors;

namespace Marsad.Core.Tests.Actors;

/// <summary>Small catalogs written by the tests into a temporary folder.</summary>
internal sealed class ActorTestCatalog : IDisposable
{
    public const string ActorsHeader = "id\tname\tinter\tcountry\tkind\tfrom\tto\tparent\taliases_ar";

    public ActorTestCatalog()
    {
        Dir = Path.Combine(Path.GetTempPath(), "marsad-actors-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
    }

    public string Dir { get; }

    public string Write(string name, params string[] lines)
    {
        string path = Path.Combine(Dir, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    public string Nationalities() => Write("nationalities.tsv",
        "# test nationalities",
        "iso2\tcountry_en\tcountry_ar\tadjectives_ar",
        "SY\tSyria\tسوريا | سورية\tسوري | سورية | سوريون | سوريين",
        "JO\tJordan\tالأردن\tأردني | أردنية",
        "TR\tTurkey\tتركيا\tتركي | تركية | أتراك",
        "RU\tRussia\tروسيا\tروسي | روسية | روس",
        "IL\tIsrael\tإسرائيل\tإسرائيلي | إسرائيلية",
        "EG\tEgypt\tمصر\tمصري | مصرية",
        "IQ\tIraq\tالعراق\tعراقي | عراقية",
        "LB\tLebanon\tلبنان\tلبناني | لبنانية");

    public string ForceNouns() => Write("force-nouns.tsv",
        "noun_ar\tkind\tair",
        "الجيش\tmilitary\t0",
        "جيش\tmilitary\t0",
        "القوات\tmilitary\t0",
        "قوات\tmilitary\t0",
        "الطيران\tmilitary\t1",
        "طيران\tmilitary\t1",
        "المقاتلات\tmilitary\t1",
        "الشرطة\tpolice\t0",
        "قوات الأمن\tpolice\t0");

    public string Actors(params string[] rows) => Write("actors.tsv", [ActorsHeader, .. rows]);

    public static readonly string[] DefaultRows =
    {
        "sy-military\tMilitary Forces of Syria (2000-2024)\t1\tSY\tmilitary\t2000\t2024\t\tالجيش السوري | قوات النظام | الجيش العربي السوري",
        "sy-military-2024\tMilitary Forces of Syria (2024-)\t1\tSY\tmilitary\t2024\t\t\tالجيش السوري | الجيش العربي السوري",
        "sy-fsa\tFree Syrian Army\t2\tSY\trebel\t2011\t\t\tالجيش السوري الحر | الجيش الحر",
        "isis\tIslamic State\t2\t\trebel\t2013\t\t\tداعش | تنظيم داعش | تنظيم الدولة الإسلامية | الدولة الإسلامية",
        "lb-hezbollah\tHezbollah\t3\tLB\tpolitical_militia\t\t\t\tحزب الله | مقاتلو حزب الله",
        "lb-kh\tKataib Hezbollah\t3\tIQ\tpolitical_militia\t\t\t\tكتائب حزب الله",
        "generic-uag\tUnidentified Armed Group (X)\t3\t\tother\t\t\t\tمسلحون مجهولون | مسلحين مجهولين",
        "generic-civilians\tCivilians (X)\t7\t\tcivilians\t\t\t\tمدنيون | مدنيين | أطفال | نساء",
        "generic-protesters\tProtesters (X)\t6\t\tprotesters\t\t\t\tمتظاهرون | محتجون | متظاهرين",
        "generic-rioters\tRioters (X)\t5\t\trioters\t\t\t\tمشاغبون",
        "generic-tribal\tUnidentified Tribal Militia (X)\t4\t\tidentity_militia\t\t\t\tعشائر | مسلحون من عشيرة",
        "generic-military\tMilitary Forces of (X)\t1\t\tmilitary\t\t\t\tالجيش | القوات المسلحة",
    };

    public ActorCatalog Load(params string[] rows) =>
        ActorCatalog.Load(Actors(rows.Length == 0 ? DefaultRows : rows), Nationalities(), ForceNouns());

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}
