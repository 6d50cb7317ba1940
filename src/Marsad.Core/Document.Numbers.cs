using Marsad.Core.Numbers;

namespace Marsad.Core;

public sealed partial class Document
{
    /// <summary>Quantities in text order (filled by <see cref="NumberRecognizer"/>).</summary>
    public List<NumberMention> Numbers { get; } = new();
}
