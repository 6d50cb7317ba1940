using System.Text;

namespace Marsad.Core.Input;

/// <summary>
/// Turns bytes into text: UTF-8 (with or without BOM, also UTF-16 with BOM) first; bytes that are not valid UTF-8
/// are tried as Windows-1256, the legacy Arabic code page; binary data (NUL bytes, many control characters) is
/// refused. Never guesses silently: the result says which encoding was used.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new DecodedText(utf16.GetString(bytes[2..]), bytes[0] == 0xFF ? "utf-16le" : "utf-16be");
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        if (LooksBinary(bytes))
            throw new InputException(sourceName, "binary data, not text (NUL or control bytes); give a UTF-8 or Windows-1256 text file");
        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var cp1256 = Encoding.GetEncoding(1256);
            string text = cp1256.GetString(bytes);
            if (!text.Any(c => c is >= '\u0600' and <= '\u06FF'))
                throw new InputException(sourceName, "not valid UTF-8, and as Windows-1256 it holds no Arabic; convert it to UTF-8");
            return new DecodedText(text, "windows-1256");
        }
    }

    public static DecodedText ReadFile(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, e.Message);
        }
        return Decode(bytes, path);
    }

    // Text has no NUL bytes and few control characters other than tab and line breaks.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        int sample = Math.Min(bytes.Length, 8192), control = 0;
        for (int i = 0; i < sample; i++)
        {
            byte b = bytes[i];
            if (b == 0) return true;
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) control++;
        }
        return sample > 0 && control * 20 > sample;
    }
}
