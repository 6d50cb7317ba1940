using System.Text;

namespace Marsad.Bench;

/// <summary>Loads a corpus of article files into memory once, so benchmarks time processing, not disk.</summary>
public static class Corpus
{
    public static string DefaultMiddleEast()
    {
        var env = Environment.GetEnvironmentVariable("MARSAD_SHARED_DATA");
        if (!string.IsNullOrEmpty(env)) return Path.Combine(env, "corpora", "ant-middleeast");
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "corpora", "ant-middleeast");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("shared corpus not found: pass its folder or set MARSAD_SHARED_DATA");
    }

    public static (List<string> Texts, long Bytes) Load(string folder)
    {
        var texts = new List<string>();
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order())
        {
            string text = File.ReadAllText(file, Encoding.UTF8);
            texts.Add(text);
            bytes += Encoding.UTF8.GetByteCount(text);
        }
        return (texts, bytes);
    }
}
