using System.Text.RegularExpressions;

namespace Marsad.Core.Actors;

/// <summary>
/// Loose comparison of ACLED-style actor names: gold data writes "Military Forces of Syria" where the catalog says
/// "Military Forces of Syria (2000-)"; the parenthesised date range, case and spacing do not matter.
/// </summary>
public static partial class ActorNames
{
    /// <summary>The placeholder country of a generic actor not yet tied to a country: "Civilians (X)".</summary>
    public const string Placeholder = "(X)";

    [GeneratedRegex(@"\s*\((?:\d{4})?\s*-\s*(?:\d{4})?\)\s*")]
    private static partial Regex DateRange();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>The name without its date range ("(2000-)", "(2014-2022)"), trimmed, spaces collapsed.</summary>
    public static string WithoutDates(string name)
    {
        // asked for every actor mention: the few catalog names are worked out once
        if (PlainNames.TryGetValue(name, out var plain)) return plain;
        plain = Spaces().Replace(DateRange().Replace(name, " "), " ").Trim();
        if (Volatile.Read(ref _plainCount) < 100_000 && PlainNames.TryAdd(name, plain)) Interlocked.Increment(ref _plainCount);
        return plain;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> PlainNames = new(StringComparer.Ordinal);
    private static int _plainCount;

    /// <summary>A comparison key: no date range, lower case, apostrophes and hyphens unified.</summary>
    public static string Key(string name) => WithoutDates(name).Replace('’', '\'').Replace('‘', '\'').ToLowerInvariant();

    /// <summary>
    /// True when both name the same actor: equal without the date range and case; a qualifier after the date range
    /// ("Military Forces of Libya (2014-) Libyan National Army", "… of Iran (1989-) Islamic Revolutionary Guard
    /// Corps") may be left out on one side, as gold data often does.
    /// </summary>
    public static bool SameActor(string? a, string? b)
    {
        if (a is null || b is null) return false;
        string ka = Key(a), kb = Key(b);
        if (string.Equals(ka, kb, StringComparison.Ordinal)) return true;
        var (baseA, qualA) = Split(a);
        var (baseB, qualB) = Split(b);
        return (qualA is null || qualB is null) && (qualA ?? qualB) is not null && string.Equals(baseA, baseB, StringComparison.Ordinal);
    }

    /// <summary>The name before its date range and the qualifier after it (null when none).</summary>
    private static (string Base, string? Qualifier) Split(string name)
    {
        var m = DateRange().Match(name);
        if (!m.Success) return (Key(name), null);
        string rest = name[(m.Index + m.Length)..].Trim();
        return (Key(name[..m.Index]), rest.Length == 0 ? null : rest.ToLowerInvariant());
    }

    /// <summary>True when the name still carries the "(X)" country placeholder.</summary>
    public static bool HasPlaceholder(string name) => name.Contains(Placeholder, StringComparison.Ordinal);

    /// <summary>
    /// Fills the placeholder: "Civilians (X)" → "Civilians (Syria)", "Military Forces of (X)" → "Military Forces of
    /// Syria".
    /// </summary>
    public static string Resolve(string name, string countryName)
    {
        if (!HasPlaceholder(name)) return name;
        return name.Replace("of " + Placeholder, "of " + countryName, StringComparison.Ordinal)
                   .Replace(Placeholder, "(" + countryName + ")", StringComparison.Ordinal);
    }
}
