using System.Text;
using Marsad.Core.Input;

namespace Marsad.Core.Tests.Input;

public class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Reads_utf8_with_and_without_bom()
    {
        var bytes = Encoding.UTF8.GetBytes("قال الجيش");
        Assert.Equal("قال الجيش", TextDecoder.Decode(bytes, "a.txt").Text);
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
        var decoded = TextDecoder.Decode(withBom, "a.txt");
        Assert.Equal("قال الجيش", decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Fact]
    public void Falls_back_to_windows_1256_and_says_so()
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes("قال الجيش السوري");
        var decoded = TextDecoder.Decode(bytes, "old.txt");
        Assert.Equal("قال الجيش السوري", decoded.Text);
        Assert.Equal("windows-1256", decoded.Encoding);
        Assert.True(decoded.WasFallback);
    }

    [Fact]
    public void Refuses_binary_with_a_message_naming_the_file()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D };
        var e = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "picture.png"));
        Assert.Contains("picture.png", e.Message);
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Empty_input_is_empty_text()
    {
        Assert.Equal("", TextDecoder.Decode(Array.Empty<byte>(), "empty.txt").Text);
    }

    [Fact]
    public void Missing_file_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => TextDecoder.ReadFile("/nonexistent/x.txt"));
        Assert.Contains("/nonexistent/x.txt", e.Message);
    }
}
