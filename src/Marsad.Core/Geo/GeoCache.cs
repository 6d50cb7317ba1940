namespace Marsad.Core.Geo;

/// <summary>
/// Where third-party geographic data lives at run time: $MARSAD_CACHE, else the repository's .cache folder found
/// by walking up from the working directory or from the binaries (scripts/setup fills it).
/// </summary>
public static class GeoCache
{
    public static string Directory()
    {
        var env = Environment.GetEnvironmentVariable("MARSAD_CACHE");
        if (!string.IsNullOrEmpty(env)) return env;
        foreach (var start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, ".cache");
                if (System.IO.Directory.Exists(candidate) && (File.Exists(Path.Combine(candidate, Gazetteer.IndexFileName))
                    || File.Exists(Path.Combine(candidate, "cities500.txt"))))
                    return candidate;
            }
        return Path.Combine(System.IO.Directory.GetCurrentDirectory(), ".cache");
    }

    public static string IndexPath() => Path.Combine(Directory(), Gazetteer.IndexFileName);

    public static string Cities500Path() => Path.Combine(Directory(), "cities500.txt");

    /// <summary>
    /// Builds the index from cities500 in the cache, the given extra GeoNames files (tables or admin code files),
    /// and Marsad's tables in data/geo; writes it to the cache. Returns a line per source for the user.
    /// </summary>
    public static IReadOnlyList<string> BuildIndex(IEnumerable<string> extraFiles, string? cities500 = null, string? output = null)
    {
        var log = new List<string>();
        var builder = new GazetteerBuilder();
        var files = extraFiles.ToList();
        // admin code files first, so GeoNames' admin names win over data/geo/admin1.tsv
        foreach (var f in files.Where(GeoNamesReader.IsAdminCodeFile)) log.Add($"{f}: {builder.AddAdminCodesFile(f):N0} admin codes");
        cities500 ??= Cities500Path();
        if (File.Exists(cities500) && !files.Any(f => Path.GetFullPath(f) == Path.GetFullPath(cities500)))
            log.Add($"{cities500}: {builder.AddGeoNamesFile(cities500):N0} places");
        foreach (var f in files.Where(f => !GeoNamesReader.IsAdminCodeFile(f))) log.Add($"{f}: {builder.AddGeoNamesFile(f):N0} places");
        builder.AddMarsadTables(MarsadData.Path("geo"));
        output ??= IndexPath();
        builder.Write(output);
        log.Add($"index: {output} ({builder.PlaceCount:N0} entries, {new FileInfo(output).Length / 1e6:F1} MB)");
        return log;
    }
}
