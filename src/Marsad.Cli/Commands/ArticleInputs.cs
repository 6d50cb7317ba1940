using Marsad.Core.Input;

namespace Marsad.Cli.Commands;

/// <summary>Reads the articles of one input (file or stdin), raising <see cref="InputException"/> with the file named.</summary>
public static class ArticleInputs
{
    public static IReadOnlyList<Article> Read(string path) =>
        ArticleReader.Read(InputFiles.Read(path).Text, path == "-" ? "stdin" : path);
}
