namespace Marsad.Core;

/// <summary>
/// A tab-separated lexicon with a header line: '#' comments and blank lines are skipped, the first other line names
/// the columns. Rows keep their line number so that every loading error names file and line.
/// </summary>
public sealed class Tsv
{
    public sealed record Row(int Line, IReadOnlyDictionary<string, string> Fields)
    {
        public string Get(string column) => Fields.TryGetValue(column, out var v) ? v : "";

        /// <summary>The first of several column names that is present (for lexicons that name a column differently).</summary>
        public string GetAny(params string[] columns)
        {
            foreach (var c in columns)
                if (Fields.TryGetValue(c, out var v)) return v;
            return "";
        }
    }

    public Tsv(string path, IReadOnlyList<string> header, IReadOnlyList<Row> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<Row> Rows { get; }

    public bool Has(string column) => Header.Contains(column);

    public static Tsv Read(string path, params string[][] requiredAlternatives)
    {
        if (!File.Exists(path)) throw new LexiconFormatException(path, 0, "file not found");
        var rows = new List<Row>();
        string[]? header = null;
        int headerLine = 0, lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            string line = raw.TrimEnd('\r', '\n');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells.Select(c => c.Trim().ToLowerInvariant()).ToArray();
                headerLine = lineNo;
                foreach (var alternatives in requiredAlternatives)
                    if (!alternatives.Any(header.Contains))
                        throw new LexiconFormatException(path, lineNo, $"header lacks column \"{string.Join("\" or \"", alternatives)}\" (header: {string.Join(", ", header)})");
                continue;
            }
            // Trailing empty cells may be dropped by editors; more cells than columns is an error.
            if (cells.Length > header.Length && cells.Skip(header.Length).Any(c => c.Trim().Length > 0))
                throw new LexiconFormatException(path, lineNo, $"{cells.Length} fields, header has {header.Length}");
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++) fields[header[i]] = i < cells.Length ? cells[i].Trim() : "";
            rows.Add(new Row(lineNo, fields));
        }
        if (header is null) throw new LexiconFormatException(path, lineNo, "no header line");
        return new Tsv(path, header, rows);
    }

    /// <summary>Splits a list cell: entries separated by '|', ';' or '؛'.</summary>
    public static IEnumerable<string> List(string cell) =>
        cell.Split(['|', ';', '؛'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
