namespace Marsad.Storage;

/// <summary>One report of who took a place: the winner (actor 1 of a territorial event), from whom, according to whom.</summary>
public sealed record ControlReport(DateOnly Date, string Controller, string? From, string SubType, bool Partial, string AccordingTo,
    string DocumentId, bool Conflicted);

/// <summary>A stretch of time in which the reports agree on who holds the place; contested when reports disagree.</summary>
public sealed record ControlPeriod(DateOnly Start, DateOnly? End, string Controller, IReadOnlyList<ControlReport> Reports, bool Contested, string? Why);

/// <summary>
/// Turns territorial events (Government regains territory, Non-state actor overtakes territory, Non-violent
/// transfer of territory) into a control timeline: consecutive reports naming the same winner form a period that
/// lasts until another winner is reported. A period is contested when it holds partial-control reports, reports
/// linked to conflicting claims, or when another winner is reported within <see cref="SqliteEventStore.ConflictDays"/> days.
/// </summary>
public static class ControlTimeline
{
    public static IReadOnlyList<ControlPeriod> Build(IReadOnlyList<StoredEvent> events, ISet<long> conflicted)
    {
        var reports = events
            .Where(e => e.Record.Actor1 is not null)
            .Select(e => new ControlReport(DateOnly.Parse(e.Record.EventDate), Marsad.Core.Actors.ActorNames.WithoutDates(e.Record.Actor1!),
                e.Record.Actor2 is null ? null : Marsad.Core.Actors.ActorNames.WithoutDates(e.Record.Actor2), e.Record.SubEventType, e.Record.PartialControl,
                e.Record.ClaimSource ?? e.Outlet ?? e.Record.Source ?? "unattributed", e.DocumentId, conflicted.Contains(e.Id)))
            .OrderBy(r => r.Date).ThenBy(r => r.Controller, StringComparer.Ordinal).ToList();
        var groups = new List<List<ControlReport>>();
        foreach (var r in reports)
        {
            if (groups.Count > 0 && string.Equals(groups[^1][0].Controller, r.Controller, StringComparison.OrdinalIgnoreCase)) groups[^1].Add(r);
            else groups.Add(new List<ControlReport> { r });
        }
        var periods = new List<ControlPeriod>();
        for (int i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            DateOnly start = g[0].Date, last = g[^1].Date;
            DateOnly? end = i + 1 < groups.Count ? groups[i + 1][0].Date : null;
            var why = new List<string>();
            if (g.Any(r => r.Partial)) why.Add("partial control reported");
            if (g.Any(r => r.Conflicted)) why.Add("conflicting claims");
            if (i + 1 < groups.Count && groups[i + 1][0].Date.DayNumber - last.DayNumber <= SqliteEventStore.ConflictDays)
                why.Add($"{groups[i + 1][0].Controller} reported {groups[i + 1][0].Date:yyyy-MM-dd} by {groups[i + 1][0].AccordingTo}");
            if (i > 0 && start.DayNumber - groups[i - 1][^1].Date.DayNumber <= SqliteEventStore.ConflictDays)
                why.Add($"{groups[i - 1][^1].Controller} reported {groups[i - 1][^1].Date:yyyy-MM-dd} by {groups[i - 1][^1].AccordingTo}");
            periods.Add(new ControlPeriod(start, end, g[0].Controller, g, why.Count > 0, why.Count > 0 ? string.Join("; ", why) : null));
        }
        return periods;
    }
}
