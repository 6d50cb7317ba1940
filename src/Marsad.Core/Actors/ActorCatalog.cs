using Marsad.Core.Text;
using System.Text.RegularExpressions;

namespace Marsad.Core.Actors;

/// <summary>A country with its Arabic names and nationality adjectives (nationalities.tsv).</summary>
public sealed record Nationality(string Iso2, string CountryEn, IReadOnlyList<string> CountryNamesAr, IReadOnlyList<string> AdjectivesAr);

/// <summary>A noun that makes a state force with a nationality (force-nouns.tsv): الجيش + الأردني, الطائرات + الروسية.</summary>
public sealed record ForceNoun(string NounAr, string Kind, bool Air);

/// <summary>
/// The actor catalog: data/lexicons/actors.tsv (one ACLED-style actor per row, with its Arabic aliases),
/// nationalities.tsv and force-nouns.tsv, plus any extra catalogs in the same format (the PETRARCH import in the
/// user's cache). Validated at load: every problem is a <see cref="LexiconFormatException"/> naming file and line.
/// Read-only once built; one instance serves many threads.
/// </summary>
public sealed partial class ActorCatalog
{
    public static readonly string[] Kinds =
    {
        "military", "police", "government", "intelligence", "rebel", "political_militia", "identity_militia",
        "rioters", "protesters", "civilians", "external", "other",
    };

    private readonly List<ActorRef> _actors = new();
    private readonly Dictionary<string, ActorRef> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<ActorRef>> _byNameKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _aliases = new(StringComparer.Ordinal);
    private readonly List<Nationality> _nationalities = new();
    private readonly Dictionary<string, Nationality> _byIso2 = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ForceNoun> _forceNouns = new();

    public IReadOnlyList<ActorRef> Actors => _actors;

    public IReadOnlyList<Nationality> Nationalities => _nationalities;

    public IReadOnlyList<ForceNoun> ForceNouns => _forceNouns;

    /// <summary>Catalog aliases → actors (several rows may share an alias: periods, shared wordings).</summary>
    public PhraseMatcher<ActorRef> AliasMatcher { get; } = new();

    /// <summary>Force nouns (الجيش، الطائرات، قوات الأمن …).</summary>
    public PhraseMatcher<ForceNoun> ForceNounMatcher { get; } = new();

    /// <summary>Nationality adjectives (with and without ال) → country.</summary>
    public PhraseMatcher<Nationality> AdjectiveMatcher { get; } = new();

    /// <summary>Country names → country.</summary>
    public PhraseMatcher<Nationality> CountryMatcher { get; } = new();

    private readonly HashSet<string> _articleRequired = new(StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="key"/> (a word key, article dropped) is a one-word alias marked "!" in the catalog:
    /// it names the actor only when written with the article (القاعدة, not قاعدة عسكرية).
    /// </summary>
    public bool NeedsArticle(string key) => _articleRequired.Contains(key);

    private readonly Dictionary<string, string> _homeOnly = new(StringComparer.Ordinal);

    /// <summary>
    /// The home country of a one-word alias marked "@" in the catalog (null for any other word): it names the actor
    /// only in an article about that country — المعارضة is the armed rebels in Syria, the political opposition elsewhere.
    /// </summary>
    public string? HomeOnly(string key) => _homeOnly.TryGetValue(key, out var iso2) ? iso2 : null;

    /// <summary>The Arabic aliases of one actor (by id).</summary>
    public IReadOnlyList<string> AliasesOf(string id) => _aliases.TryGetValue(id, out var l) ? l : Array.Empty<string>();

    /// <summary>Every Arabic phrase of the catalog: aliases, country names, adjectives, force nouns.</summary>
    public IEnumerable<string> AliasPhrases =>
        _aliases.Values.SelectMany(a => a)
            .Concat(_nationalities.SelectMany(n => n.CountryNamesAr.Concat(n.AdjectivesAr)))
            .Concat(_forceNouns.Select(f => f.NounAr));

    /// <summary>
    /// The single Arabic words of every phrase, for the clitic segmenter's lexicon (ArabicLexicon.AddRange), without
    /// their article (الجيش → جيش) so that the segmenter still splits ال off and finds the stem after و/ب/ل.
    /// </summary>
    public IEnumerable<string> AliasWords => WordsOf(AliasPhrases);

    internal static IEnumerable<string> WordsOf(IEnumerable<string> phrases)
    {
        var words = phrases.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(w => w.Any(c => c >= '\u0600' && c <= '\u06FF'))
            .Select(BareWord)
            .ToHashSet(StringComparer.Ordinal);
        // "لقوات", "بقيادة": a preposition on a word the phrases also list bare is that word with its clitic.
        return words.Select(w => w.Length >= 4 && w[0] is 'ل' or 'ب' && words.Contains(w[1..]) ? w[1..] : w).Distinct(StringComparer.Ordinal);
    }

    // "الجيش" → جيش; "للتحالف" (ل + ال) → تحالف and "بالقوات" → قوات as well: a word listed whole is never segmented,
    // so listing "للتحالف" would hide its ل from every stage that reads clitics.
    private static string BareWord(string w)
    {
        if (w.Length >= 5 && w.StartsWith("ال", StringComparison.Ordinal)) return w[2..];
        if (w.Length >= 5 && w.StartsWith("لل", StringComparison.Ordinal)) return w[2..];
        if (w.Length >= 6 && w[0] is 'ب' or 'و' or 'ف' or 'ك' && w.AsSpan(1).StartsWith("ال", StringComparison.Ordinal)) return w[3..];
        return w;
    }

    /// <summary>The default catalog: data/lexicons, plus the imported PETRARCH catalog in the cache if present.</summary>
    public static ActorCatalog LoadDefault()
    {
        var extras = new List<string>();
        string imported = PetrarchImporter.DefaultCatalogPath;
        if (File.Exists(imported)) extras.Add(imported);
        return Load(MarsadData.Path("lexicons", "actors.tsv"), MarsadData.Path("lexicons", "nationalities.tsv"),
            MarsadData.Path("lexicons", "force-nouns.tsv"), extras.ToArray());
    }

    private static readonly Lazy<ActorCatalog> _default = new(LoadDefault);

    /// <summary>One shared default catalog, loaded on first use.</summary>
    public static ActorCatalog Default => _default.Value;

    public static ActorCatalog Load(string actorsPath, string nationalitiesPath, string forceNounsPath, params string[] extraActorFiles)
    {
        var catalog = new ActorCatalog();
        catalog.LoadNationalities(nationalitiesPath);
        catalog.LoadForceNouns(forceNounsPath);
        var parents = new List<(string Path, int Line, string Parent)>();
        catalog.LoadActors(actorsPath, parents, extra: false);
        foreach (var extra in extraActorFiles) catalog.LoadActors(extra, parents, extra: true);
        foreach (var (path, line, parent) in parents)
            if (!catalog._byId.ContainsKey(parent))
                throw new LexiconFormatException(path, line, $"parent \"{parent}\" is not an actor id");
        return catalog;
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex Iso2Pattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.:-]*$")]
    private static partial Regex IdPattern();

    private void LoadActors(string path, List<(string, int, string)> parents, bool extra)
    {
        var tsv = Tsv.Read(path, ["id"], ["name"], ["inter"], ["country"], ["kind"], ["aliases_ar", "aliases"]);
        foreach (var row in tsv.Rows)
        {
            string id = row.Get("id");
            if (!IdPattern().IsMatch(id)) throw new LexiconFormatException(path, row.Line, $"bad id \"{id}\" (ASCII slug expected)");
            if (_byId.ContainsKey(id)) throw new LexiconFormatException(path, row.Line, $"duplicate id \"{id}\"");
            string name = row.Get("name");
            if (name.Length == 0) throw new LexiconFormatException(path, row.Line, "empty name");
            if (!int.TryParse(row.Get("inter"), out int inter) || inter is < 1 or > 8)
                throw new LexiconFormatException(path, row.Line, $"inter must be 1-8, got \"{row.Get("inter")}\"");
            string country = row.Get("country");
            if (country.Length > 0 && !Iso2Pattern().IsMatch(country))
                throw new LexiconFormatException(path, row.Line, $"country must be an ISO2 code, got \"{country}\"");
            string kind = row.Get("kind");
            if (!Kinds.Contains(kind)) throw new LexiconFormatException(path, row.Line, $"unknown kind \"{kind}\" (one of {string.Join(", ", Kinds)})");
            int? from = Year(path, row, "from"), to = Year(path, row, "to");
            if (from is not null && to is not null && from > to) throw new LexiconFormatException(path, row.Line, $"from {from} is after to {to}");
            string parent = row.Get("parent");
            if (parent.Length > 0) parents.Add((path, row.Line, parent));
            var aliases = Tsv.List(row.GetAny("aliases_ar", "aliases")).ToList();
            if (aliases.Count == 0) throw new LexiconFormatException(path, row.Line, $"actor \"{id}\" has no Arabic alias");
            // "!القاعدة": a one-word alias that names the actor only with its article (قاعدة alone is "a base");
            // "!ولاية الجنوب": a longer one whose later words name it only with their articles ("ولاية جنوب كردفان"
            // is a Sudanese state).
            var asWritten = new HashSet<string>(StringComparer.Ordinal);
            for (int a = 0; a < aliases.Count; a++)
            {
                if (!aliases[a].StartsWith('!')) continue;
                aliases[a] = aliases[a][1..];
                var keys = PhraseMatcher<ActorRef>.PhraseKeys(aliases[a]);
                if (keys.Length > 1 && PhraseMatcher<ActorRef>.ArticledWords(aliases[a]) != 0) { asWritten.Add(aliases[a]); continue; }
                if (keys.Length != 1 || !ArabicNormalizer.Matching.Normalize(aliases[a]).StartsWith("ال", StringComparison.Ordinal))
                    throw new LexiconFormatException(path, row.Line, $"\"!\" marks an alias written with its article (after its first word when longer), not \"{aliases[a]}\"");
                _articleRequired.Add(keys[0]);
            }
            // "@المعارضة": a one-word alias that names the actor only in an article about the row's own country.
            for (int a = 0; a < aliases.Count; a++)
            {
                if (!aliases[a].StartsWith('@')) continue;
                aliases[a] = aliases[a][1..];
                var keys = PhraseMatcher<ActorRef>.PhraseKeys(aliases[a]);
                if (keys.Length != 1 || country.Length == 0)
                    throw new LexiconFormatException(path, row.Line, $"\"@\" marks a one-word alias of an actor with a country, not \"{aliases[a]}\"");
                _homeOnly[keys[0]] = country;
            }
            if (ActorNames.HasPlaceholder(name) && country.Length > 0)
                throw new LexiconFormatException(path, row.Line, "a generic actor (name with \"(X)\") takes no country");
            if (extra)
            {
                // An extra catalog adds aliases only where the main catalog has none; a name the main catalog
                // knows ("Military Forces of Syria") lends its aliases to the main row.
                var fresh = aliases.Where(al => !AliasMatcher.ContainsPhrase(al)).ToList();
                if (fresh.Count == 0) continue;
                if (TryGet(name, out var known))
                {
                    foreach (var al in fresh) AliasMatcher.Add(al, known);
                    continue;
                }
                aliases = fresh;
            }
            bool air = row.Get("air") is "1" or "true";
            var actor = new ActorRef(id, name, inter, country.Length > 0 ? country : null, kind, air)
            {
                From = from, To = to, Parent = parent.Length > 0 ? parent : null,
            };
            _actors.Add(actor);
            _byId[id] = actor;
            string key = ActorNames.Key(name);
            if (!_byNameKey.TryGetValue(key, out var same)) _byNameKey[key] = same = new List<ActorRef>();
            same.Add(actor);
            _aliases[id] = aliases;
            foreach (var alias in aliases)
                if (!AliasMatcher.Add(alias, actor, asWritten.Contains(alias)))
                    throw new LexiconFormatException(path, row.Line, $"empty alias in \"{id}\"");
        }
    }

    private static int? Year(string path, Tsv.Row row, string column)
    {
        string v = row.Get(column);
        if (v.Length == 0) return null;
        if (int.TryParse(v, out int y) && y is >= 1900 and <= 2100) return y;
        throw new LexiconFormatException(path, row.Line, $"{column} must be a year, got \"{v}\"");
    }

    private void LoadNationalities(string path)
    {
        var tsv = Tsv.Read(path, ["iso2"], ["country_en"], ["country_ar"], ["adjectives_ar"]);
        foreach (var row in tsv.Rows)
        {
            string iso2 = row.Get("iso2");
            if (!Iso2Pattern().IsMatch(iso2)) throw new LexiconFormatException(path, row.Line, $"iso2 must be two capital letters, got \"{iso2}\"");
            if (_byIso2.ContainsKey(iso2)) throw new LexiconFormatException(path, row.Line, $"duplicate country {iso2}");
            string en = row.Get("country_en");
            if (en.Length == 0) throw new LexiconFormatException(path, row.Line, "empty country_en");
            var names = Tsv.List(row.Get("country_ar")).ToList();
            var adjectives = WithDuals(Tsv.List(row.Get("adjectives_ar"))).ToList();
            if (names.Count == 0 && adjectives.Count == 0) throw new LexiconFormatException(path, row.Line, $"{iso2} has neither Arabic names nor adjectives");
            var n = new Nationality(iso2, en, names, adjectives);
            _nationalities.Add(n);
            _byIso2[iso2] = n;
            string army = row.Get("army_in_territory");
            if (army.Length > 0)
            {
                if (!Iso2Pattern().IsMatch(army)) throw new LexiconFormatException(path, row.Line, $"army_in_territory must be two capital letters, got \"{army}\"");
                _armyInTerritory[iso2] = army;
            }
            foreach (var name in names) CountryMatcher.Add(name, n);
            foreach (var adj in adjectives) AdjectiveMatcher.Add(adj, n);
        }
        // "مقتل 60 فلسطينيا", "20 يمنيا": the accusative singular a count from 11 to 99 takes (ـيًّا) — unless it spells a
        // country's name ("سوريا", "ليبيا", "تركيا", "روسيا", "ألمانيا").
        var countryNames = new HashSet<string>(_nationalities.SelectMany(x => x.CountryNamesAr), StringComparer.Ordinal);
        foreach (var n in _nationalities)
            foreach (var adj in n.AdjectivesAr)
                if (!adj.Contains(' ') && adj.EndsWith('ي') && !countryNames.Contains(adj + "ا")) AdjectiveMatcher.Add(adj + "ا", n);
    }

    // "جنديان إسرائيليان", "طفلتين سوريتين", "جنديين تركيين": the dual of each adjective (masculine ـيان/ـيين, feminine
    // ـيتان/ـيتين) follows from its singular. (The masculine genitive ـيين is also the sound plural's spelling, which the
    // table lists for most countries — not for those whose plural is broken: أتراك, روس, ألمان.)
    private static IEnumerable<string> WithDuals(IEnumerable<string> adjectives)
    {
        var all = new List<string>();
        foreach (var adj in adjectives)
        {
            all.Add(adj);
            if (adj.Contains(' ')) continue;
            if (adj.EndsWith('ي')) { all.Add(adj + "ان"); all.Add(adj + "ين"); }
            else if (adj.EndsWith("ية", StringComparison.Ordinal)) { all.Add(adj[..^1] + "تان"); all.Add(adj[..^1] + "تين"); }
        }
        return all.Distinct(StringComparer.Ordinal);
    }

    private void LoadForceNouns(string path)
    {
        var tsv = Tsv.Read(path, ["noun_ar"], ["kind"], ["air"]);
        foreach (var row in tsv.Rows)
        {
            string noun = row.Get("noun_ar"), kind = row.Get("kind"), air = row.Get("air");
            if (noun.Length == 0) throw new LexiconFormatException(path, row.Line, "empty noun_ar");
            if (kind is not ("military" or "police" or "intelligence" or "government"))
                throw new LexiconFormatException(path, row.Line, $"kind must be military, police or intelligence, got \"{kind}\"");
            if (air is not ("0" or "1")) throw new LexiconFormatException(path, row.Line, $"air must be 0 or 1, got \"{air}\"");
            var f = new ForceNoun(noun, kind, air == "1");
            _forceNouns.Add(f);
            ForceNounMatcher.Add(noun, f);
        }
    }

    // ---- look-ups ----

    /// <summary>
    /// An actor by id ("sy-military"), by canonical name, or by name compared loosely ("Military Forces of Syria"
    /// without its period); among several periods, the open-ended (latest) row.
    /// </summary>
    public bool TryGet(string nameOrId, out ActorRef actor) => TryGet(nameOrId, null, out actor);

    /// <summary>As <see cref="TryGet(string, out ActorRef)"/>, choosing the period valid in <paramref name="year"/> when given.</summary>
    public bool TryGet(string nameOrId, int? year, out ActorRef actor)
    {
        actor = null!;
        if (string.IsNullOrWhiteSpace(nameOrId)) return false;
        if (_byId.TryGetValue(nameOrId.Trim(), out var byId)) { actor = byId; return true; }
        if (!_byNameKey.TryGetValue(ActorNames.Key(nameOrId), out var rows)) return false;
        actor = Choose(rows, year);
        return true;
    }

    /// <summary>Of several rows for one name or alias, the one valid in <paramref name="year"/>, preferring the later period; without a year the latest.</summary>
    public static ActorRef Choose(IReadOnlyList<ActorRef> rows, int? year)
    {
        if (year is int y)
        {
            ActorRef? valid = null;
            foreach (var r in rows) if (r.ValidIn(y) && (valid is null || (r.From ?? 0) > (valid.From ?? 0))) valid = r;
            if (valid is not null) return valid;
        }
        ActorRef best = rows[0];
        foreach (var r in rows) if ((r.To ?? int.MaxValue) > (best.To ?? int.MaxValue)) best = r;
        return best;
    }

    public Nationality? Country(string iso2) => _byIso2.TryGetValue(iso2, out var n) ? n : null;

    /// <summary>
    /// A transnational group's branch in a country: the row whose parent it is, at home there, named after it ("Al Qaeda
    /// in the Arabian Peninsula" for Al Qaeda in Yemen, "Islamic State (Libya)"), valid in <paramref name="year"/>; null
    /// when it has none there (or more than one: a splinter is no branch).
    /// </summary>
    public ActorRef? BranchIn(ActorRef parent, string iso2, int? year)
    {
        if (!string.IsNullOrEmpty(parent.Country) || !ChildrenByParent().TryGetValue(parent.Id, out var children)) return null;
        ActorRef? found = null;
        foreach (var a in children)
            if (a.Country == iso2 && a.Name.StartsWith(parent.Name, StringComparison.Ordinal) && (year is not { } y || a.ValidIn(y)))
            {
                if (found is not null) return null;
                found = a;
            }
        return found;
    }

    // The rows that name a parent, by parent id: asked for every actor an event codes, so made once (again only if rows
    // were added since), not a pass over the whole catalog each time.
    private Dictionary<string, List<ActorRef>> ChildrenByParent()
    {
        if (_childrenByParent is { } cached && cached.Count == _actors.Count) return cached.Map;
        var map = new Dictionary<string, List<ActorRef>>(StringComparer.Ordinal);
        foreach (var a in _actors)
            if (a.Parent is { Length: > 0 } p) (map.TryGetValue(p, out var list) ? list : map[p] = new List<ActorRef>()).Add(a);
        _childrenByParent = new ParentIndex(_actors.Count, map);   // (one reference written: threads see the old index or the new)
        return map;
    }

    private sealed record ParentIndex(int Count, Dictionary<string, List<ActorRef>> Map);

    private ParentIndex? _childrenByParent;

    /// <summary>
    /// The English name of a country: its nationality row, else the countries table (Mali has no nationality row —
    /// "مالي" is mostly "financial" — but its police are "Police Forces of Mali", not "of ML").
    /// </summary>
    public string? CountryName(string iso2) => Country(iso2)?.CountryEn ?? Records.CountryCodes.Default.Get(iso2)?.Name;

    /// <summary>ISO2 of an English country name as in nationalities.tsv ("Syria" → SY).</summary>
    public string? Iso2Of(string countryEn) =>
        _nationalities.FirstOrDefault(n => string.Equals(n.CountryEn, countryEn, StringComparison.OrdinalIgnoreCase))?.Iso2;

    /// <summary>
    /// The state force of a country: the catalog's "Military Forces of …" / "Police Forces of …" row (period valid in
    /// <paramref name="year"/>), or one made from the country name when the catalog has none.
    /// </summary>
    public ActorRef StateForce(string iso2, string kind, int? year = null, bool air = false)
    {
        // the catalog is fixed once loaded: each (country, kind, year, air) is worked out once
        var key = (iso2, kind, year, air, _actors.Count);
        if (_stateForces.TryGetValue(key, out var cached)) return cached;
        var actor = ComputeStateForce(iso2, kind, year, air);
        if (Volatile.Read(ref _stateForceCount) < 100_000 && _stateForces.TryAdd(key, actor)) Interlocked.Increment(ref _stateForceCount);
        return actor;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, int?, bool, int), ActorRef> _stateForces = new();
    private int _stateForceCount;

    private ActorRef ComputeStateForce(string iso2, string kind, int? year, bool air)
    {
        string prefix = kind switch
        {
            "police" => "Police Forces of ",
            "intelligence" => "Intelligence Services of ",
            "government" => "Government of ",
            _ => "Military Forces of ",
        };
        var rows = _actors.Where(a => a.Country == iso2 && a.Kind == kind && a.Name.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        if (rows.Count == 0 && kind is "intelligence" or "government")
            return StateForce(iso2, "military", year, air);
        // (the state's own force before a region's that bears the same prefix: Somalia's army, not Jubaland's or Puntland's,
        // whatever the periods)
        if (CountryName(iso2) is { } named && rows.FindAll(a => a.Name == prefix + named || a.Name.StartsWith(prefix + named + " (", StringComparison.Ordinal)) is { Count: > 0 } national)
            rows = national;
        ActorRef actor;
        if (rows.Count > 0) actor = Choose(rows, year);
        else
        {
            string country = CountryName(iso2) ?? iso2;
            actor = new ActorRef($"{iso2.ToLowerInvariant()}-{kind}", prefix + country, 1, iso2, kind);
        }
        return air && !actor.Air ? actor with { Air = true } : actor;
    }

    /// <summary>
    /// A generic actor ("Civilians (X)", "Military Forces of (X)") tied to a country: the placeholder becomes the
    /// country's name (state forces become that country's catalog row). Non-generic actors come back unchanged.
    /// </summary>
    /// <summary>A generic catalog row ("generic-civilians", "generic-rioters") resolved to a country, or null if the catalog lacks it.</summary>
    public ActorRef? GenericOf(string id, string iso2, int? year = null) =>
        TryGet(id, out var row) ? ResolveGenericCountry(row, iso2, year) : null;

    // "حرس الحدود" in a Saudi story is the force the catalog names "حرس الحدود السعودي", Saudi Arabia's army, though
    // border guards elsewhere are police ("حرس الحدود الإيراني"): a generic state force resolved to a country is the
    // country's state row its own words take with that country's adjective — when all of them name one force (the
    // generic police row's many words name several, and keep to the country's police).
    private ActorRef? NamedWithItsAdjective(ActorRef generic, string iso2, int? year)
    {
        var rows = _namedWithAdjective.GetOrAdd((generic.Id, iso2), static (key, arg) => arg.Catalog.RowsNamedWithAdjective(arg.Generic, key.Iso2), (Catalog: this, Generic: generic));
        if (rows.Length == 0) return null;
        var row = Choose(rows, year);
        return generic.Air && !row.Air ? row with { Air = true } : row;
    }

    private ActorRef[] RowsNamedWithAdjective(ActorRef generic, string iso2)
    {
        if (!_byIso2.TryGetValue(iso2, out var nation) || !_aliases.TryGetValue(generic.Id, out var words)) return [];
        var found = new List<ActorRef>();
        foreach (var word in words)
            foreach (var adjective in nation.AdjectivesAr)
                foreach (var row in AliasMatcher.Lookup(word + " " + adjective))
                {
                    if (row.IsGeneric) continue;
                    if (row.Country != iso2 || !row.IsState || found.Count > 0 && found[0].PlainName != row.PlainName) return [];
                    // (of the generic's own kind, the state's force of that kind stands: which of Libya's two armies is
                    // "the army" is the roles' choice, not the catalog's)
                    if (row.Kind == generic.Kind) return [];
                    if (!found.Contains(row)) found.Add(row);
                }
        return found.ToArray();
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Id, string Iso2), ActorRef[]> _namedWithAdjective = new();

    /// <summary>
    /// The country whose army an unnamed army or soldier in <paramref name="territory"/> belongs to: the territory's own,
    /// unless nationalities.tsv says another's ("جنود" in a West Bank story are Israel's).
    /// </summary>
    public string ArmyCountryIn(string territory) => _armyInTerritory.TryGetValue(territory, out var army) ? army : territory;

    private readonly Dictionary<string, string> _armyInTerritory = new(StringComparer.Ordinal);

    /// <summary>A generic actor resolved to where it is found: a generic army in a territory another state's army holds is that army.</summary>
    public ActorRef ResolveGenericByPlace(ActorRef actor, string iso2, int? year = null) =>
        ResolveGenericCountry(actor, actor is { IsGeneric: true, Kind: "military" } ? ArmyCountryIn(iso2) : iso2, year);

    public ActorRef ResolveGenericCountry(ActorRef actor, string iso2, int? year = null)
    {
        if (!actor.IsGeneric || string.IsNullOrEmpty(iso2)) return actor;
        if (actor.IsState) return NamedWithItsAdjective(actor, iso2, year) ?? StateForce(iso2, actor.Kind, year, actor.Air);
        string country = CountryName(iso2) ?? iso2;
        return actor with { Id = actor.Id + "-" + iso2.ToLowerInvariant(), Name = ActorNames.Resolve(actor.Name, country), Country = iso2 };
    }
}
