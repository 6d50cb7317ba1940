using System.Text.Json;
using Marsad.Core.Records;
using Marsad.Core.Tests.Events;

namespace Marsad.Core.Tests.Records;

public class RecordTests
{
    private static (Document, List<AcledRecord>) Seed()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "bukamal.txt"));
        var doc = TestPipeline.Extract(text, "2017-11-10", "Ammon News");
        return (doc, doc.Events.Select(e => RecordBuilder.Default.Build(e, doc)).ToList());
    }

    [Theory]
    [InlineData(1, 2, 12)]
    [InlineData(2, 1, 12)]
    [InlineData(1, 7, 17)]
    [InlineData(8, 2, 28)]
    [InlineData(6, null, 60)]
    public void Interaction_codes_follow_acled(int a, int? b, int expected) => Assert.Equal(expected, RecordBuilder.Interaction(a, b));

    [Fact]
    public void Acled_csv_has_the_31_columns_in_order()
    {
        var (_, records) = Seed();
        var sw = new StringWriter();
        RecordWriter.WriteAcledCsv(sw, records);
        var lines = sw.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", AcledRecord.AcledColumns), lines[0].TrimEnd('\r'));
        Assert.Equal(31, AcledRecord.AcledColumns.Length);
        Assert.Equal(records.Count + 1, lines.Length);
        Assert.Contains("Syria", lines[1]);
        Assert.Contains("760", lines[1]);   // ISO numeric of Syria
    }

    [Fact]
    public void Json_records_carry_acled_names_and_evidence_that_maps_back()
    {
        var (doc, records) = Seed();
        var sw = new StringWriter();
        RecordWriter.WriteJson(sw, records);
        using var json = JsonDocument.Parse(sw.ToString());
        var first = json.RootElement[0];
        foreach (var column in AcledRecord.AcledColumns) Assert.True(first.TryGetProperty(column, out _), column);
        foreach (var e in first.GetProperty("field_evidence").EnumerateArray())
        {
            int start = e.GetProperty("start").GetInt32(), end = e.GetProperty("end").GetInt32();
            Assert.Equal(doc.Text[start..end], e.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void GeoJson_is_a_feature_collection_of_points()
    {
        var (_, records) = Seed();
        var sw = new StringWriter();
        RecordWriter.WriteGeoJson(sw, records);
        using var json = JsonDocument.Parse(sw.ToString());
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var feature = json.RootElement.GetProperty("features")[0];
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(40.9185, feature.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), 3);
    }
}
