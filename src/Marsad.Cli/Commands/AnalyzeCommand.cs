using System.CommandLine;
using System.Text.Json;
using Marsad.Cli.Output;
using Marsad.Core;
using Marsad.Core.Input;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad analyze FILE|-</c>: the text layer's view of a document (sentences, tokens, segments, stems, numbers, dates).</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A UTF-8 (or Windows-1256) text file, or - for standard input" };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var published = new Option<DateOnly?>("--published") { Description = "Publication date (YYYY-MM-DD) for relative dates" };
        var command = new Command("analyze", "Show sentences, tokens (with offsets), clitic segments, stems, numbers and dates") { file, format, published };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(published)));
        return command;
    }

    private static int Run(string path, string format, DateOnly? published)
    {
        DecodedText input;
        try { input = InputFiles.Read(path); }
        catch (InputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        var document = new Document(input.Text, Path.GetFileNameWithoutExtension(path), published);
        TextPipeline.CreateDefault().Process(document);
        if (format == "json") Console.WriteLine(JsonSerializer.Serialize(AnalysisView.From(document), Json.Options));
        else PrintTables(document);
        return 0;
    }

    private static void PrintTables(Document document)
    {
        foreach (var sentence in document.Sentences)
        {
            AnsiConsole.Write(new Rule($"[bold]sentence {sentence.Index}[/] {Markup.Escape(sentence.Span.ToString())}").LeftJustified());
            AnsiConsole.WriteLine(document.Slice(sentence.Span));
            var table = new Table().AddColumns("#", "span", "token", "kind", "segments", "stem");
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var t = document.Tokens[i];
                table.AddRow(t.Index.ToString(), Markup.Escape(t.Span.ToString()), Markup.Escape(t.Surface), t.Kind.ToString(),
                    Markup.Escape(t.Segments?.ToString() ?? ""), Markup.Escape(t.Stem ?? ""));
            }
            AnsiConsole.Write(table);
        }
        if (document.Numbers.Count > 0)
        {
            var numbers = new Table().AddColumns("span", "text", "value", "qualifier");
            foreach (var n in document.Numbers)
                numbers.AddRow(Markup.Escape(n.Span.ToString()), Markup.Escape(document.Slice(n.Span)), n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), n.Qualifier.ToString());
            AnsiConsole.Write(new Rule("[bold]numbers[/]").LeftJustified());
            AnsiConsole.Write(numbers);
        }
        if (document.Dates.Count > 0)
        {
            var dates = new Table().AddColumns("span", "text", "date", "precision", "kind");
            foreach (var d in document.Dates)
                dates.AddRow(Markup.Escape(d.Span.ToString()), Markup.Escape(document.Slice(d.Span)), d.Date.Date.ToString("yyyy-MM-dd"), d.Date.Precision.ToString(), d.Kind.ToString());
            AnsiConsole.Write(new Rule("[bold]dates[/]").LeftJustified());
            AnsiConsole.Write(dates);
        }
    }
}
