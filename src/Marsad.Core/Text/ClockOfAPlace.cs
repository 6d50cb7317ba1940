namespace Marsad.Core.Text;

/// <summary>
/// "بتوقيت موسكو", "بتوقيت غرينتش", "بتوقيت تركيا": a name right after the word for a clock's time names the time zone —
/// no place of the story and no side of it.
/// </summary>
public static class ClockOfAPlace
{
    /// <summary>True when the token before <paramref name="i"/> is "توقيت" (with its article or ب/و).</summary>
    public static bool Before(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Norm is "توقيت" or "بتوقيت" or "وبتوقيت" or "التوقيت";
}
