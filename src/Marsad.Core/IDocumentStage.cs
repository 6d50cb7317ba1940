namespace Marsad.Core;

/// <summary>
/// One step of the pipeline: reads the layers it needs from the document and adds its own. A stage holds only
/// read-only resources (lexicons, gazetteer), so one instance can serve many documents on many threads.
/// </summary>
public interface IDocumentStage
{
    void Process(Document document);
}
