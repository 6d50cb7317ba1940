namespace Marsad.Core.Tests.Support;

/// <summary>One shared text pipeline (with the repository's lexicon) for tests.</summary>
public static class Analyze
{
    public static readonly TextPipeline Pipeline = TextPipeline.CreateDefault();

    public static Document Text(string text, DateOnly? published = null) => Pipeline.Process(new Document(text, "test", published));
}
