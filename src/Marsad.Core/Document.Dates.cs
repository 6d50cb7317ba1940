using Marsad.Core.Dates;

namespace Marsad.Core;

public sealed partial class Document
{
    /// <summary>Date expressions in text order (filled by <see cref="DateRecognizer"/>).</summary>
    public List<DateMention> Dates { get; } = new();
}
