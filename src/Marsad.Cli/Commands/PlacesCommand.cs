using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Cli.Output;
using Marsad.Core;
using Marsad.Core.Geo;
using Marsad.Core.Input;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad places FILE</c>: the resolved places of a document.</summary>
public static class PlacesCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An article (text, TREC XML, JSON or HTML), or - for standard input" };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var published = new Option<DateOnly?>("--published") { Description = "Publication date (YYYY-MM-DD)" };
        var command = new Command("places", "Recognise place names and resolve them to GeoNames places") { file, format, published };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(published)));
        return command;
    }

    private static int Run(string path, string format, DateOnly? published)
    {
        GeoParser parser;
        try { parser = GeoParser.CreateDefault(); }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        IReadOnlyList<Document> docs;
        try
        {
            if (path == "-")
            {
                var input = InputFiles.Read(path);
                docs = [new Document(input.Text, "stdin", published)];
            }
            else
            {
                if (!File.Exists(path)) throw new InputException(path, "no such file");
                docs = ArticleReader.ReadFile(path).Select(a => a.ToDocument(published)).ToList();
            }
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        var pipeline = TextPipeline.CreateDefault();
        var views = new List<object>();
        foreach (var doc in docs)
        {
            pipeline.Process(doc);
            parser.Process(doc);
            if (format == "json") views.Add(new { id = doc.Id, places = doc.Places.Select(View).ToList() });
            else Print(doc);
        }
        if (format == "json") Console.WriteLine(JsonSerializer.Serialize(views.Count == 1 ? views[0] : views, Json.Options));
        return 0;
    }

    public static object View(PlaceMention m) => new
    {
        start = m.Span.Start,
        end = m.Span.End,
        surface = m.Surface,
        geonameid = m.Place?.GeonameId,
        name = m.Place?.Name,
        name_ar = m.Place?.NameAr,
        latitude = m.Place?.Latitude,
        longitude = m.Place?.Longitude,
        country_code = m.Place?.CountryCode,
        country = m.Place?.CountryName,
        admin1 = m.Place?.Admin1Name,
        admin2 = m.Place?.Admin2Name,
        feature_code = m.Place?.FeatureCode,
        geo_precision = m.GeoPrecision,
        relation = m.Relation,
        confidence = m.Confidence,
    };

    private static void Print(Document doc)
    {
        var table = new Table().AddColumns("span", "text", "place", "country", "admin1", "lat,lon", "feature", "prec", "relation", "conf");
        foreach (var m in doc.Places)
        {
            var p = m.Place;
            table.AddRow(Markup.Escape(m.Span.ToString()), Markup.Escape(m.Surface), Markup.Escape(p is null ? "?" : $"{p.Name} ({p.GeonameId})"),
                Markup.Escape(p?.CountryCode ?? ""), Markup.Escape(p?.Admin1Name ?? ""),
                p is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{p.Latitude:F4},{p.Longitude:F4}"),
                Markup.Escape(p?.FeatureCode ?? ""), m.GeoPrecision.ToString(CultureInfo.InvariantCulture), Markup.Escape(m.Relation ?? ""),
                m.Confidence.ToString("F2", CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(doc.Id)}[/] {doc.Places.Count} places").LeftJustified());
        AnsiConsole.Write(table);
    }
}
