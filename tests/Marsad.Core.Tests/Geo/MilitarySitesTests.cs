using Marsad.Core.Geo;

namespace Marsad.Core.Tests.Geo;

public class MilitarySitesTests
{
    private const string Header = "name_en\tnames_ar\tiso2\tadmin1_code\tlat\tlon\tfeature_code\tnote\toperator\n";

    private static Place At(string name, string featureCode) =>
        new(1, name, null, 0, 0, "SY", "Syria", null, null, null, featureCode[0] == 'P' ? "P" : "S", featureCode, 0);

    [Fact]
    public void A_base_is_held_by_its_operator_else_by_its_host()
    {
        string path = Path.Combine(Path.GetTempPath(), $"places-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, Header
            + "Foreign Base\tقاعدة أ\tSY\tSY.01\t35\t36\tAIRB\t\tRU\n"
            + "Home Base\tمطار ب\tSY\tSY.01\t35\t36\tAIRB\t\t\n"
            + "Some Town\tبلدة ج\tSY\tSY.01\t35\t36\tPPL\t\t\n");
        try
        {
            var sites = MilitarySites.Load(path);
            Assert.Equal("RU", sites.HolderOf(At("Foreign Base", "AIRB")));
            Assert.Equal("SY", sites.HolderOf(At("Home Base", "AIRB")));
            Assert.Null(sites.HolderOf(At("Some Town", "PPL")));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_bad_operator_names_file_and_line()
    {
        string path = Path.Combine(Path.GetTempPath(), $"places-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, Header + "Base\tقاعدة\tSY\tSY.01\t35\t36\tAIRB\t\tRussia\n");
        try
        {
            var e = Assert.Throws<LexiconFormatException>(() => MilitarySites.Load(path));
            Assert.Contains(path, e.Message);
            Assert.Contains(":2", e.Message);
        }
        finally { File.Delete(path); }
    }
}
