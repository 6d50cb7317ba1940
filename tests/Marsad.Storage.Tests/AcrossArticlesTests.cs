using Marsad.Storage;

namespace Marsad.Storage.Tests;

public class AcrossArticlesTests
{
    private const string Body = "أعلنت القيادة العامة للجيش السوري اليوم استعادة السيطرة الكاملة على مدينة البوكمال في ريف دير الزور الشرقي بعد معارك مع مسلحي تنظيم داعش الذي تكبد خسائر كبيرة في الأفراد والعتاد وفق بيان عسكري بثه التلفزيون الرسمي. "
        + "وأضاف البيان أن وحدات الهندسة تعمل على تفكيك العبوات الناسفة والألغام التي زرعها التنظيم في الشوارع والأبنية قبل فراره باتجاه الحدود العراقية، وأن الحياة ستعود إلى طبيعتها خلال الأيام المقبلة. "
        + "من جهته قال المرصد السوري لحقوق الإنسان إن الاشتباكات ما زالت مستمرة في الأطراف الشمالية للمدينة وإن عشرات القتلى سقطوا من الطرفين خلال الساعات الماضية، مشيرا إلى أن طائرات حربية شنت غارات على مواقع التنظيم في محيط المدينة. "
        + "وتعد البوكمال آخر معقل كبير للتنظيم في سوريا، وتقع على الضفة الغربية لنهر الفرات قرب معبر القائم الحدودي مع العراق.";
    private const string Wire = "دمشق - سانا: " + Body + " المصدر: وكالات.";
    private static readonly string WireCopy = Body.Replace("اليوم استعادة", "الخميس استعادة");
    private const string Other = "قال المرصد السوري لحقوق الإنسان إن تنظيم داعش استعاد نصف المنطقة التي كان يسيطر عليها في مدينة البوكمال بعد هجوم معاكس شنه على مواقع القوات الحكومية والمسلحين الموالين لها فجر اليوم.";

    [Fact]
    public void Near_duplicates_are_grouped_and_distinct_stories_are_not()
    {
        Assert.InRange(Fingerprints.Distance(Fingerprints.SimHash(Wire), Fingerprints.SimHash(WireCopy)), 0, SqliteEventStore.DuplicateDistance);
        Assert.InRange(Fingerprints.Distance(Fingerprints.SimHash(Wire), Fingerprints.SimHash(Other)), SqliteEventStore.DuplicateDistance + 1, 64);
        using var db = new TempDb();
        using var store = db.Open();
        store.WriteBatch(new[] { Build.Article("w1", Wire), Build.Article("w2", WireCopy), Build.Article("o", Other) }, Array.Empty<IngestError>());
        var stats = store.Consolidate();
        Assert.Equal(1, stats.DuplicateGroups);
        var group = Assert.Single(store.DuplicateGroups());
        Assert.Equal(new[] { "w1", "w2" }, group.Members.Select(m => m.DocumentId).Order());
        // Search shows a story once.
        Assert.Single(store.Search("البوكمال القيادة", new EventQuery()));
    }

    [Fact]
    public void Reports_of_one_event_merge_with_every_source()
    {
        using var db = new TempDb();
        using var store = db.Open();
        store.WriteBatch(new[]
        {
            Build.Article("a", "نص أ عن البوكمال", "SANA", "2017-11-09",
                new Build.Ev("Government regains territory", "2017-11-09", "Military Forces of Syria (2000-2024)", "Islamic State", 34.45, 40.92, 1, "Abu Kamal", Fatalities: 10)),
            Build.Article("b", "نص ب عن البوكمال", "Al Arabiya", "2017-11-10",
                new Build.Ev("Government regains territory", "2017-11-10", "Military Forces of Syria", null, 34.48, 40.95, 2, "Abu Kamal east", Fatalities: 4)),
            // 50 km away: another event.
            Build.Article("c", "نص ج عن الميادين", "SANA", "2017-11-10",
                new Build.Ev("Government regains territory", "2017-11-10", "Military Forces of Syria", "Islamic State", 35.02, 40.45, 3, "Al Mayadin")),
            // Same place, three days later: another event.
            Build.Article("d", "نص د عن البوكمال", "SANA", "2017-11-13",
                new Build.Ev("Government regains territory", "2017-11-13", "Military Forces of Syria", "Islamic State", 34.45, 40.92, 1, "Abu Kamal")),
            // Same place and day, incompatible actors: another event.
            Build.Article("e", "نص هـ عن البوكمال", "SANA", "2017-11-09",
                new Build.Ev("Government regains territory", "2017-11-09", "Military Forces of Iraq", "Islamic State", 34.45, 40.92, 1, "Abu Kamal")),
        }, Array.Empty<IngestError>());
        var stats = store.Consolidate();
        Assert.Equal(4, stats.MergedEvents);
        Assert.Equal(1, stats.MultiSourceEvents);
        var merged = store.MergedEvents(new EventQuery { Place = "Abu Kamal", To = new DateOnly(2017, 11, 10) })
            .Single(m => m.Reports.Count == 2);
        Assert.Equal("Al Arabiya; SANA", merged.Record.Source);
        Assert.Equal("National-International", merged.Record.SourceScale);
        Assert.Equal(4, merged.Record.Fatalities);   // ACLED's conservative figure
        Assert.Equal(2, merged.Record.Evidence.Count);
        Assert.Equal(new[] { "a", "b" }, merged.Reports.Select(r => r.DocumentId).Order());
    }

    [Fact]
    public void Conflicting_territorial_claims_are_linked_and_the_control_timeline_marks_them()
    {
        using var db = new TempDb();
        using var store = db.Open();
        store.WriteBatch(new[]
        {
            Build.Article("army", "بيان الجيش عن البوكمال", "SANA", "2017-11-09",
                new Build.Ev("Government regains territory", "2017-11-09", "Military Forces of Syria", "Islamic State", 34.45, 40.92, 170017, "Abu Kamal", "Syrian Army General Command")),
            Build.Article("sohr", "المرصد عن البوكمال", "Ammon News", "2017-11-10",
                new Build.Ev("Non-state actor overtakes territory", "2017-11-10", "Islamic State", "Military Forces of Syria", 34.45, 40.92, 170017, "Abu Kamal", "Syrian Observatory for Human Rights", Partial: true)),
            Build.Article("later", "الجيش يعلن البوكمال", "SANA", "2017-11-19",
                new Build.Ev("Government regains territory", "2017-11-19", "Military Forces of Syria", "Islamic State", 34.45, 40.92, 170017, "Abu Kamal", "Syrian Army General Command")),
            Build.Article("far", "حدث في مكان آخر", "SANA", "2017-11-10",
                new Build.Ev("Non-state actor overtakes territory", "2017-11-10", "Islamic State", null, 36.2, 37.1, 170063, "Aleppo")),
        }, Array.Empty<IngestError>());
        store.Consolidate();
        var pair = Assert.Single(store.Conflicts("البوكمال", null));
        Assert.Equal("cross", pair.Scope);
        Assert.Equal(new[] { "army", "sohr" }, new[] { pair.A.DocumentId, pair.B.DocumentId }.Order());
        Assert.Empty(store.Conflicts("البوكمال", new DateOnly(2017, 11, 15)));

        var events = store.TerritorialEvents("Abu Kamal");
        Assert.Equal(3, events.Count);
        var periods = ControlTimeline.Build(events, store.ConflictedEvents(events.Select(e => e.Id)));
        Assert.Equal(new[] { "Military Forces of Syria", "Islamic State", "Military Forces of Syria" }, periods.Select(p => p.Controller));
        Assert.True(periods[0].Contested);
        Assert.True(periods[1].Contested);
        Assert.False(periods[2].Contested);
        Assert.Equal(new DateOnly(2017, 11, 19), periods[1].End);
        Assert.Equal("Syrian Observatory for Human Rights", periods[1].Reports[0].AccordingTo);
    }

    [Fact]
    public void Contradictions_within_an_article_are_kept()
    {
        using var db = new TempDb();
        using var store = db.Open();
        var a = Build.Article("seed", "نص", "Ammon News", "2017-11-10",
            new Build.Ev("Non-state actor overtakes territory", "2017-11-10", "Islamic State", "Military Forces of Syria", 34.45, 40.92, 170017, "Abu Kamal", "SOHR"),
            new Build.Ev("Government regains territory", "2017-11-10", "Military Forces of Syria", "Islamic State", 34.45, 40.92, 170017, "Abu Kamal", "Army"));
        var events = a.Events.ToList();
        events[0] = events[0] with { Contradicts = new[] { events[1].Id } };
        store.WriteBatch(new[] { a with { Events = events } }, Array.Empty<IngestError>());
        store.Consolidate();
        var pair = Assert.Single(store.Conflicts(null, null));
        Assert.Equal("document", pair.Scope);
    }

    [Fact]
    public void Near_duplicate_fixture_is_well_formed()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "near-duplicates.tsv");
        var rows = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        Assert.True(rows.Count >= 20);
        Assert.All(rows, r => Assert.Contains(r[3], new[] { "duplicate", "not-duplicate" }));
    }
}
