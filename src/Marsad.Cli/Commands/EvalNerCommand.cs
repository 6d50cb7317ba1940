using System.CommandLine;
using System.Globalization;
using Marsad.Core;
using Marsad.Core.Actors;
using Marsad.Core.Geo;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval ner FILE.conll</c>: exact-span P/R/F1 per type (PERS, LOC, ORG), CoNLL-style.</summary>
public static class EvalNerCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("conll") { Description = "A CoNLL file: token TAG per line (BIO), blank line between sentences (e.g. ANERcorp dev.conll)" };
        var noPlaces = new Option<bool>("--no-places") { Description = "LOC from country names only, without the geoparser" };
        var errors = new Option<int>("--errors") { Description = "Print this many missed/spurious entities", DefaultValueFactory = _ => 0 };
        var learnt = new Option<string?>("--names") { Description = "Also use names learnt by `marsad actors import-names` (a names.tsv; \"cache\" for the one in the cache)" };
        var command = new Command("ner", "Score persons, organisations and places on a CoNLL NER file (exact spans)") { file, noPlaces, errors, learnt };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(noPlaces), parse.GetValue(errors), parse.GetValue(learnt)));
        return command;
    }

    private static int Run(string path, bool noPlaces, int errors, string? namesPath)
    {
        NameGazetteer? names = null;
        if (namesPath is not null)
        {
            string p = namesPath == "cache" ? NameGazetteer.DefaultPath : namesPath;
            if (!File.Exists(p)) { Console.Error.WriteLine($"error: {p}: no such file (build it with `marsad actors import-names TRAIN.conll`)"); return 2; }
            try { names = NameGazetteer.Load(p); }
            catch (LexiconFormatException e) { Console.Error.WriteLine($"error: {e.Message}"); return 2; }
        }
        if (!File.Exists(path)) { Console.Error.WriteLine($"error: {path}: no such file"); return 2; }
        List<NerEvaluation.Sentence> sentences;
        try { sentences = NerEvaluation.ReadConll(path); }
        catch (LexiconFormatException e) { Console.Error.WriteLine($"error: {e.Message}"); return 2; }
        GeoParser? geo = null;
        if (!noPlaces)
        {
            try { geo = GeoParser.CreateDefault(); }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or DirectoryNotFoundException)
            {
                Console.Error.WriteLine($"note: geoparser unavailable, LOC from country names only ({e.Message})");
            }
        }
        var pipeline = new ActorPipeline(ActorCatalog.Default, SourceCatalog.Default, geo?.ArabicNameWords(), learntNames: names);
        var result = NerEvaluation.Run(sentences, pipeline, geo?.Recognizer, Math.Max(errors, 0) * 4);
        var table = new Table().AddColumns("type", "gold", "predicted", "correct", "precision", "recall", "F1");
        foreach (var s in result.Scores.Append(result.Overall))
            table.AddRow(s.Type, s.Gold.ToString(), s.Predicted.ToString(), s.Correct.ToString(), F(s.Precision), F(s.Recall), F(s.F1));
        AnsiConsole.Write(table);
        Console.WriteLine($"{sentences.Count} sentences; places: {(geo is null ? "country names only" : "geoparser + country names")}; learnt names: {(names is null ? "none" : names.Count.ToString())}");
        if (errors > 0)
            foreach (var e in result.Errors.Take(errors))
                Console.WriteLine($"{e.Kind,-8} {e.Type,-4} {e.Text}    | {e.Context}");
        return 0;

        static string F(double x) => (100 * x).ToString("F1", CultureInfo.InvariantCulture);
    }
}
