using Marsad.Core.Geo;

namespace Marsad.Storage.Tests;

/// <summary>
/// A gazetteer index written by an older Marsad (another index version) is a set-up step to take again, not a crash: the
/// CLI says so in one line that names scripts/setup, exit code 2, and no stack trace.
/// </summary>
public class OutdatedIndexTests
{
    [Fact]
    public void An_index_of_another_version_names_scripts_setup()
    {
        string cache = Path.Combine(Path.GetTempPath(), "marsad-old-index-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(cache);
        try
        {
            using (var w = new BinaryWriter(File.Create(Path.Combine(cache, Gazetteer.IndexFileName))))
            {
                w.Write(Gazetteer.Magic);
                w.Write(Gazetteer.Version - 1);
            }
            string article = Path.Combine(cache, "a.txt");
            File.WriteAllText(article, "قتل ثلاثة مدنيين في قصف على مدينة حلب أمس.");
            var (code, _, stderr) = CliBinary.RunIn(cache, "extract", article, "--published", "2018-06-01");
            Assert.Equal(2, code);
            Assert.Contains("scripts/setup", stderr);
            Assert.DoesNotContain("Unhandled", stderr);
            Assert.DoesNotContain("   at ", stderr);
        }
        finally { Directory.Delete(cache, recursive: true); }
    }
}
