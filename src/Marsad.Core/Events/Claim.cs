using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// Who asserts what a sentence says: the source as written (e.g. "المرصد السوري"), its canonical English name
/// when known, the span of the source and of the reporting cue. Sentences without their own cue may inherit
/// a claim from the sentence just before (<see cref="Inherited"/>). A <see cref="Reaction"/> is a condemnation
/// ("دان مجلس الشورى التفجير الإرهابي"): its source reacts to the event the outlet tells, and asserts nothing of it.
/// </summary>
public sealed record Claim(int Sentence, string Source, string? SourceName, TextSpan SourceSpan, TextSpan CueSpan, bool Inherited = false,
    bool Reaction = false)
{
    /// <summary>Who asserts the event (a record's claim source): the source, unless it only reacted to it.</summary>
    public string? Teller => Reaction ? null : DisplayName;

    /// <summary>The canonical name, else the source as written in display form (presentation forms and tatweel folded:
    /// "ﺍﻟﻤﻘﺎﻭﻣﺔ" shows as "المقاومة", so it can be searched for).</summary>
    public string DisplayName => SourceName ?? ArabicNormalizer.Display.Normalize(Source);
}
