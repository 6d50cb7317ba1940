using Marsad.Core.Actors;
using Marsad.Core.Dates;
using Marsad.Core.Geo;

namespace Marsad.Core.Events;

/// <summary>Which span of the text produced a field of an event ("actor1", "location", "date", "fatalities", "claim" or "condemner", "trigger").</summary>
public sealed record FieldEvidence(string Field, TextSpan Span);

/// <summary>
/// One event as an ACLED coder would record it, plus what the coder keeps in mind: the evidence sentences, the
/// spans behind each field, who claims it, the injured, a partial-control marker, a confidence, the rule that
/// fired, and the events it contradicts (by <see cref="Id"/>).
/// </summary>
public sealed record ExtractedEvent
{
    public required string Id { get; init; }
    public required string DocumentId { get; init; }
    public required string EventType { get; init; }
    public required string SubEventType { get; init; }
    public required PartialDate Date { get; init; }
    public ActorRef? Actor1 { get; init; }
    public IReadOnlyList<ActorRef> AssocActor1 { get; init; } = Array.Empty<ActorRef>();
    public ActorRef? Actor2 { get; init; }
    public IReadOnlyList<ActorRef> AssocActor2 { get; init; } = Array.Empty<ActorRef>();
    public PlaceMention? Location { get; init; }
    public int? Fatalities { get; init; }
    /// <summary>The fatalities are ACLED's reading of a plural with no figure ("سقوط قتلى" = 3), not a number given.</summary>
    public bool FatalitiesEstimated { get; init; }
    public int? Injured { get; init; }
    public Claim? Claim { get; init; }
    public bool PartialControl { get; init; }
    public double Confidence { get; init; }
    public required string Rule { get; init; }
    /// <summary>The part of speech of the trigger row that made the event ("verb", "noun", "phrase"), read by the steps
    /// that tell a verb from its noun — the same row <see cref="Rule"/> names, without parsing it.</summary>
    public string? TriggerPos { get; init; }
    public IReadOnlyList<TextSpan> EvidenceSentences { get; init; } = Array.Empty<TextSpan>();
    public IReadOnlyList<FieldEvidence> FieldEvidence { get; init; } = Array.Empty<FieldEvidence>();
    public IReadOnlyList<string> Contradicts { get; init; } = Array.Empty<string>();

    /// <summary>This event's evidence sentences and another's, once each, in text order (when one report absorbs another).</summary>
    public IReadOnlyList<TextSpan> EvidenceWith(ExtractedEvent other) =>
        EvidenceSentences.Concat(other.EvidenceSentences).Distinct().OrderBy(s => s.Start).ToList();
}
