using Marsad.Core.Events;

namespace Marsad.Core;

public sealed partial class Document
{
    /// <summary>Event triggers in text order (filled by <see cref="TriggerRecognizer"/>).</summary>
    public List<TriggerMention> Triggers { get; } = new();

    /// <summary>Cue words by class (filled by <see cref="CueRecognizer"/>).</summary>
    public CueMarks Cues { get; set; } = CueMarks.Empty;

    /// <summary>Claim source per sentence index, where a sentence is attributed (filled by <see cref="ClaimAttributor"/>).</summary>
    public Dictionary<int, Claim> Claims { get; } = new();

    /// <summary>Extracted events (filled by <see cref="EventExtractor"/>).</summary>
    public List<ExtractedEvent> Events { get; } = new();
}
