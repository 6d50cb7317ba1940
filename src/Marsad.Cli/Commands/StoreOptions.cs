using System.CommandLine;
using Marsad.Storage;
using Microsoft.Data.Sqlite;

namespace Marsad.Cli.Commands;

/// <summary>Options shared by the store commands: --db and the event filters.</summary>
public sealed class StoreOptions
{
    public Option<string?> Db { get; } = new("--db") { Description = "Database file (default: $MARSAD_DB or marsad/marsad.db under the user's local data directory)" };
    public Option<string?> Country { get; } = new("--country") { Description = "Country name, ISO2 or ISO3 code" };
    public Option<string?> Admin1 { get; } = new("--admin1") { Description = "Admin-1 unit (part of its name)" };
    public Option<string?> Place { get; } = new("--place") { Description = "Place, in Arabic or English (every spelling of the same GeoNames place)" };
    public Option<string?> Actor { get; } = new("--actor") { Description = "Actor (part of its name, English or Arabic)" };
    public Option<string?> Type { get; } = new("--type") { Description = "Event type or sub-event type (prefix, case-insensitive)" };
    public Option<DateOnly?> From { get; } = new("--from") { Description = "From this date (YYYY-MM-DD)" };
    public Option<DateOnly?> To { get; } = new("--to") { Description = "Up to this date (YYYY-MM-DD)" };

    public void AddFilters(Command command)
    {
        foreach (var o in new Option[] { Country, Admin1, Place, Actor, Type, From, To }) command.Options.Add(o);
    }

    public EventQuery Query(ParseResult parse, int? limit = null) => new()
    {
        Country = parse.GetValue(Country), Admin1 = parse.GetValue(Admin1), Place = parse.GetValue(Place), Actor = parse.GetValue(Actor),
        Type = parse.GetValue(Type), From = parse.GetValue(From), To = parse.GetValue(To), Limit = limit,
    };

    public static string PathOf(ParseResult parse, Option<string?> db) => parse.GetValue(db) ?? SqliteEventStore.DefaultPath();

    /// <summary>Opens the store for reading; null (with a message) when it does not exist yet.</summary>
    public static SqliteEventStore? OpenExisting(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: no database at {path}; run `marsad ingest PATH…` first (or give --db)");
            return null;
        }
        return Open(path);
    }

    public static SqliteEventStore? Open(string path)
    {
        try { return new SqliteEventStore(path); }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {path}: {e.Message}");
            return null;
        }
    }
}
