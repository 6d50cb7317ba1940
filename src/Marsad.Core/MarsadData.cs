namespace Marsad.Core;

/// <summary>
/// Where Marsad's own data files (lexicons under data/) live: $MARSAD_DATA if set, else the data folder copied
/// next to the binaries, else the repository's data folder found by walking up from the working directory.
/// </summary>
public static class MarsadData
{
    public static string Directory { get; } = Locate();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Directory, .. parts]);

    private static string Locate()
    {
        var env = Environment.GetEnvironmentVariable("MARSAD_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        var beside = System.IO.Path.Combine(AppContext.BaseDirectory, "data");
        if (System.IO.Directory.Exists(System.IO.Path.Combine(beside, "lexicons"))) return beside;
        for (var dir = new DirectoryInfo(System.IO.Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "data");
            if (System.IO.Directory.Exists(System.IO.Path.Combine(candidate, "lexicons"))) return candidate;
        }
        return beside;
    }
}
