namespace Marsad.Core.Input;

/// <summary>An input that cannot be read as an article; the message names the source and the problem.</summary>
public sealed class InputException : Exception
{
    public InputException(string source, string problem) : base($"{source}: {problem}")
    {
        SourceName = source;
        Problem = problem;
    }

    /// <summary>The file or stream name.</summary>
    public string SourceName { get; }

    public string Problem { get; }
}
