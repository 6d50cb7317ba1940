using System.CommandLine;
using System.Diagnostics;
using Marsad.Core.Geo;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad gazetteer import FILE…</c> and <c>marsad gazetteer build</c>: (re)build the gazetteer index in the cache.</summary>
public static class GazetteerCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "GeoNames tables (cities500.txt, SY.txt, allCountries.txt) and admin code files (admin1CodesASCII.txt, admin2Codes.txt)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output") { Description = "Index file to write (default: the cache's gazetteer.idx)" };
        var import = new Command("import", "Build the gazetteer index from cities500 in the cache plus the given GeoNames files") { files, output };
        import.SetAction(parse => Build(parse.GetValue(files) ?? [], parse.GetValue(output)));

        var build = new Command("build", "Build the gazetteer index from cities500 in the cache and data/geo (scripts/setup runs this)") { output };
        build.SetAction(parse => Build([], parse.GetValue(output)));

        var words = new Command("words", "Print the gazetteer's Arabic name words (for the clitic segmenter's lexicon)");
        words.SetAction(_ =>
        {
            foreach (var w in Gazetteer.LoadDefault().ArabicNameWords()) Console.WriteLine(w);
            return 0;
        });

        return new Command("gazetteer", "The GeoNames gazetteer index") { import, build, words };
    }

    private static int Build(string[] files, string? output)
    {
        foreach (var f in files)
            if (!File.Exists(f)) { Console.Error.WriteLine($"error: {f}: no such file"); return 2; }
        if (files.Length == 0 && !File.Exists(GeoCache.Cities500Path()))
        {
            Console.Error.WriteLine($"error: {GeoCache.Cities500Path()} not found: run scripts/setup to download GeoNames cities500");
            return 2;
        }
        var sw = Stopwatch.StartNew();
        try
        {
            foreach (var line in GeoCache.BuildIndex(files, output: output)) Console.Error.WriteLine(line);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or Marsad.Core.LexiconFormatException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        Console.Error.WriteLine($"built in {sw.Elapsed.TotalSeconds:F1}s");
        return 0;
    }
}
