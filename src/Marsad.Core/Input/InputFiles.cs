namespace Marsad.Core.Input;

/// <summary>Expands command-line inputs into files: a file as is, a directory recursively (article extensions only), "-" for stdin.</summary>
public static class InputPaths
{
    public static readonly string[] ArticleExtensions = { ".txt", ".xml", ".json", ".jsonl", ".html", ".htm" };

    public static IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == "-") { yield return input; continue; }
            if (Directory.Exists(input))
            {
                foreach (var f in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                             .Where(f => ArticleExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                             .Order(StringComparer.Ordinal))
                    yield return f;
            }
            else yield return input;   // missing files are reported when read
        }
    }
}
