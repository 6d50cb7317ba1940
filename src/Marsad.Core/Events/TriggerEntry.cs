namespace Marsad.Core.Events;

/// <summary>One row of data/lexicons/triggers.tsv: a family of Arabic forms and the event it signals, with conditions.</summary>
public sealed record TriggerEntry(
    int Line,
    string Pos,
    string EventType,
    string SubEventType,
    double Weight,
    bool Weak,
    bool NeedsTarget,
    bool NeedsKilled,
    bool CivilianTarget,
    string? ActorCondition,
    string Note)
{
    public bool IsTerritory => SubEventType == AcledTaxonomy.Territory;

    public bool IsStrike => SubEventType == AcledTaxonomy.Strike;
}
