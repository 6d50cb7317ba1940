using Marsad.Core;

namespace Marsad.Cli.Commands;

/// <summary>
/// One article the pipeline cannot process must not end a batch of thousands: the error names the file and the
/// article, the other articles go on, and the command's exit code says something failed. An exception here is a
/// bug in Marsad rather than bad input (that is caught when reading), so it is reported as one.
/// </summary>
internal static class PipelineGuard
{
    /// <summary>The processed document, or null after writing the error to stderr.</summary>
    public static Document? TryProcess(MarsadPipeline pipeline, Document document, string file)
    {
        try { return pipeline.Process(document); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"error: {file}: article {document.Id}: extraction failed ({e.GetType().Name}: {e.Message}); "
                                    + "this is a bug in Marsad, please report it with the article; the other articles go on");
            return null;
        }
    }
}
