using System.Runtime.InteropServices;

namespace Marsad.Core.Geo;

/// <summary>
/// The gazetteer index, loaded from one binary file built by <see cref="GazetteerBuilder"/> (in the cache folder,
/// <c>gazetteer.idx</c>). Layout: a string pool (offsets + one char blob), the places as parallel arrays (id,
/// lat, lon, population, kind, alternate-name count, pool indices of name, Arabic name, country, admin1, admin2,
/// feature class and code), the sorted name keys (offsets + char blob) with their posting lists, and the
/// admin-1/admin-2/country English names. Loading is a handful of bulk array reads; lookups binary-search the
/// sorted keys without allocating. Read-only after load, so one instance serves many threads.
/// </summary>
public sealed class Gazetteer
{
    public const int Magic = 0x5A47534D; // "MSGZ"
    public const int Version = 2;   // 2: ids of Marsad's own places made from what they are (GazetteerBuilder.SyntheticId)
    public const string IndexFileName = "gazetteer.idx";

    private readonly int[] _poolOffsets;
    private readonly char[] _pool;
    private readonly long[] _ids;
    private readonly float[] _lat, _lon;
    private readonly long[] _pop;
    private readonly byte[] _kind;
    private readonly ushort[] _alts;
    private readonly int[] _name, _nameAr, _cc, _a1, _a2, _fclass, _fcode;
    private readonly int[] _keyOffsets;
    private readonly char[] _keys;
    private readonly int[] _postOffsets, _postings;
    private readonly Dictionary<string, string> _admin1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _admin2 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _countries = new(StringComparer.Ordinal);
    private readonly Place?[] _placeCache;
    private readonly string?[] _poolCache;

    private Gazetteer(Stream stream)
    {
        using var r = new BinaryReader(stream);
        if (r.ReadInt32() != Magic) throw new InvalidDataException("not a Marsad gazetteer index");
        int version = r.ReadInt32();
        if (version != Version) throw new InvalidDataException($"gazetteer index version {version}; this Marsad reads version {Version}: rebuild it with scripts/setup");
        _poolOffsets = Read<int>(r); _pool = Read<char>(r);
        _poolCache = new string?[_poolOffsets.Length - 1];
        _ids = Read<long>(r); _lat = Read<float>(r); _lon = Read<float>(r); _pop = Read<long>(r);
        _kind = Read<byte>(r); _alts = Read<ushort>(r);
        _name = Read<int>(r); _nameAr = Read<int>(r); _cc = Read<int>(r); _a1 = Read<int>(r); _a2 = Read<int>(r);
        _fclass = Read<int>(r); _fcode = Read<int>(r);
        _keyOffsets = Read<int>(r); _keys = Read<char>(r);
        _postOffsets = Read<int>(r); _postings = Read<int>(r);
        foreach (int i in Read<int>(r)) Split(PoolString(i), _admin1);
        foreach (int i in Read<int>(r)) Split(PoolString(i), _admin2);
        foreach (int i in Read<int>(r)) Split(PoolString(i), _countries);
        _placeCache = new Place?[_ids.Length];

        static void Split(string pair, Dictionary<string, string> into)
        {
            int tab = pair.IndexOf('\t');
            into[pair[..tab]] = pair[(tab + 1)..];
        }
    }

    public static Gazetteer Load(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return new Gazetteer(stream);
    }

    public static Gazetteer Load(byte[] bytes) => new(new MemoryStream(bytes, writable: false));

    /// <summary>The index in the cache folder (see <see cref="GeoCache"/>); throws with a message naming scripts/setup when missing.</summary>
    public static Gazetteer LoadDefault()
    {
        string path = GeoCache.IndexPath();
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"gazetteer index not found at {path}: run scripts/setup (it downloads GeoNames cities500 and builds the index), " +
                "or `marsad gazetteer import FILE…`; set MARSAD_CACHE to use another cache folder", path);
        return Load(path);
    }

    public int PlaceCount => _ids.Length;

    private Dictionary<string, int>? _capitals;

    /// <summary>The capital (GeoNames PPLC, the most populous if several) of an ISO2 country, built on first use; null when none.</summary>
    public Place? CapitalOf(string iso2)
    {
        var byIso = Volatile.Read(ref _capitals);
        if (byIso is null)
        {
            byIso = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < _ids.Length; i++)
                if (FeatureCode(i) == "PPLC" && (!byIso.TryGetValue(CountryCode(i), out int had) || Population(i) > Population(had)))
                    byIso[CountryCode(i)] = i;
            Volatile.Write(ref _capitals, byIso);
        }
        return byIso.TryGetValue(iso2, out int k) ? GetPlace(k) : null;
    }

    public int KeyCount => _keyOffsets.Length - 1;

    public long GeonameId(int i) => _ids[i];
    public double Latitude(int i) => _lat[i];
    public double Longitude(int i) => _lon[i];
    public long Population(int i) => _pop[i];
    public PlaceKind Kind(int i) => (PlaceKind)_kind[i];
    public int AlternateNameCount(int i) => _alts[i];
    public string CountryCode(int i) => PoolString(_cc[i]);
    public string? Admin1Code(int i) => _a1[i] < 0 ? null : PoolString(_a1[i]);
    public string FeatureClass(int i) => PoolString(_fclass[i]);
    public string FeatureCode(int i) => PoolString(_fcode[i]);
    public string Name(int i) => PoolString(_name[i]);

    /// <summary>"SY.07"-style admin-1 key of a place, or null.</summary>
    public string? Admin1Key(int i) => _a1[i] < 0 ? null : CountryCode(i) + "." + PoolString(_a1[i]);

    /// <summary>
    /// <see cref="Admin1Key"/>(<paramref name="a"/>) == <see cref="Admin1Key"/>(<paramref name="b"/>), both set, without
    /// building the keys: the "CC.code" strings are compared piece by piece.
    /// </summary>
    public bool SameAdmin1(int a, int b)
    {
        if (_a1[a] < 0 || _a1[b] < 0) return false;
        string ccA = CountryCode(a), ccB = CountryCode(b), adA = PoolString(_a1[a]), adB = PoolString(_a1[b]);
        if (ccA.Length + adA.Length != ccB.Length + adB.Length) return false;
        if (ccA.Length == ccB.Length) return string.Equals(ccA, ccB, StringComparison.Ordinal) && string.Equals(adA, adB, StringComparison.Ordinal);
        // (codes of different lengths: compare the joined keys as written)
        return string.Equals(ccA + "." + adA, ccB + "." + adB, StringComparison.Ordinal);
    }

    public string? Admin1Name(string countryCode, string? admin1) =>
        admin1 is null ? null : _admin1.GetValueOrDefault(countryCode + "." + admin1);

    public string CountryName(string iso2) => _countries.GetValueOrDefault(iso2) ?? iso2;

    /// <summary>The place record of entry <paramref name="i"/> (built once, then cached).</summary>
    public Place GetPlace(int i)
    {
        var cached = Volatile.Read(ref _placeCache[i]);
        if (cached is not null) return cached;
        string cc = CountryCode(i);
        string? a1 = Admin1Code(i);
        string? a2 = _a2[i] < 0 ? null : PoolString(_a2[i]);
        var place = new Place(_ids[i], Name(i), _nameAr[i] < 0 ? null : PoolString(_nameAr[i]), Math.Round(_lat[i], 5), Math.Round(_lon[i], 5),
            cc, CountryName(cc), a1 is null ? null : cc + "." + a1, Admin1Name(cc, a1),
            a2 is null || a1 is null ? null : _admin2.GetValueOrDefault(cc + "." + a1 + "." + a2), FeatureClass(i), FeatureCode(i), _pop[i]);
        Volatile.Write(ref _placeCache[i], place);
        return place;
    }

    /// <summary>Entries indexed under a normalised key (see <see cref="GazetteerKeys"/>); empty when none.</summary>
    public ReadOnlySpan<int> Lookup(ReadOnlySpan<char> key)
    {
        int k = FindKey(key);
        if (k < 0) return ReadOnlySpan<int>.Empty;
        return _postings.AsSpan(_postOffsets[k], _postOffsets[k + 1] - _postOffsets[k]);
    }

    /// <summary>
    /// The country entry a nisba adjective (normalised key) names ("الأردنية" → Jordan, "اليمني" → Yemen), or -1: its stem
    /// read as a country name, with or without ا، ال، يا، ان (or as ال…ية).
    /// </summary>
    public int CountryOfNisba(string key)
    {
        string k = Text.DefiniteArticle.Off(key);
        string? stem = k.EndsWith("يه", StringComparison.Ordinal) ? k[..^2] : k.EndsWith('ي') ? k[..^1] : null;
        if (stem is null || stem.Length < 2) return -1;
        // ("السعودي" → السعودية: a country whose name is itself the feminine adjective)
        foreach (var form in new[] { stem, stem + "ا", "ال" + stem, stem + "يا", stem + "ان", "ال" + stem + "يه" })
            foreach (int e in Lookup(form))
                if (Kind(e) == PlaceKind.Country) return e;
        return -1;
    }

    /// <summary>
    /// The names indexed as written (<see cref="GazetteerKeys.AsWrittenKey"/>, "إب"): each spelling, its matching key
    /// and its entries. A handful at most.
    /// </summary>
    public (string Spelling, string Key, int[] Entries)[] NamesAsWritten => _namesAsWritten ??= FindNamesAsWritten();

    private (string, string, int[])[]? _namesAsWritten;

    private (string, string, int[])[] FindNamesAsWritten()
    {
        // (the keys are in ordinal order: those with the prefix are one run)
        var prefix = GazetteerKeys.AsWrittenPrefix.AsSpan();
        int lo = 0, hi = KeyCount;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (KeyAt(mid).SequenceCompareTo(prefix) < 0) lo = mid + 1; else hi = mid;
        }
        var names = new List<(string, string, int[])>();
        for (int k = lo; k < KeyCount && KeyAt(k).StartsWith(prefix, StringComparison.Ordinal); k++)
        {
            string spelling = KeyAt(k)[prefix.Length..].ToString();
            names.Add((spelling, GazetteerKeys.Normalize(spelling), Lookup(KeyAt(k)).ToArray()));
        }
        return names.ToArray();
    }

    /// <summary>Entries for a name as written (normalised here).</summary>
    public int[] Find(string name) => Lookup(GazetteerKeys.Normalize(name)).ToArray();

    public bool ContainsKey(ReadOnlySpan<char> key) => FindKey(key) >= 0;

    /// <summary>True when some key starts with <paramref name="prefix"/> followed by a space (a longer multi-word name may follow).</summary>
    public bool HasLongerKey(ReadOnlySpan<char> prefix)
    {
        int lo = 0, hi = KeyCount;
        // first key >= prefix + " "
        Span<char> probe = prefix.Length < 256 ? stackalloc char[prefix.Length + 1] : new char[prefix.Length + 1];
        prefix.CopyTo(probe);
        probe[^1] = ' ';
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (KeyAt(mid).SequenceCompareTo(probe) < 0) lo = mid + 1; else hi = mid;
        }
        return lo < KeyCount && KeyAt(lo).StartsWith(probe, StringComparison.Ordinal);
    }

    /// <summary>Is <paramref name="key"/> a key, and does a longer multi-word key start with it plus a space (two hash probes, <see cref="GazetteerKeyIndex"/>).</summary>
    public (bool Exact, bool Longer) Probe(ReadOnlySpan<char> key) => KeyIndex.Probe(key);

    private GazetteerKeyIndex? _keyIndex;

    /// <summary>Hash tables over the keys (built on first use: the builder and the tools that only list keys never need them).</summary>
    private GazetteerKeyIndex KeyIndex => _keyIndex ?? LazyInitializer.EnsureInitialized(ref _keyIndex, () => new GazetteerKeyIndex(_keyOffsets, _keys));

    private int FindKey(ReadOnlySpan<char> key) => KeyIndex.Find(key);

    private ReadOnlySpan<char> KeyAt(int k) => _keys.AsSpan(_keyOffsets[k], _keyOffsets[k + 1] - _keyOffsets[k]);

    /// <summary>
    /// The single Arabic words of the gazetteer's names (article included as written), for the clitic segmenter's
    /// lexicon, so that بالبوكمال splits as ب+ال+بوكمال. <paramref name="minCount"/> skips one-off words of tiny places.
    /// </summary>
    public IEnumerable<string> ArabicNameWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < KeyCount; k++)
        {
            var key = KeyAt(k);
            if (key.Length == 0 || !GazetteerKeys.IsArabic(key[..1].ToString())) continue;
            foreach (var w in key.ToString().Split(' '))
                if (w.Length >= 3) words.Add(w);
        }
        return words.Order(StringComparer.Ordinal);
    }

    /// <summary>Pool strings are materialised once (country codes, feature codes and admin codes are asked for in every resolution).</summary>
    private string PoolString(int i)
    {
        var s = Volatile.Read(ref _poolCache[i]);
        if (s is not null) return s;
        s = new string(_pool, _poolOffsets[i], _poolOffsets[i + 1] - _poolOffsets[i]);
        Volatile.Write(ref _poolCache[i], s);
        return s;
    }

    private static T[] Read<T>(BinaryReader r) where T : unmanaged
    {
        int n = r.ReadInt32();
        var array = new T[n];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }
}
