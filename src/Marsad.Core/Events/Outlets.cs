namespace Marsad.Core.Events;

/// <summary>
/// The home country of news outlets whose news is of one country (outlets.tsv): where an act an article tells with no
/// place at all happened.
/// </summary>
public sealed class Outlets
{
    private readonly Dictionary<string, string> _home = new(StringComparer.OrdinalIgnoreCase);

    public static Outlets Empty { get; } = new();

    public static Outlets LoadDefault() => Load(MarsadData.Path("lexicons", "outlets.tsv"));

    public static Outlets Load(string path)
    {
        var outlets = new Outlets();
        foreach (var row in Tsv.Read(path, ["outlet"], ["iso2"]).Rows)
        {
            string outlet = row.Get("outlet").Trim(), iso2 = row.Get("iso2").Trim();
            if (outlet.Length == 0) throw new LexiconFormatException(path, row.Line, "empty outlet");
            // (a country the records know, written as they write it: "SA")
            if (Records.CountryCodes.Default.Get(iso2)?.Iso2 != iso2)
                throw new LexiconFormatException(path, row.Line, $"iso2 must be a country code of geo/countries.tsv, got \"{iso2}\"");
            if (!outlets._home.TryAdd(outlet, iso2)) throw new LexiconFormatException(path, row.Line, $"duplicate outlet \"{outlet}\"");
        }
        return outlets;
    }

    /// <summary>The outlet's home country, or null for an outlet not listed (or none).</summary>
    public string? HomeOf(string? outlet) => outlet is not null && _home.TryGetValue(outlet, out var iso2) ? iso2 : null;
}
