using System.IO.Compression;
using Marsad.Core.Input;

namespace Marsad.Storage;

/// <summary>One article read from an input, or the error that stopped an input or item from being read.</summary>
public sealed record InputItem(string Source, Article? Article, IngestError? Error, long Bytes);

/// <summary>
/// Everything <c>marsad ingest</c> reads: files (text, TREC XML, JSON, JSONL, HTML), directories (recursively,
/// including .zip files), zips of such files (SaudiNewsNet: one JSON array per day), and "-" for JSONL on standard
/// input. A bad input or a bad line becomes an <see cref="IngestError"/> item; reading goes on.
/// </summary>
public static class InputSource
{
    public static IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input != "-" && Directory.Exists(input))
            {
                foreach (var f in InputPaths.Expand(new[] { input })) yield return f;
                foreach (var z in Directory.EnumerateFiles(input, "*.zip", SearchOption.AllDirectories).Order(StringComparer.Ordinal)) yield return z;
            }
            else yield return input;
        }
    }

    /// <summary>Bytes to read (file sizes, uncompressed zip entries); unknown (stdin) counts 0.</summary>
    public static long TotalBytes(IReadOnlyList<string> files)
    {
        long total = 0;
        foreach (var f in files)
        {
            try
            {
                if (f == "-" || !File.Exists(f)) continue;
                if (IsZip(f))
                {
                    using var zip = ZipFile.OpenRead(f);
                    total += zip.Entries.Sum(e => e.Length);
                }
                else total += new FileInfo(f).Length;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException) { }
        }
        return total;
    }

    public static IEnumerable<InputItem> Read(IReadOnlyList<string> files, TextReader? stdin = null)
    {
        foreach (var f in files)
        {
            if (f == "-")
            {
                foreach (var item in ReadLines(stdin ?? Console.In, "stdin")) yield return item;
                continue;
            }
            if (IsZip(f))
            {
                foreach (var item in ReadZip(f)) yield return item;
                continue;
            }
            List<(Article?, IngestError?)>? articles = null;
            IngestError? error = null;
            long size = 0;
            try
            {
                if (Directory.Exists(f)) throw new InputException(f, "is a directory");
                if (!File.Exists(f)) throw new InputException(f, "no such file");
                size = new FileInfo(f).Length;
                articles = Articles(TextDecoder.ReadFile(f).Text, f);
            }
            catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
            {
                error = new IngestError(f, "", Message(e));
            }
            if (error is not null) { yield return new InputItem(f, null, error, size); continue; }
            foreach (var (a, e) in articles!) yield return new InputItem(f, a, e, size / articles!.Count);
        }
    }

    public static bool IsZip(string f) => f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<InputItem> ReadZip(string path)
    {
        ZipArchive? zip = null;
        IngestError? error = null;
        try { zip = ZipFile.OpenRead(path); }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error = new IngestError(path, "", $"{path}: not a readable zip ({e.Message})");
        }
        if (error is not null) { yield return new InputItem(path, null, error, 0); yield break; }
        using (zip)
        {
            foreach (var entry in zip!.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (entry.FullName.EndsWith('/')) continue;
                string ext = Path.GetExtension(entry.Name);
                if (ext.Length > 0 && !InputPaths.ArticleExtensions.Contains(ext, StringComparer.OrdinalIgnoreCase)) continue;
                string name = Path.Combine(path, entry.FullName);
                List<(Article?, IngestError?)>? articles = null;
                try
                {
                    using var stream = entry.Open();
                    using var buffer = new MemoryStream((int)Math.Min(entry.Length, int.MaxValue));
                    stream.CopyTo(buffer);
                    articles = Articles(TextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), name).Text, name);
                }
                catch (Exception e) when (e is InputException or IOException or InvalidDataException)
                {
                    error = new IngestError(name, "", Message(e));
                }
                if (articles is null) { yield return new InputItem(name, null, error, entry.Length); continue; }
                foreach (var (a, e) in articles) yield return new InputItem(name, a, e, entry.Length / articles.Count);
            }
        }
    }

    /// <summary>JSONL: one article object a line; a broken line is an error item, the rest go on.</summary>
    public static IEnumerable<InputItem> ReadLines(TextReader reader, string name)
    {
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string source = $"{name}:{lineNo}";
            IReadOnlyList<Article>? articles = null;
            IngestError? error = null;
            try { articles = ArticleReader.Read(line, source); }
            catch (InputException e) { error = new IngestError(name, $"line {lineNo}", e.Message); }
            if (articles is null) { yield return new InputItem(source, null, error, line.Length); continue; }
            foreach (var a in articles) yield return new InputItem(source, a with { SourcePath = name }, null, line.Length);
        }
    }

    /// <summary>
    /// The articles of one text. A JSON array is read element by element and JSONL line by line, so one article
    /// without text, or one broken line, is an error item of its own and its neighbours are kept (ids as ArticleReader
    /// gives them: &lt;file&gt;-&lt;n&gt;).
    /// </summary>
    public static List<(Article?, IngestError?)> Articles(string text, string name)
    {
        var head = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        // (the span read as it is: only JSONL and arrays are copied out of the text)
        if (ArticleReader.IsJsonLines(head)) return JsonLines(head.ToString(), name);
        if (head.Length == 0 || head[0] != '[') return ArticleReader.Read(text, name).Select(a => ((Article?)a, (IngestError?)null)).ToList();
        using var doc = ParseJson(head.ToString(), name);
        if (doc.RootElement.ValueKind != System.Text.Json.JsonValueKind.Array) return ArticleReader.Read(text, name).Select(a => ((Article?)a, (IngestError?)null)).ToList();
        string dir = Path.GetDirectoryName(name) ?? "", stem = Path.GetFileNameWithoutExtension(name);
        var list = new List<(Article?, IngestError?)>();
        int k = 0;
        foreach (var element in doc.RootElement.EnumerateArray())
        {
            string itemName = Path.Combine(dir, $"{stem}-{++k}");
            try
            {
                foreach (var a in ArticleReader.Read(element.GetRawText(), itemName)) list.Add((a with { SourcePath = name }, null));
            }
            catch (InputException e) { list.Add((null, new IngestError(name, $"#{k}", e.Message))); }
        }
        if (list.Count == 0) throw new InputException(name, "empty JSON array");
        return list;
    }

    // Line numbers count every line from the first non-blank one, blank lines too, as ArticleReader numbers a JSONL
    // file's fallback ids.
    private static List<(Article?, IngestError?)> JsonLines(string head, string name)
    {
        string dir = Path.GetDirectoryName(name) ?? "", stem = Path.GetFileNameWithoutExtension(name);
        var list = new List<(Article?, IngestError?)>();
        int lineNo = 0;
        foreach (var line in head.Split('\n'))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                foreach (var a in ArticleReader.Read(line, Path.Combine(dir, $"{stem}-{lineNo}"))) list.Add((a with { SourcePath = name }, null));
            }
            catch (InputException e) { list.Add((null, new IngestError(name, $"line {lineNo}", $"{name}: line {lineNo}: {e.Problem}"))); }
        }
        return list;
    }

    private static System.Text.Json.JsonDocument ParseJson(string text, string name)
    {
        try { return System.Text.Json.JsonDocument.Parse(text); }
        catch (System.Text.Json.JsonException e) { throw new InputException(name, $"broken JSON ({e.Message})"); }
    }

    private static string Message(Exception e) => e is InputException ? e.Message : $"{e.GetType().Name}: {e.Message}";
}
