using Marsad.Core.Input;

namespace Marsad.Cli.Commands;

/// <summary>Reads the articles of one input (file or stdin), raising <see cref="InputException"/> with the file named.</summary>
public static class ArticleInputs
{
    public static IReadOnlyList<Article> Read(string path)
    {
        if (path == "-")
        {
            var decoded = InputFiles.Read("-");
            return ArticleReader.Read(decoded.Text, "stdin");
        }
        if (Directory.Exists(path)) throw new InputException(path, "is a directory");
        if (!File.Exists(path)) throw new InputException(path, "no such file");
        var text = TextDecoder.ReadFile(path);
        if (text.WasFallback) Console.Error.WriteLine($"{path}: not UTF-8; read as {text.Encoding}");
        return ArticleReader.Read(text.Text, path);
    }
}
