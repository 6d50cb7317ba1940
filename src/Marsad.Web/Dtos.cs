using Marsad.Core.Records;
using Marsad.Storage;

namespace Marsad.Web;

/// <summary>An event row for the map and the table: the fields they show, not the evidence.</summary>
public sealed record EventSummary(long Id, string Date, string EventType, string SubEventType, string? Actor1, string? Actor2,
    string? Actor1Ar, string? Actor2Ar, string? Country, string? Iso2, string? Admin1, string? Location, string? LocationAr,
    double? Latitude, double? Longitude, int? GeoPrecision, int? Fatalities, string? ClaimSource, string? Source, bool PartialControl,
    int Reports, IReadOnlyList<long> ArticleIds)
{
    public static EventSummary Of(MergedEvent m)
    {
        var r = m.Record;
        return new(m.Id, r.EventDate, r.EventType, r.SubEventType, r.Actor1, r.Actor2, r.Actor1Ar, r.Actor2Ar, r.Country, r.Iso2, r.Admin1,
            r.Location, r.LocationAr, r.Latitude, r.Longitude, r.GeoPrecision, r.Fatalities, r.ClaimSource, r.Source, r.PartialControl,
            m.Reports.Count, m.Reports.Select(x => x.ArticleId).Distinct().ToList());
    }
}

public sealed record Page<T>(long Total, int Offset, int Limit, IReadOnlyList<T> Items);

/// <summary>One article's report of an event: where it came from and the text that supports it.</summary>
public sealed record ReportView(long Id, long MergedId, long ArticleId, string DocumentId, string? Outlet, string? Url, string Date,
    string EventType, string SubEventType, string? Actor1, string? Actor2, string? Location, string? LocationAr, int? Fatalities,
    string? ClaimSource, string? ClaimSourceAr, bool PartialControl, double Confidence, string Rule,
    IReadOnlyList<SpanText> Evidence, IReadOnlyList<FieldSpan> FieldEvidence)
{
    public static ReportView Of(StoredEvent e)
    {
        var r = e.Record;
        return new(e.Id, e.MergedId, e.ArticleId, e.DocumentId, e.Outlet, e.Url, r.EventDate, r.EventType, r.SubEventType, r.Actor1, r.Actor2,
            r.Location, r.LocationAr, r.Fatalities, r.ClaimSource, r.ClaimSourceAr, r.PartialControl, r.Confidence, r.Rule, r.Evidence, r.FieldEvidence);
    }
}

public sealed record ConflictView(ReportView A, ReportView B, string Scope, string Reason)
{
    public static ConflictView Of(ConflictPair p) => new(ReportView.Of(p.A), ReportView.Of(p.B), p.Scope, p.Reason);
}

public sealed record EventDetail(long Id, AcledRecord Record, IReadOnlyList<ReportView> Reports, IReadOnlyList<ConflictView> Conflicts);

public sealed record ArticleView(long Id, string DocumentId, string? Title, string? Published, string? Outlet, string? Url,
    string Text, IReadOnlyList<ArticleEvent> Events, IReadOnlyList<Annotation> Annotations, string? AnnotationNote);

/// <summary>An event of an article: <see cref="Id"/> is what the annotations link to; <see cref="MergedId"/> opens the event card.</summary>
public sealed record ArticleEvent(string Id, long? MergedId, string Date, string EventType, string SubEventType, string? Actor1, string? Actor2,
    string? Location, int? Fatalities, string? ClaimSource, IReadOnlyList<SpanText> Evidence);

public sealed record HighlightRange(int Start, int End);

public sealed record SearchHitView(long ArticleId, string DocumentId, string? Title, string? Published, string? Outlet, string? Url, double Score,
    string Snippet, IReadOnlyList<HighlightRange> Highlights, long? DuplicateGroup);

public sealed record ControlReportView(string Date, string Controller, string? From, string SubType, bool Partial, string AccordingTo,
    string DocumentId, bool Conflicted);

public sealed record ControlPeriodView(string Start, string? End, string Controller, bool Contested, string? Why, IReadOnlyList<ControlReportView> Reports)
{
    public static ControlPeriodView Of(ControlPeriod p) => new(p.Start.ToString("yyyy-MM-dd"), p.End?.ToString("yyyy-MM-dd"), p.Controller,
        p.Contested, p.Why, p.Reports.Select(r => new ControlReportView(r.Date.ToString("yyyy-MM-dd"), r.Controller, r.From, r.SubType, r.Partial,
            r.AccordingTo, r.DocumentId, r.Conflicted)).ToList());
}

public sealed record PlaceView(string Place, IReadOnlyList<string> Names, IReadOnlyList<EventSummary> Events,
    IReadOnlyList<ControlPeriodView> Control, IReadOnlyList<ConflictView> Claims);

public sealed record Facet(string Value, string? Label, int Count);

public sealed record Facets(IReadOnlyList<Facet> Countries, IReadOnlyList<Facet> EventTypes, IReadOnlyList<Facet> SubEventTypes,
    IReadOnlyList<Facet> Actors, string? FirstDate, string? LastDate, long Events, long Articles);

/// <summary>The body of POST /api/extract (application/json); text/plain bodies give the text alone.</summary>
public sealed record ExtractRequest(string? Text, string? Published = null, string? Title = null, string? Outlet = null, string? Id = null);

public sealed record ExtractResponse(string Id, string? Published, string Text, IReadOnlyList<AcledRecord> Records, IReadOnlyList<ArticleEvent> Events,
    IReadOnlyList<Annotation> Annotations);
