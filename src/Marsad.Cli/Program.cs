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
        return root.Parse(args).Invoke();
    }
}
