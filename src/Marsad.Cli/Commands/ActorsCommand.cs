using System.CommandLine;
using Marsad.Core;
using Marsad.Core.Actors;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad actors import-petrarch FILE</c> and <c>marsad actors check</c>.</summary>
public static class ActorsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A PETRARCH/CAMEO actor dictionary (e.g. actor_dict_ar_v4.txt)" };
        var output = new Option<string?>("--output") { Description = "Where to write the extra catalog (default: $MARSAD_CACHE or .cache/petrarch-actors.tsv)" };
        var import = new Command("import-petrarch", "Import a PETRARCH/CAMEO actor dictionary as an extra catalog in the user's cache") { file, output };
        import.SetAction(parse => Import(parse.GetValue(file)!, parse.GetValue(output)));

        var check = new Command("check", "Load and validate the actor catalog, nationalities, force nouns and sources; print counts");
        check.SetAction(_ => Check());

        var lookup = new Argument<string>("name") { Description = "Canonical name (with or without its period) or id" };
        var get = new Command("show", "Show a catalog actor and its Arabic aliases") { lookup };
        get.SetAction(parse => Show(parse.GetValue(lookup)!));

        var folder = new Argument<string>("folder") { Description = "A folder of articles (searched recursively)" };
        var limit = new Option<int>("--top") { Description = "How many phrases to print", DefaultValueFactory = _ => 60 };
        var max = new Option<int>("--max-files") { Description = "Read at most this many files", DefaultValueFactory = _ => 2000 };
        var coverage = new Command("coverage", "List frequent group-like phrases (قوات/ميليشيات/مسلحو/فصائل/جيش/حركة … + words) that no actor covers: candidates for actors.tsv") { folder, limit, max };
        coverage.SetAction(parse => Coverage(parse.GetValue(folder)!, parse.GetValue(limit), parse.GetValue(max)));

        var conll = new Argument<string[]>("conll") { Description = "Annotated CoNLL files (token TAG, BIO), e.g. ANERcorp train.conll", Arity = ArgumentArity.OneOrMore };
        var namesOut = new Option<string?>("--output") { Description = "Where to write the names (default: $MARSAD_CACHE or .cache/names.tsv)" };
        var names = new Command("import-names", "Learn person, organisation and place names from an annotated corpus into the user's cache") { conll, namesOut };
        names.SetAction(parse => ImportNames(parse.GetValue(conll)!, parse.GetValue(namesOut)));

        return new Command("actors", "The actor catalog: check it, look actors up, import PETRARCH dictionaries or annotated names") { check, get, import, names, coverage };
    }

    private static int Import(string path, string? output)
    {
        if (!File.Exists(path)) { Console.Error.WriteLine($"error: {path}: no such file"); return 2; }
        try
        {
            var names = ActorCatalog.Load(MarsadData.Path("lexicons", "actors.tsv"), MarsadData.Path("lexicons", "nationalities.tsv"), MarsadData.Path("lexicons", "force-nouns.tsv"));
            var r = PetrarchImporter.Import(path, names, output);
            Console.WriteLine($"{r.Entries} dictionary entries; {r.Mapped} mapped to {r.Actors} ACLED-style actors; {r.Skipped} skipped (no actor code Marsad maps)");
            Console.WriteLine($"top skipped codes: {string.Join(", ", r.UnmappedCodes.OrderByDescending(kv => kv.Value).Take(8).Select(kv => $"{kv.Key} {kv.Value}"))}");
            Console.WriteLine($"written: {r.OutputPath}");
            // Loading it back validates the file and reports how many aliases are new.
            var merged = ActorCatalog.Load(MarsadData.Path("lexicons", "actors.tsv"), MarsadData.Path("lexicons", "nationalities.tsv"),
                MarsadData.Path("lexicons", "force-nouns.tsv"), r.OutputPath);
            Console.WriteLine($"catalog with the import: {merged.Actors.Count} actors, {merged.AliasMatcher.Count} alias phrases (without: {names.Actors.Count} actors, {names.AliasMatcher.Count} phrases)");
            return 0;
        }
        catch (LexiconFormatException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static int ImportNames(string[] files, string? output)
    {
        foreach (var f in files)
            if (!File.Exists(f)) { Console.Error.WriteLine($"error: {f}: no such file"); return 2; }
        try
        {
            var r = NameGazetteer.Build(files, output);
            Console.WriteLine($"{r.Entities} entities read; {r.Kept} names kept, {r.GivenNames} given names; written: {r.OutputPath}");
            return 0;
        }
        catch (LexiconFormatException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static int Check()
    {
        try
        {
            var catalog = ActorCatalog.LoadDefault();
            var sources = SourceCatalog.LoadDefault();
            Console.WriteLine($"actors: {catalog.Actors.Count} rows ({catalog.Actors.Count(a => a.IsGeneric)} generic), {catalog.AliasMatcher.Count} alias phrases");
            foreach (var g in catalog.Actors.GroupBy(a => a.Kind).OrderBy(g => g.Key)) Console.WriteLine($"  {g.Key}: {g.Count()}");
            Console.WriteLine($"nationalities: {catalog.Nationalities.Count}; force nouns: {catalog.ForceNouns.Count}; claim sources: {sources.Sources.Count}");
            if (File.Exists(PetrarchImporter.DefaultCatalogPath)) Console.WriteLine($"extra catalog loaded: {PetrarchImporter.DefaultCatalogPath}");
            return 0;
        }
        catch (LexiconFormatException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static int Show(string name)
    {
        var catalog = ActorCatalog.LoadDefault();
        if (!catalog.TryGet(name, out var actor)) { Console.Error.WriteLine($"no actor \"{name}\""); return 1; }
        Console.WriteLine($"{actor.Id}\t{actor.Name}\tinter {actor.Inter}\t{actor.Country ?? "-"}\t{actor.Kind}\t{actor.From}-{actor.To}\tparent {actor.Parent ?? "-"}");
        foreach (var alias in catalog.AliasesOf(actor.Id)) Console.WriteLine("  " + alias);
        return 0;
    }

    private static readonly HashSet<string> GroupNouns = new[]
    {
        "قوات", "القوات", "ميليشيات", "الميليشيات", "ميليشيا", "مليشيات", "المليشيات", "مسلحو", "مسلحي", "مقاتلو", "مقاتلي", "عناصر", "فصائل",
        "الفصائل", "فصيل", "جيش", "الجيش", "حركة", "تنظيم", "جماعة", "كتائب", "لواء", "ألوية", "سرايا", "جبهة", "طائرات", "الطائرات", "طيران", "الطيران",
    }.Select(w => Marsad.Core.Text.ArabicNormalizer.Matching.Normalize(w)).ToHashSet();

    private static int Coverage(string folder, int top, int maxFiles)
    {
        if (!Directory.Exists(folder)) { Console.Error.WriteLine($"error: {folder}: no such folder"); return 2; }
        var pipeline = ActorPipeline.CreateDefault();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int files = 0, mentions = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(maxFiles))
        {
            Document d;
            try { d = Marsad.Core.Input.ArticleReader.ReadFile(path)[0].ToDocument(); }
            catch (Marsad.Core.Input.InputException) { continue; }
            files++;
            pipeline.Text.Process(d);
            pipeline.Actors.Process(d);
            mentions += d.Actors.Count;
            var covered = new bool[d.Tokens.Count];
            foreach (var a in d.Actors) for (int k = a.FirstToken; k <= a.LastToken; k++) covered[k] = true;
            for (int i = 0; i + 1 < d.Tokens.Count; i++)
            {
                if (covered[i] || covered[i + 1] || !GroupNouns.Contains(d.Tokens[i].Lemma) && !GroupNouns.Contains(d.Tokens[i].Norm)) continue;
                if (!d.Tokens[i + 1].IsWord) continue;
                string phrase = d.Tokens[i].Lemma + " " + d.Tokens[i + 1].Norm;
                if (i + 2 < d.Tokens.Count && d.Tokens[i + 2].IsWord && !covered[i + 2] && d.Tokens[i + 2].Norm.StartsWith("ال", StringComparison.Ordinal))
                    phrase += " " + d.Tokens[i + 2].Norm;
                counts[phrase] = counts.GetValueOrDefault(phrase) + 1;
            }
        }
        Console.WriteLine($"{files} files, {mentions} actor mentions; uncovered group-like phrases (matching form):");
        foreach (var (phrase, n) in counts.OrderByDescending(kv => kv.Value).Take(top)) Console.WriteLine($"{n,6}  {phrase}");
        return 0;
    }
}
