using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// Who asserts what a sentence says: the source as written (e.g. "المرصد السوري"), its canonical English name
/// when known, the span of the source and of the reporting cue. Sentences without their own cue may inherit
/// a claim from the sentence just before (<see cref="Inherited"/>).
/// </summary>
public sealed record Claim(int Sentence, string Source, string? SourceName, TextSpan SourceSpan, TextSpan CueSpan, bool Inherited = false)
{
    /// <summary>The canonical name, else the source as written in display form (presentation forms and tatweel folded:
    /// "ﺍﻟﻤﻘﺎﻭﻣﺔ" shows as "المقاومة", so it can be searched for).</summary>
    public string DisplayName => SourceName ?? ArabicNormalizer.Display.Normalize(Source);
}
