using System.CommandLine;
using System.Text.Json;
using Marsad.Cli.Output;
using Marsad.Core;
using Marsad.Core.Actors;
using Marsad.Core.Geo;
using Marsad.Core.Input;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad entities FILE|-</c>: every recognised actor, person, organisation (and place, when the gazetteer is installed) with spans.</summary>
public static class EntitiesCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An article: text, TREC XML, JSON or HTML (UTF-8 or Windows-1256), or - for standard input" };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var published = new Option<DateOnly?>("--published") { Description = "Publication date (YYYY-MM-DD): picks the actor period valid then" };
        var country = new Option<string?>("--country") { Description = "ISO2 country for generic actors (مدنيون → Civilians (Syria)); default: keep (X)" };
        var noPlaces = new Option<bool>("--no-places") { Description = "Skip the geoparser" };
        var command = new Command("entities", "Show recognised actors, persons, organisations and places with their spans") { file, format, published, country, noPlaces };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(published), parse.GetValue(country), parse.GetValue(noPlaces)));
        return command;
    }

    public sealed record SpanView(int Start, int End);

    public sealed record ActorView(SpanView Span, string Text, string Name, string Id, int Inter, string? Country, string Kind, bool Air, string Rule, IReadOnlyList<string>? Candidates);

    public sealed record EntityView(SpanView Span, string Text, string Type, string? Name, string? Role, string? Affiliation, string? Rule);

    public sealed record PlaceView(SpanView Span, string Text, string? Name, string? Country, string? Admin1, double? Latitude, double? Longitude, int GeoPrecision);

    public sealed record EntitiesView(string Id, IReadOnlyList<ActorView> Actors, IReadOnlyList<EntityView> Entities, IReadOnlyList<PlaceView>? Places);

    private static int Run(string path, string format, DateOnly? published, string? country, bool noPlaces)
    {
        Document document;
        try
        {
            var input = InputFiles.Read(path);
            var article = ArticleReader.Read(input.Text, path == "-" ? "stdin" : path)[0];
            document = article.ToDocument(published);
        }
        catch (InputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        ActorCatalog catalog;
        SourceCatalog sources;
        try
        {
            catalog = ActorCatalog.LoadDefault();
            sources = SourceCatalog.LoadDefault();
        }
        catch (LexiconFormatException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        GeoParser? geo = null;
        if (!noPlaces)
        {
            try { geo = GeoParser.CreateDefault(); }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or DirectoryNotFoundException)
            {
                Console.Error.WriteLine($"note: places skipped ({e.Message})");
            }
        }
        string? iso2 = country?.ToUpperInvariant();
        NameGazetteer? names = null;
        try { names = NameGazetteer.LoadDefault(); }
        catch (LexiconFormatException e) { Console.Error.WriteLine($"note: learnt names skipped ({e.Message})"); }
        var pipeline = new ActorPipeline(catalog, sources, geo?.ArabicNameWords(), iso2 is null ? null : _ => iso2, names);
        pipeline.Process(document);
        geo?.Process(document);

        static SpanView S(TextSpan s) => new(s.Start, s.End);
        var view = new EntitiesView(document.Id,
            document.Actors.Select(a => new ActorView(S(a.Span), a.Surface, a.Actor.Name, a.Actor.Id, a.Actor.Inter, a.Actor.Country, a.Actor.Kind, a.Actor.Air, a.Rule,
                a.Candidates.Count > 1 ? a.Candidates.Select(c => c.Name).ToList() : null)).ToList(),
            document.Entities.Select(e => new EntityView(S(e.Span), e.Surface, e.Type.ToString().ToLowerInvariant(), e.Canonical, e.Role, e.Affiliation, e.Rule)).ToList(),
            geo is null ? null : document.Places.Select(p => new PlaceView(S(p.Span), p.Surface, p.Place?.Name, p.Place?.CountryCode, p.Place?.Admin1Name,
                p.Place?.Latitude, p.Place?.Longitude, p.GeoPrecision)).ToList());

        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(view, Json.Options));
            return 0;
        }
        var actors = new Table().AddColumns("span", "text", "actor", "inter", "country", "rule");
        foreach (var a in view.Actors)
            actors.AddRow(Markup.Escape($"[{a.Span.Start},{a.Span.End})"), Markup.Escape(a.Text), Markup.Escape(a.Name + (a.Air ? " ✈" : "")), a.Inter.ToString(), a.Country ?? "", a.Rule);
        AnsiConsole.Write(new Rule("[bold]actors[/]").LeftJustified());
        AnsiConsole.Write(actors);
        var entities = new Table().AddColumns("span", "text", "type", "name", "role", "affiliation", "rule");
        foreach (var e in view.Entities)
            entities.AddRow(Markup.Escape($"[{e.Span.Start},{e.Span.End})"), Markup.Escape(e.Text), e.Type, Markup.Escape(e.Name ?? ""), Markup.Escape(e.Role ?? ""), Markup.Escape(e.Affiliation ?? ""), e.Rule ?? "");
        AnsiConsole.Write(new Rule("[bold]persons and organisations[/]").LeftJustified());
        AnsiConsole.Write(entities);
        if (view.Places is { } places)
        {
            var table = new Table().AddColumns("span", "text", "place", "country", "admin1", "precision");
            foreach (var p in places)
                table.AddRow(Markup.Escape($"[{p.Span.Start},{p.Span.End})"), Markup.Escape(p.Text), Markup.Escape(p.Name ?? "(unresolved)"), p.Country ?? "", Markup.Escape(p.Admin1 ?? ""), p.GeoPrecision.ToString());
            AnsiConsole.Write(new Rule("[bold]places[/]").LeftJustified());
            AnsiConsole.Write(table);
        }
        return 0;
    }
}
