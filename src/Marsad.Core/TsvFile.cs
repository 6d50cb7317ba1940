namespace Marsad.Core;

/// <summary>
/// Reads Marsad's TSV lexicons: '#' comment lines and blank lines skipped, the first other line must be the
/// expected header, every row must have its column count. Errors name the file and line.
/// </summary>
public static class TsvFile
{
    public static IEnumerable<(int Line, string[] Columns)> Read(string path, string[] header)
    {
        if (!File.Exists(path)) throw new LexiconFormatException(path, 0, "file not found");
        int lineNo = 0;
        bool seenHeader = false;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (!seenHeader)
            {
                if (!cols.Select(c => c.Trim()).SequenceEqual(header))
                    throw new LexiconFormatException(path, lineNo, $"expected header \"{string.Join("\\t", header)}\"");
                seenHeader = true;
                continue;
            }
            if (cols.Length != header.Length)
                throw new LexiconFormatException(path, lineNo, $"expected {header.Length} tab-separated columns, found {cols.Length}");
            yield return (lineNo, cols.Select(c => c.Trim()).ToArray());
        }
        if (!seenHeader) throw new LexiconFormatException(path, lineNo, "no header line");
    }
}
