using System.Diagnostics;
using Marsad.Core.Evaluation;
using Marsad.Core.Records;
using Marsad.Core.Tests.Support;

namespace Marsad.Core.Tests.Events;

/// <summary>`marsad eval events` must print what ../shared/eval/score.py prints on the same files.</summary>
public class EventScorerTests
{
    [Fact]
    public void Actor_names_fold_like_score_py()
    {
        Assert.Equal("military forces of syria", EventScorer.NormActor("Military Forces of Syria (2000-2024)"));
        Assert.Equal(EventScorer.NormActor("ISIS"), EventScorer.NormActor("Islamic State"));
        Assert.Equal(EventScorer.NormActor("Houthis"), EventScorer.NormActor("The Houthi Movement"));
    }

    /// <summary>
    /// The catalog names an actor the scorer folds with a name it folds: ACLED's "PKK: Kurdistan Workers Party" is
    /// in no group of score.py's, so every PKK event was scored a wrong actor against gold written either way.
    /// </summary>
    [Theory]
    [InlineData("pkk", "PKK")]
    [InlineData("houthis", "Houthis")]
    public void Catalog_names_fold_into_the_scorer_groups(string id, string alias)
    {
        Assert.True(Marsad.Core.Actors.ActorCatalog.Default.TryGet(id, out var actor));
        Assert.Equal(EventScorer.NormActor(alias), EventScorer.NormActor(actor.Name));
    }

    [SharedDataFact]
    public void Agrees_with_the_reference_scorer_on_the_seed()
    {
        var python = FindPython();
        if (python is null) return;   // no interpreter: nothing to compare against
        string dir = Directory.CreateTempSubdirectory("marsad-score").FullName;
        string goldDir = Path.Combine(dir, "gold"), sysDir = Path.Combine(dir, "sys");
        Directory.CreateDirectory(goldDir); Directory.CreateDirectory(sysDir);
        File.Copy(SharedData.Path("seed", "bukamal.expected.json"), Path.Combine(goldDir, "bukamal.json"));
        var doc = TestPipeline.Extract(File.ReadAllText(SharedData.Path("seed", "bukamal.txt")), "2017-11-10");
        var records = doc.Events.Select(e => RecordBuilder.Default.Build(e, doc)).ToList();
        // One deliberate false alarm and a shifted date, so the comparison covers more than a perfect score.
        records.Add(records[0] with { EventDate = "2017-11-01", EventType = "Battles" });
        using (var w = new StreamWriter(Path.Combine(sysDir, "bukamal.json"))) RecordWriter.WriteJson(w, records);

        var gold = EventScorer.LoadGold(Path.Combine(goldDir, "bukamal.json"), out _, out _, out _);
        var ours = EventScorer.Score(new[] { ("bukamal.json", gold, (IReadOnlyList<AcledRecord>)records) });
        var psi = new ProcessStartInfo(python, $"\"{SharedData.Path("..", "eval", "score.py")}\" \"{goldDir}\" \"{sysDir}\"") { RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.Contains($"matched {ours.Matched}, false alarms {ours.FalseAlarms}, misses {ours.Misses}", output);
        Assert.Contains($"P={ours.Precision:F3} R={ours.Recall:F3} F1={ours.F1:F3}", output);
        foreach (var field in EventScorer.FieldNames)
        {
            var (ok, n) = ours.Fields[field];
            Assert.Contains($"{field,-15} {ok}/{n}", output);
        }
    }

    private static string? FindPython() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "python3")).FirstOrDefault(File.Exists);
}
