namespace Marsad.Core.Input;

/// <summary>Text read from bytes, with the encoding that worked ("utf-8", "windows-1256").</summary>
public sealed record DecodedText(string Text, string Encoding)
{
    public bool WasFallback => Encoding != "utf-8";
}
