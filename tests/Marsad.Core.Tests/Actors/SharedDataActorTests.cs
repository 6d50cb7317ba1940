using Marsad.Core.Actors;
using Marsad.Core.Tests.Support;

namespace Marsad.Core.Tests.Actors;

/// <summary>Tests on ../shared/data: PETRARCH import, ANERcorp scoring, gold actors. Skipped when the data is absent.</summary>
public class SharedDataActorTests
{
    [SharedDataFact]
    public void Petrarch_dictionary_imports_into_an_extra_catalog_that_loads()
    {
        string dict = SharedData.Path("petrarch-arabic", "actor_dict_ar_v4.txt");
        var entries = PetrarchImporter.Parse(dict);
        Assert.True(entries.Count > 4000, $"{entries.Count} entries");
        Assert.Contains(entries, e => e.Phrase == "جيش سوري" && e.Code == "SYRMIL");

        string output = Path.Combine(Path.GetTempPath(), "marsad-petrarch-" + Guid.NewGuid().ToString("N") + ".tsv");
        try
        {
            var names = ShippedCatalog();
            var result = PetrarchImporter.Import(dict, names, output);
            Assert.True(result.Mapped > 500, $"{result.Mapped} mapped");
            var merged = ActorCatalog.Load(MarsadData.Path("lexicons", "actors.tsv"), MarsadData.Path("lexicons", "nationalities.tsv"),
                MarsadData.Path("lexicons", "force-nouns.tsv"), output);
            Assert.True(merged.AliasMatcher.Count > names.AliasMatcher.Count);
            Assert.True(merged.TryGet("Police Forces of Iraq", out _));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Theory]
    [InlineData("SYRMIL", "Military Forces of Syria", 1)]
    [InlineData("IRQCOP", "Police Forces of Iraq", 1)]
    [InlineData("ISRGOV", "Government of Israel", 1)]
    [InlineData("PSEREB", "Opposition Rebels (Palestine)", 2)]
    [InlineData("REB", "Opposition Rebels (X)", 2)]
    [InlineData("MIL", "Military Forces of (X)", 1)]
    public void Cameo_codes_map_to_acled_actors(string code, string name, int inter)
    {
        var a = PetrarchImporter.Map(code, ShippedCatalog());
        Assert.NotNull(a);
        Assert.Equal(name, a.Value.Name);
        Assert.Equal(inter, a.Value.Inter);
        Assert.Null(PetrarchImporter.Map("USABUS"));
    }

    [SharedDataFact]
    public void Anercorp_dev_is_scored_per_type()
    {
        var sentences = NerEvaluation.ReadConll(SharedData.Path("anercorp", "dev.conll")).Take(150).ToList();
        var result = NerEvaluation.Run(sentences, new ActorPipeline(ShippedCatalog(), SourceCatalog.LoadDefault()));
        Assert.Equal(3, result.Scores.Count);
        Assert.All(result.Scores, s => Assert.True(s.Gold > 0));
        Assert.True(result.Overall.Correct > 0);
        Assert.InRange(result.Overall.F1, 0.05, 1.0);
    }

    [SharedDataFact]
    public void Names_learnt_from_anercorp_train_raise_dev_scores()
    {
        string output = Path.Combine(Path.GetTempPath(), "marsad-names-" + Guid.NewGuid().ToString("N") + ".tsv");
        try
        {
            var built = NameGazetteer.Build([SharedData.Path("anercorp", "train.conll")], output);
            Assert.True(built.Kept > 1000, $"{built.Kept} names");
            var names = NameGazetteer.Load(output);
            var dev = NerEvaluation.ReadConll(SharedData.Path("anercorp", "dev.conll")).Take(150).ToList();
            var catalog = ShippedCatalog();
            var plain = NerEvaluation.Run(dev, new ActorPipeline(catalog, SourceCatalog.LoadDefault()));
            var learnt = NerEvaluation.Run(dev, new ActorPipeline(catalog, SourceCatalog.LoadDefault(), learntNames: names));
            Assert.True(learnt.Overall.F1 > plain.Overall.F1, $"{learnt.Overall.F1:F3} vs {plain.Overall.F1:F3}");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [SharedDataFact]
    public void Most_gold_actors_of_the_dev_set_are_recognised()
    {
        var items = ActorEvaluation.Run(new ActorPipeline(ShippedCatalog(), SourceCatalog.LoadDefault()),
            SharedData.Path("gold", "dev", "gold"), SharedData.Path("gold", "dev", "articles"));
        var s = ActorEvaluation.Summarize(items);
        Assert.True(s.Slots > 100);
        Assert.True(s.Found >= s.Slots * 0.7, $"{s.Found}/{s.Slots}");
    }

    [SharedDataFact]
    public void The_seed_article_actors_are_recognised()
    {
        var items = ActorEvaluation.Run(new ActorPipeline(ShippedCatalog(), SourceCatalog.LoadDefault()),
            SharedData.Path("seed"), SharedData.Path("seed"), new DateOnly(2017, 11, 10));
        Assert.NotEmpty(items);
        Assert.All(items.Where(i => i.Slot is "actor1" or "actor2"), i => Assert.True(i.Found, $"{i.GoldName} «{i.GoldAr}»"));
    }

    private static ActorCatalog ShippedCatalog() => ActorCatalog.Load(MarsadData.Path("lexicons", "actors.tsv"),
        MarsadData.Path("lexicons", "nationalities.tsv"), MarsadData.Path("lexicons", "force-nouns.tsv"));
}
