namespace Marsad.Core.Tests.Support;

/// <summary>
/// Locates the shared data folder (../shared/data beside the repository, or $MARSAD_SHARED_DATA). Tests that need
/// it use <see cref="SharedDataFactAttribute"/> and are skipped, with the reason, when it is absent.
/// </summary>
public static class SharedData
{
    public static string? Root { get; } = Locate();

    public static bool Available => Root is not null;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root ?? "", .. parts]);

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("MARSAD_SHARED_DATA");
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? env : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (File.Exists(System.IO.Path.Combine(candidate, "README.md"))) return candidate;
        }
        return null;
    }
}

/// <summary>A fact that needs ../shared/data; skipped with a clear message when the data is not there.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Available)
            Skip = "needs the shared data folder (../shared/data next to the repository, or set MARSAD_SHARED_DATA); not found";
    }
}
