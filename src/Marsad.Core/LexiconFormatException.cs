namespace Marsad.Core;

/// <summary>A lexicon or data file that cannot be loaded; the message names the file and the line.</summary>
public sealed class LexiconFormatException : Exception
{
    public LexiconFormatException(string path, int line, string problem)
        : base($"{path}:{line}: {problem}")
    {
        FilePath = path;
        Line = line;
        Problem = problem;
    }

    public string FilePath { get; }

    public int Line { get; }

    public string Problem { get; }
}
