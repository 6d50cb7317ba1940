using System.CommandLine;
using Marsad.Cli.Commands;

namespace Marsad.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var root = new RootCommand("Marsad (مرصد): Arabic news in, structured conflict events out.");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(PlacesCommand.Create());
        root.Subcommands.Add(GazetteerCommand.Create());
        root.Subcommands.Add(EvalGeoCommand.CreateEval());
        root.Subcommands.Add(EntitiesCommand.Create());
        root.Subcommands.Add(ActorsCommand.Create());
        EvalActorsCommand.AddToEval(root, EvalActorsCommand.Create());
        EvalActorsCommand.AddToEval(root, EvalNerCommand.Create());
        EvalActorsCommand.AddToEval(root, EvalEventsCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ClaimsCommand.Create());
        root.Subcommands.Add(ControlCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        // A missing or outdated gazetteer index is a set-up step not taken, not a crash: one line that names the fix.
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException && e.Message.Contains("scripts/setup", StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"marsad: {e.Message}");
            return 2;
        }
        catch (Exception e)
        {
            // (as System.CommandLine's own handler did: the exception whole, exit code 1)
            Console.Error.WriteLine($"Unhandled exception: {e}");
            return 1;
        }
    }
}
