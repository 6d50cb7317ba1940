using Marsad.Core.Input;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary>
/// Reads the articles of one input (file or stdin) as ingest does: a JSON array or JSONL file item by item, so one
/// article without text, or one broken line, is an error of its own and its neighbours are kept. A file that cannot be
/// read at all raises <see cref="InputException"/> with the file named.
/// </summary>
public static class ArticleInputs
{
    public static List<(Article? Article, IngestError? Error)> Read(string path) =>
        InputSource.Articles(InputFiles.Read(path).Text, path == "-" ? "stdin" : path);
}
