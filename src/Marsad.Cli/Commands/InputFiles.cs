using Marsad.Core.Input;

namespace Marsad.Cli.Commands;

/// <summary>Reads a named file or standard input ("-") as text, telling the user when a fallback encoding was used.</summary>
public static class InputFiles
{
    public static DecodedText Read(string path)
    {
        DecodedText decoded;
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            decoded = TextDecoder.Decode(buffer.ToArray(), "<stdin>");
        }
        else
        {
            if (Directory.Exists(path)) throw new InputException(path, "is a directory; give a file");
            if (!File.Exists(path)) throw new InputException(path, "no such file");
            decoded = TextDecoder.ReadFile(path);
        }
        if (decoded.WasFallback) Console.Error.WriteLine($"{path}: not UTF-8; read as {decoded.Encoding}");
        return decoded;
    }
}
