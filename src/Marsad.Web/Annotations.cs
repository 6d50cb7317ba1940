using System.Globalization;
using Marsad.Core;
using Marsad.Core.Records;

namespace Marsad.Web;

/// <summary>An event that a span fed, and as which field (actor1, location, date, fatalities, trigger, …).</summary>
public sealed record SpanLink(string EventId, string Field);

/// <summary>
/// One recognised span of the article text: <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets into the
/// document text (title + newline + body), as JavaScript indexes strings. Kind: actor, place, date, number,
/// trigger, source (a claim's source) or cue (its reporting verb).
/// </summary>
public sealed record Annotation(string Kind, int Start, int End, string Text, string Label, IReadOnlyList<SpanLink> Events);

/// <summary>An event as the annotations refer to it: <see cref="Id"/> is what <see cref="SpanLink.EventId"/> names.</summary>
public sealed record AnnotatedEvent(string Id, long? StoreId, AcledRecord Record);

/// <summary>Builds the annotation layer of a processed document and links each span to the events whose field evidence it overlaps.</summary>
public static class Annotator
{
    public static IReadOnlyList<Annotation> Annotate(Document doc, IReadOnlyList<AnnotatedEvent> events)
    {
        var spans = new List<(string Kind, TextSpan Span, string Label)>();
        foreach (var a in doc.Actors)
            spans.Add(("actor", a.Span, a.Actor.PlainName + (a.Actor.Country is { } c ? $" ({c})" : "")));
        foreach (var p in doc.Places)
            spans.Add(("place", p.Span, p.Place is { } place
                ? $"{place.Name}, {place.Admin1Name ?? place.CountryName} ({place.CountryCode}) · GeoNames {place.GeonameId}"
                : p.Surface + " (unresolved)"));
        foreach (var d in doc.Dates)
            spans.Add(("date", d.Span, $"{d.Date} ({d.Kind})"));
        foreach (var n in doc.Numbers)
            spans.Add(("number", n.Span, $"{n.Value.ToString(CultureInfo.InvariantCulture)} ({n.Qualifier})"));
        foreach (var t in doc.Triggers)
            spans.Add(("trigger", t.Span, string.Join("; ", t.Entries.Select(e => $"{e.EventType} / {e.SubEventType}").Distinct())
                + (t.IsWeak ? " (weak)" : "")));
        foreach (var claim in doc.Claims.Values.Where(c => !c.Inherited))
        {
            spans.Add(("source", claim.SourceSpan, "claim source: " + claim.DisplayName));
            if (!claim.CueSpan.IsEmpty) spans.Add(("cue", claim.CueSpan, "reporting cue"));
        }
        var result = new List<Annotation>(spans.Count);
        foreach (var (kind, span, label) in spans.DistinctBy(s => (s.Kind, s.Span)).OrderBy(s => s.Span.Start).ThenByDescending(s => s.Span.End))
        {
            if (span.IsEmpty || span.Start < 0 || span.End > doc.Text.Length) continue;
            var links = new List<SpanLink>();
            foreach (var e in events)
                foreach (var f in e.Record.FieldEvidence)
                    if (f.Start < span.End && span.Start < f.End && Compatible(kind, f.Field))
                    {
                        links.Add(new SpanLink(e.Id, f.Field));
                        break;
                    }
            result.Add(new Annotation(kind, span.Start, span.End, doc.Text[span.Start..span.End], label, links));
        }
        return result;
    }

    /// <summary>Whether a span of this kind can have fed that field (a number inside an actor's span did not feed actor1).</summary>
    private static bool Compatible(string kind, string field) => kind switch
    {
        "actor" => field.StartsWith("actor", StringComparison.Ordinal) || field.StartsWith("assoc", StringComparison.Ordinal),
        "place" => field.StartsWith("location", StringComparison.Ordinal) || field.StartsWith("place", StringComparison.Ordinal),
        "date" => field.Contains("date", StringComparison.Ordinal),
        "number" => field is "fatalities" or "injured" || field.Contains("fatal", StringComparison.Ordinal) || field.Contains("injur", StringComparison.Ordinal),
        "trigger" => field.StartsWith("trigger", StringComparison.Ordinal),
        "source" or "cue" => field.StartsWith("claim", StringComparison.Ordinal) || field.StartsWith("source", StringComparison.Ordinal)
                             || field == "condemner",
        _ => false,
    };
}
