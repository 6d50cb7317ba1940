namespace Marsad.Core.Input;

/// <summary>
/// One article as read from a file: body text plus what the source says about it. <see cref="Published"/> is
/// the publication instant when known; <see cref="LocalDate"/> is the date where the outlet wrote it.
/// </summary>
public sealed record Article(string Id, string Text, string? Title = null, DateTimeOffset? Published = null,
    string? Url = null, string? Outlet = null, string? SourcePath = null)
{
    /// <summary>
    /// The outlets of the shared corpora publish in UTC+2..+4 and stamp GMT; 23:12 GMT on a Sunday is already
    /// Monday where the article was written, so the local date is taken at UTC+3 unless an offset was given.
    /// </summary>
    public DateOnly? LocalDate => Published is { } p
        ? DateOnly.FromDateTime((p.Offset == TimeSpan.Zero ? p.ToOffset(OutletOffset) : p).DateTime)
        : null;

    /// <summary>The clock of the region's outlets (UTC+3), for stamps in GMT or with no zone at all.</summary>
    public static readonly TimeSpan OutletOffset = TimeSpan.FromHours(3);

    /// <summary>A pipeline document for this article: the title (if any) then the body, as one text.</summary>
    public Document ToDocument(DateOnly? publishedOverride = null, string? outletOverride = null)
    {
        string text = string.IsNullOrWhiteSpace(Title) ? Text : Title.Trim() + "\n" + Text;
        return new Document(text, Id, publishedOverride ?? LocalDate, outletOverride ?? Outlet, Title) { Url = Url };
    }
}
