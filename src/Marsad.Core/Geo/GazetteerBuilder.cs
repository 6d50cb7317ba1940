using System.Runtime.InteropServices;

namespace Marsad.Core.Geo;

/// <summary>
/// Builds the gazetteer index from GeoNames tables (cities500, SY.txt, allCountries.txt), optional GeoNames admin
/// code files, and Marsad's tables in data/geo (countries, admin-1 units, Arabic names for GeoNames places, extra
/// places). Admin-1 English names come from admin1CodesASCII.txt when given, else from data/geo/admin1.tsv.
/// </summary>
public sealed class GazetteerBuilder
{
    private readonly List<string> _pool = new();
    private readonly Dictionary<string, int> _poolIndex = new(StringComparer.Ordinal);
    private readonly List<long> _ids = new();
    private readonly List<float> _lat = new(), _lon = new();
    private readonly List<long> _pop = new();
    private readonly List<byte> _kind = new();
    private readonly List<ushort> _alts = new();
    private readonly List<int> _name = new(), _nameAr = new(), _cc = new(), _a1 = new(), _a2 = new(), _fclass = new(), _fcode = new();
    private readonly Dictionary<string, List<int>> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _byId = new();
    private readonly Dictionary<string, string> _admin1Names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _admin2Names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _countryNames = new(StringComparer.Ordinal);

    public int PlaceCount => _ids.Count;

    /// <summary>Adds every row of a 19-column GeoNames table; rows already present (same geonameid) are skipped.</summary>
    public int AddGeoNamesTable(TextReader reader)
    {
        int n = 0;
        foreach (var row in GeoNamesReader.ReadTable(reader))
        {
            if (_byId.ContainsKey(row.GeonameId)) continue;
            AddRow(row);
            n++;
        }
        return n;
    }

    public int AddGeoNamesFile(string path)
    {
        using var reader = new StreamReader(path);
        return AddGeoNamesTable(reader);
    }

    /// <summary>Admin code file (admin1CodesASCII.txt or admin2Codes.txt): GeoNames' names override Marsad's table.</summary>
    public int AddAdminCodes(TextReader reader)
    {
        int n = 0;
        foreach (var (code, name) in GeoNamesReader.ReadAdminCodes(reader))
        {
            int dots = code.Count(c => c == '.');
            if (dots == 1) _admin1Names[code] = name;
            else if (dots == 2) _admin2Names[code] = name;
            n++;
        }
        return n;
    }

    public int AddAdminCodesFile(string path)
    {
        using var reader = new StreamReader(path);
        return AddAdminCodes(reader);
    }

    /// <summary>Adds a GeoNames table or an admin code file, whichever the file is.</summary>
    public string AddFile(string path)
    {
        if (GeoNamesReader.IsAdminCodeFile(path)) return $"{AddAdminCodesFile(path):N0} admin codes";
        return $"{AddGeoNamesFile(path):N0} places";
    }

    /// <summary>Marsad's tables: countries, admin-1 units (as places with their seat's point) and extra places.</summary>
    public void AddMarsadTables(string geoDir)
    {
        string countries = Path.Combine(geoDir, "countries.tsv");
        if (File.Exists(countries))
            foreach (var c in GeoTables.ReadCountries(countries))
            {
                _countryNames.TryAdd(c.Iso2, c.NameEn);
                AddSynthetic(c.NameEn, c.NamesAr, c.Latitude, c.Longitude, "A", "PCLI", c.Iso2, null, PlaceKind.Country, 0);
            }
        string admin1 = Path.Combine(geoDir, "admin1.tsv");
        if (File.Exists(admin1))
            foreach (var a in GeoTables.ReadAdmin1(admin1))
            {
                _admin1Names.TryAdd(a.Code, a.NameEn);
                AddSynthetic(a.NameEn, a.NamesAr, a.Latitude, a.Longitude, "A", "ADM1", a.CountryCode, a.Code[3..], PlaceKind.Admin1, 0);
            }
        string arabicNames = Path.Combine(geoDir, "arabic-names.tsv");
        if (File.Exists(arabicNames)) AddArabicNames(arabicNames);
        string extra = Path.Combine(geoDir, "places-extra.tsv");
        if (File.Exists(extra))
            foreach (var p in GeoTables.ReadExtraPlaces(extra))
            {
                string fclass = p.FeatureCode switch
                {
                    "PPL" or "PPLX" or "PPLC" or "PPLA" or "PPLA2" or "CMPRF" => "P",
                    "RGN" or "AREA" or "DES" or "PLN" or "PLAT" or "LAVA" or "VAL" or "CST" or "PEN" => "L",
                    "MT" or "MTS" => "T",
                    "STM" or "STRT" or "CNL" or "SEA" => "H",
                    "ADM1" => "A",   // a region the press names like a first-level unit (bare كشمير): geo_precision 3 at its seat
                    "RD" => "R",
                    _ => "S",
                };
                AddSynthetic(p.NameEn, p.NamesAr, p.Latitude, p.Longitude, fclass, p.FeatureCode, p.Iso2,
                    p.Admin1Code is { Length: > 3 } code ? code[3..] : null, PlaceKind.Extra, 0);
            }
    }

    // Arabic names Marsad gives GeoNames places that have none (Tarhuna, El Fasher, Kismayo): keys to the place itself,
    // so it keeps its id, population and admin codes. (a row for a place not in the tables read is left aside: a build
    // from a smaller table than cities500)
    private void AddArabicNames(string path)
    {
        foreach (var row in GeoTables.ReadArabicNames(path))
        {
            if (!_byId.TryGetValue(row.GeonameId, out int i)) continue;
            if (_nameAr[i] < 0) _nameAr[i] = Intern(row.NamesAr[0]);
            foreach (var ar in row.NamesAr) foreach (var k in GazetteerKeys.ArabicVariants(ar)) AddKey(k, i);
        }
    }

    // A place of Marsad's own tables has no GeoNames id: it gets a negative one made from what it is (kind, country, first-level
    // unit, feature code, English name), so a row added to a table leaves every other place's id as it was — records stored
    // before keep pointing at the same place. (FNV-1a over the key, 40 bits; a clash takes the next free id down.)
    private long SyntheticId(PlaceKind kind, string cc, string? admin1, string fcode, string nameEn)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in $"{(int)kind}|{cc}|{admin1}|{fcode}|{nameEn}")
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        long id = -1 - (long)(hash & ((1UL << 40) - 1));
        while (_byId.ContainsKey(id)) id--;
        return id;
    }

    private void AddSynthetic(string nameEn, IReadOnlyList<string> namesAr, double lat, double lon, string fclass, string fcode,
        string cc, string? admin1, PlaceKind kind, long pop)
    {
        int i = AddPlace(SyntheticId(kind, cc, admin1, fcode, nameEn), nameEn, namesAr.Count > 0 ? namesAr[0] : null, lat, lon, fclass, fcode, cc, admin1, null, pop, kind, namesAr.Count);
        foreach (var ar in namesAr) foreach (var k in GazetteerKeys.ArabicVariants(ar)) AddKey(k, i);
        // (Marsad's own admin-1 table: its two-letter names with a hamza are the units', "محافظة إب")
        if (kind == PlaceKind.Admin1) foreach (var ar in namesAr) if (GazetteerKeys.AsWrittenKey(ar) is { } written) AddKey(written, i);
        foreach (var k in GazetteerKeys.LatinVariants(nameEn)) AddKey(k, i);
    }

    private void AddRow(GeoNamesRow row)
    {
        string? firstAr = null;
        foreach (var alt in row.AlternateNames) if (GazetteerKeys.IsArabic(alt)) { firstAr = alt; break; }
        int i = AddPlace(row.GeonameId, row.Name, firstAr, row.Latitude, row.Longitude, row.FeatureClass, row.FeatureCode,
            row.CountryCode, row.Admin1, row.Admin2, row.Population, PlaceKind.GeoNames, row.AlternateNames.Length);
        foreach (var alt in row.AlternateNames)
            if (GazetteerKeys.IsArabic(alt)) foreach (var k in GazetteerKeys.ArabicVariants(alt)) AddKey(k, i);
        // (a two-letter name as written only for a city of 100,000 or more: among smaller places "آن" is Ans in Belgium
        // and the word for "now")
        if (row.FeatureClass == "P" && row.Population >= 100_000)
            foreach (var alt in row.AlternateNames) if (GazetteerKeys.AsWrittenKey(alt) is { } written) AddKey(written, i);
        foreach (var k in GazetteerKeys.LatinVariants(row.Name)) AddKey(k, i);
        if (row.AsciiName != row.Name) foreach (var k in GazetteerKeys.LatinVariants(row.AsciiName)) AddKey(k, i);
    }

    private int AddPlace(long id, string name, string? nameAr, double lat, double lon, string fclass, string fcode, string cc,
        string? admin1, string? admin2, long pop, PlaceKind kind, int alts)
    {
        int i = _ids.Count;
        _ids.Add(id); _byId[id] = i;
        _lat.Add((float)lat); _lon.Add((float)lon); _pop.Add(pop); _kind.Add((byte)kind);
        _alts.Add((ushort)Math.Min(alts, ushort.MaxValue));
        _name.Add(Intern(name)); _nameAr.Add(nameAr is null ? -1 : Intern(nameAr));
        _cc.Add(Intern(cc)); _a1.Add(admin1 is null ? -1 : Intern(admin1)); _a2.Add(admin2 is null ? -1 : Intern(admin2));
        _fclass.Add(Intern(fclass)); _fcode.Add(Intern(fcode));
        return i;
    }

    private void AddKey(string key, int place)
    {
        if (!_keys.TryGetValue(key, out var list)) _keys[key] = list = new List<int>(1);
        if (list.Count == 0 || list[^1] != place) list.Add(place);
    }

    private int Intern(string s)
    {
        if (_poolIndex.TryGetValue(s, out int i)) return i;
        i = _pool.Count;
        _pool.Add(s);
        _poolIndex[s] = i;
        return i;
    }

    /// <summary>Writes the index (see <see cref="Gazetteer"/> for the layout) atomically: a temporary file, then a rename.</summary>
    public void Write(string path)
    {
        string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        string tmp = path + ".part";
        using (var stream = File.Create(tmp))
        using (var w = new BinaryWriter(stream))
            WriteTo(w);
        File.Move(tmp, path, overwrite: true);
    }

    public Gazetteer Build()
    {
        var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) WriteTo(w);
        return Gazetteer.Load(ms.ToArray());
    }

    private void WriteTo(BinaryWriter w)
    {
        // admin and country names go to the pool as "code\tname" pairs
        var adminPairs = _admin1Names.Select(p => Intern(p.Key + "\t" + p.Value)).ToArray();
        var admin2Pairs = _admin2Names.Select(p => Intern(p.Key + "\t" + p.Value)).ToArray();
        var countryPairs = _countryNames.Select(p => Intern(p.Key + "\t" + p.Value)).ToArray();

        w.Write(Gazetteer.Magic);
        w.Write(Gazetteer.Version);
        WriteStrings(w, _pool);
        WriteArray(w, _ids.ToArray()); WriteArray(w, _lat.ToArray()); WriteArray(w, _lon.ToArray()); WriteArray(w, _pop.ToArray());
        WriteArray(w, _kind.ToArray()); WriteArray(w, _alts.ToArray());
        WriteArray(w, _name.ToArray()); WriteArray(w, _nameAr.ToArray()); WriteArray(w, _cc.ToArray());
        WriteArray(w, _a1.ToArray()); WriteArray(w, _a2.ToArray()); WriteArray(w, _fclass.ToArray()); WriteArray(w, _fcode.ToArray());
        var keys = _keys.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        WriteStrings(w, keys);
        var postOffsets = new int[keys.Length + 1];
        var postings = new List<int>();
        for (int k = 0; k < keys.Length; k++)
        {
            postOffsets[k] = postings.Count;
            postings.AddRange(_keys[keys[k]]);
        }
        postOffsets[keys.Length] = postings.Count;
        WriteArray(w, postOffsets); WriteArray(w, postings.ToArray());
        WriteArray(w, adminPairs); WriteArray(w, admin2Pairs); WriteArray(w, countryPairs);
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> strings)
    {
        var offsets = new int[strings.Count + 1];
        int total = 0;
        for (int i = 0; i < strings.Count; i++) { offsets[i] = total; total += strings[i].Length; }
        offsets[strings.Count] = total;
        var blob = new char[total];
        for (int i = 0; i < strings.Count; i++) strings[i].CopyTo(0, blob, offsets[i], strings[i].Length);
        WriteArray(w, offsets);
        WriteArray(w, blob);
    }

    private static void WriteArray<T>(BinaryWriter w, T[] array) where T : unmanaged
    {
        w.Write(array.Length);
        w.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }
}
