namespace Marsad.Core.Events;

/// <summary>
/// The event-trigger lexicon (data/lexicons/triggers.tsv): forms → ACLED sub-types with conditions. Validated on
/// load; errors name the file and line.
/// </summary>
public sealed class TriggerLexicon
{
    public PhraseIndex<TriggerEntry> Phrases { get; } = new()
    {
        // "قتل تسعة متظاهرين", "اعتقال 5 محتجين", "ضبط 173 آخرين": protest and arrest rows read through a count; elsewhere a
        // count after the verb is more often what was fired ("أطلقت 8 صواريخ" in a tally of a strike's cost) than who was hit.
        CountsInside = e => e.EventType == AcledTaxonomy.Protests || e.SubEventType == "Arrests",
    };

    public List<TriggerEntry> Entries { get; } = new();

    private readonly List<string> _forms = new();

    /// <summary>
    /// The single Arabic words of every form, for the clitic segmenter's lexicon: "لتفريق المتظاهرين" must split as
    /// ل + تفريق for the form "تفريق المتظاهرين" to be found (the forms are listed without their clitics).
    /// </summary>
    public IEnumerable<string> Words
    {
        get
        {
            var words = Actors.ActorCatalog.WordsOf(_forms).ToHashSet(StringComparer.Ordinal);
            // ("واعتقال" beside "اعتقال": a form listed with its و is that word with its clitic — listed whole, the
            // segmenter would never split it)
            // (and "والمتوسطة": و on the article, which the segmenter takes off by itself; and "قبضتها", "اعتقاله": a word
            // with its pronoun, which must still come off — a form listed with one is that form's own spelling)
            return words.Where(w => !(w.Length >= 4 && w[0] is 'و' or 'ف' && (words.Contains(w[1..]) || w[1..].StartsWith("ال", StringComparison.Ordinal)))
                                    && !(w.Length >= 3 && (w.EndsWith('ه') || w.EndsWith("ها", StringComparison.Ordinal) || w.EndsWith("هم", StringComparison.Ordinal)
                                                           || w.EndsWith("هن", StringComparison.Ordinal) || w.EndsWith("هما", StringComparison.Ordinal)))).ToList();
        }
    }

    public static TriggerLexicon LoadDefault() => Load(MarsadData.Path("lexicons", "triggers.tsv"));

    public static TriggerLexicon Load(string path)
    {
        var lexicon = new TriggerLexicon();
        foreach (var row in Tsv.Read(path, ["forms_ar"], ["pos"], ["event_type"], ["sub_event_type"], ["condition"], ["weight"], ["note"]).Rows)
        {
            int line = row.Line;
            string eventType = row.Get("event_type"), sub = row.Get("sub_event_type");
            if (!AcledTaxonomy.IsValid(eventType, sub))
                throw new LexiconFormatException(path, line, $"\"{eventType}\" / \"{sub}\" is not an ACLED event type and sub-type");
            if (!double.TryParse(row.Get("weight"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double weight))
                throw new LexiconFormatException(path, line, $"weight \"{row.Get("weight")}\" is not a number");
            bool weak = false, context = false, needsTarget = false, needsKilled = false, civilian = false, defender = false, explosives = false, unnamed = false, ship = false, deal = false, enemies = false, victim = false, armed = false, victimBefore = false, blast = false;
            string? actor = null;
            foreach (var cond in row.Get("condition").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                switch (cond)
                {
                    case "weak=1": weak = true; break;
                    case "context=1": context = true; break;
                    case "needs=target": needsTarget = true; break;
                    case "needs=killed": needsKilled = true; break;
                    case "needs=blast": blast = true; break;
                    case "target=civilian": civilian = true; break;
                    case "target=armed": armed = true; break;
                    case "victim=before": victimBefore = true; break;
                    case "actor=state": actor = "state"; break;
                    case "actor=nonstate": actor = "nonstate"; break;
                    case "agent=defender": defender = true; break;
                    case "object=explosives": explosives = true; break;
                    case "agent=unidentified": unnamed = true; break;
                    case "object=ship": ship = true; break;
                    case "needs=deal": deal = true; break;
                    case "needs=enemy": enemies = true; break;
                    case "subject=victim": victim = true; break;
                    default: throw new LexiconFormatException(path, line, $"unknown condition \"{cond}\"");
                }
            }
            var entry = new TriggerEntry(line, row.Get("pos"), eventType, sub, weight, weak, needsTarget, needsKilled, civilian, actor, row.Get("note"), defender, explosives, unnamed, context, ship, deal, enemies, victim, armed, victimBefore, blast);
            lexicon.Entries.Add(entry);
            foreach (var form in row.Get("forms_ar").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                try { lexicon.Phrases.Add(form, entry); lexicon._forms.Add(form); }
                catch (FormatException e) { throw new LexiconFormatException(path, line, e.Message); }   // ("#" not last)
        }
        return lexicon;
    }
}
