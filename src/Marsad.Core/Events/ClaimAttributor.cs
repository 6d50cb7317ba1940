using Marsad.Core.Actors;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// Finds who asserts each sentence: a reporting verb (قال، أفاد، أعلن …) with its subject, or a phrase that names a
/// source (بحسب، وفق، نقلا عن، في بيان). The source's canonical name comes from the actor or entity it overlaps.
/// A sentence with no cue inherits the claim of an attributed sentence just before it, because agencies report
/// in runs of sentences ("وقال المرصد … . وأضاف أن …").
/// </summary>
public sealed class ClaimAttributor(SourceCatalog? sources = null, ActorCatalog? catalog = null) : IDocumentStage
{
    private const int MaxSourceTokens = 8;

    // Words that end a source phrase: the complementiser, clause boundaries, relative pronouns and adverbs
    // ("المصادر التي قالت", "وقال أيضا").
    // How the one named before spoke ("وقال متوجها إلى الأجهزة الأمنية", "قال مضيفا", "وأضاف لافروف قائلا"): no speaker
    // starts with one, and one ends a speaker's name.
    private static readonly string[] MannerWords =
    [
        "متوجها", "قايلا", "قايله", "تعليقا", "متحدثا", "متحدثه", "معلقا", "معلقه", "مضيفا", "مضيفه", "مشيرا", "مشيره", "موكدا", "موكده",
        "موضحا", "موضحه", "معتبرا", "مشددا", "منوها", "محذرا", "متابعا", "مطالبا", "معربا", "مخاطبا", "مستدركا", "مردفا", "لافتا", "لافته",
    ];

    private static readonly HashSet<string> SourceStops = new(new[]
    {
        "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم", "ل", "فان", "عن", "في", "الي", "علي", "خلال", "لدي", "عند", "اثناء", "عقب", "يوم", "اليوم", "امس", "بعد", "قبل", "مساء", "صباح", "ظهر", "ليل",
        "التي", "الذي", "الذين", "اللذين", "اللتين", "ايضا", "كذلك", "مجددا", "حول", "بشان", "قد", "فقد", "وقد", "ب",
        // ("ترامب مع إنكار شديد من سفير"): who spoke with him is not who spoke
        "مع",
        // ("ولم تؤكد الوزارة عدد القتلى الأفغان لكنها قالت": the clause "but" opens is another report of the same speaker)
        "لكن", "لكنها", "لكنه", "لكنهم", "ولكن", "ولكنها", "ولكنه", "ولكنهم",
        // ("قال وزير النقل اليمني بدر محمد باسلمه للصحافيين": whom the speaker told is no part of the speaker)
        "للصحافيين", "للصحفيين", "للصحافه", "للاعلاميين", "لوسايل",
    }.Concat(MannerWords), StringComparer.Ordinal);

    // "أفادت مصادر يمنية بمقتل …", "ذهب للقول": what is reported starts at a speech noun, a casualty or outcome
    // noun, or an event's trigger.
    internal static readonly HashSet<string> ContentLemmas = new(StringComparer.Ordinal)
    {
        "قول", "قوله", "قولها", "مقتل", "مصرع", "سقوط", "اصابه", "استشهاد", "وفاه", "تدمير", "اسقاط", "اعتراض", "ضبط", "تحرير",
        "وصول", "بدء", "انتهاء", "نجاح", "فشل", "فرار", "هروب", "ارتفاع",
        // ("أعلن المرصد السوري لحقوق الإنسان استمرت الاشتباكات": a verb of going on, told without "أن", starts what was said)
        "استمرت", "استمر", "تواصلت", "تجددت", "اندلعت", "اندلع", "دارت",
        // ("وأكد المصدر استكمال المرحلة الأولى من عمليات محاصرة مدينة الفلوجة")
        "استكمال",
    };

    [ThreadStatic] private static bool[]? _contentStarts;

    private static readonly HashSet<string> Accusations = new(StringComparer.Ordinal)
    {
        "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "حمل", "حملت", "حملوا", "يحمل", "تحمل",
    };

    private static readonly HashSet<string> SourceNouns = new(StringComparer.Ordinal)
    {
        "مصادر", "مصدر", "مراسل", "مراسلنا", "مراسله", "مراسلو", "مراسلي", "وكاله",
    };

    // "المتحدث", "البيان": a speaker or statement told again without its name (not "بيان", a new one)
    internal static bool IsBackReference(Token t) => t.Norm.StartsWith("ال", StringComparison.Ordinal) && IsSpokesman(t);

    // "المتحدث", "متحدث", "الناطق", "بيان": a word for who speaks for a side, or for its statement
    internal static bool IsSpokesman(Token t) => t.LemmaWithoutArticle is "متحدث" or "ناطق" or "بيان";

    // "في بيان", "بيان للجيش", "المتحدث باسم الجيش": a claim's cue or source holds one of the words (by stem, so بيانه too)
    private static bool Speaks(IReadOnlyList<Token> tokens, int first, int last, params string[] words)
    {
        for (int k = first; k <= last; k++)
            if (Array.IndexOf(words, tokens[k].LemmaWithoutArticle) >= 0) return true;
        return false;
    }

    // per-thread work arrays (see Scratch): which actor and entity cover each token
    [ThreadStatic] private static ActorMention?[]? _actorAt;
    [ThreadStatic] private static EntityMention?[]? _entityAt;

    public void Process(Document document)
    {
        document.Claims.Clear();
        var tokens = document.Tokens;
        Claim? lastClaim = null;
        string? lastNamedSources = null;   // the last sources phrase named, for "وأضافت المصادر" after it
        string? lastStatement = null, lastSpokesman = null;   // whose the last statement named was, and the last spokesman's
        Dictionary<string, string>? speakers = null;   // a named speaker's family name → whom he speaks for, once told
        // Which actor or entity covers each token: looked up per sentence without scanning every mention.
        var actorAt = Scratch.Rent(ref _actorAt, tokens.Count);
        foreach (var a in document.Actors) for (int k = a.FirstToken; k <= a.LastToken && k < tokens.Count; k++) actorAt[k] ??= a;
        var entityAt = Scratch.Rent(ref _entityAt, tokens.Count);
        foreach (var e in document.Entities) for (int k = e.FirstToken; k <= e.LastToken && k < tokens.Count; k++) entityAt[k] ??= e;
        // Where the reported content starts, so a source phrase ends before it: an event trigger ("بمقتل", "استعادة
        // السيطرة") or a date ("المرصد السوري الخميس", "الأسبوع الماضي").
        var contentStarts = Scratch.Rent(ref _contentStarts, tokens.Count);
        foreach (var t in document.Triggers) if ((uint)t.FirstToken < (uint)tokens.Count) contentStarts[t.FirstToken] = true;
        foreach (var d in document.Dates) if ((uint)d.FirstToken < (uint)tokens.Count) contentStarts[d.FirstToken] = true;
        foreach (var sentence in document.Sentences)
        {
            var cue = FindCue(document.Cues, tokens, sentence.FirstToken, sentence.EndToken);
            if (cue is null) continue;
            // "ويذكر أن", "يشار إلى أن": the writer's own background, told by no source.
            if (document.Cues.IsAt(CueClass.Background, cue.Value.First, sentence.EndToken, out _)) continue;
            var (first, last) = cue.Value;
            // ("وباتت أعمالها مصدر فخر للسعوديين", "مصدر قلق"): a source of something is no one who tells
            if (first == last && tokens[first].LemmaWithoutArticle is "مصدر" or "مصادر" && last + 1 < sentence.EndToken
                && SourceOfAThing.Contains(tokens[last + 1].LemmaWithoutArticle)) continue;
            // ("وانباء عن خسائر بشرية في صفوف الطرفين", "تقارير عن سقوط قتلى"): what follows reports "of" is what they
            // tell, not who tells it; they go unnamed
            if (last > first && tokens[last].Norm == "عن" && tokens[first].NormWithoutWaOrArticle is "انباء" or "تقارير") continue;
            // "حسبما ذكرت مصادر ميدانية", "بحسب ما أفاد": the verb after "ما" is part of the cue.
            if (tokens[last].Norm.EndsWith("ما", StringComparison.Ordinal) && last + 1 < sentence.EndToken
                && document.Cues.IsAt(CueClass.Reporting, last + 1, sentence.EndToken, out int further))
                last = further;
            // "…، مؤكدا استمرار العمليات": a participle's speaker is the subject of the clause it hangs on; what
            // follows it is already the report.
            // ("قالت مصادر بالمعارضة": a source noun in the cue goes on after it, prepositions and all)
            bool cueNamesSource = false;
            for (int k = first; k <= last && !cueNamesSource; k++) cueNamesSource = SourceNouns.Contains(tokens[k].Lemma);
            bool participle = IsParticiple(tokens[first]);
            // ("وأشار إلى مشاركة مقاتلات التحالف", "ولفت إلى أن"): after the cue's own preposition comes what is told; its
            // speaker was named before it or goes unnamed
            bool toldAfter = last > first && tokens[last].Norm is "الي" or "علي";
            var sourceSpan = participle || toldAfter ? null
                : SubjectAfterKana(tokens, first, sentence.FirstToken) ?? SourceAfter(tokens, contentStarts, last + 1, sentence.EndToken, cueNamesSource,
                      GovernsBi.Contains(tokens[first].Lemma) ? entityAt : null);
            // "اتهمت روسيا وسوريا إسرائيل بالمسؤولية": after an accusation the accuser is the first name and those
            // joined to it by و; the next name is the accused, a party to the event.
            // ("دانت الولايات المتحدة الأميركية إطلاق ميليشيات الحوثي صواريخ", "وأعلنت المملكة تعليق شحنات النفط"): a state
            // named by its country is the whole source — what it condemned or announced follows it
            if (sourceSpan is { } state && actorAt[state.Item1] is { Rule: "country" } country && country.FirstToken == state.Item1
                && country.LastToken < state.Item2)
                sourceSpan = (state.Item1, country.LastToken);
            if (sourceSpan is { } accuser && Accusations.Contains(tokens[first].Lemma) && actorAt[accuser.Item1] is { } who)
            {
                int end = who.LastToken;
                while (end + 1 <= accuser.Item2 && actorAt[end + 1] is { } next && next.FirstToken == end + 1
                       && tokens[end + 1].StartsWithWa)
                    end = next.LastToken;
                sourceSpan = (accuser.Item1, Math.Min(end, accuser.Item2));
            }
            // "قالت مصادر ميدانية", "وقالت المصادر لـ…", "أفاد مراسل": the cue names its source; it starts at that noun.
            for (int k = first; k <= last && !(sourceSpan?.Item1 < first); k++)
                if (SourceNouns.Contains(tokens[k].Lemma))
                {
                    sourceSpan = (k, sourceSpan is { } after && after.Item1 - last <= 2 ? after.Item2 : last);
                    break;
                }
            // ("نشطاء: \"أكثر من نصف مليون قتيل\"", "وقال شهود عيان إن …": a cue that is itself a source the
            // catalog names speaks for itself, rather than taking the last speaker's name)
            // (a one-word cue only as a headline's speaker, "نشطاء:"; "الإفراج عن نشطاء" reports nothing)
            if (sourceSpan is { } found && !Accusations.Contains(tokens[first].Lemma) && PossessedNoun(tokens, actorAt, entityAt, found.Item1)) sourceSpan = null;
            if (sourceSpan is null && (last > first || last + 1 < sentence.EndToken && tokens[last + 1].Surface is ":"))
                sourceSpan = SourceInCue(tokens, first, last);
            if (sourceSpan is null && first > sentence.FirstToken) sourceSpan = SourceBefore(actorAt, entityAt, first, sentence.FirstToken);
            // "أغلق الجيش الإسرائيلي الطرق … بعدما قال إن …": a cue with no subject of its own, later in the sentence,
            // speaks with the voice of the sentence's subject.
            if (sourceSpan is null && first > sentence.FirstToken + 2 && !participle && AfterSubordinator(tokens, first))
                sourceSpan = OpeningSubject(actorAt, entityAt, sentence, first);
            var cueSpan = new TextSpan(tokens[first].Span.Start, tokens[last].Span.End);
            if (sourceSpan is null)
            {
                // "ووفق البيان": the statement already named; else an unnamed source.
                var previous = lastClaim;
                if (previous is not null)
                    document.Claims[sentence.Index] = previous with { Sentence = sentence.Index, CueSpan = cueSpan, Inherited = true };
                continue;
            }
            // ("أنباء تتحدث عن هروب المتمردين", "تقارير تفيد بأن القتال"): a reporting verb after a cue of reports is what the
            // reports do, not their source — they go unnamed
            if (sourceSpan is { } one && one.Item1 == one.Item2 && ReportsDo.Contains(tokens[one.Item1].NormWithoutWa)) continue;
            var (a, b) = sourceSpan.Value;
            var span = new TextSpan(tokens[a].Span.Start, tokens[b].Span.End);
            // ("وأضاف المصدر" after "قال المرصد السوري": the source told before, when no sources phrase was)
            string? namedBefore = lastNamedSources ?? (lastClaim?.SourceName is { } toldBefore && !People(toldBefore) ? toldBefore : null);
            string? name = CanonicalName(document, actorAt, entityAt, a, b, namedBefore);
            // ("اتهمت منظمة العفو الدولية … . ووثقت المنظمة", "وقال المتحدث باسم التحالف العقيد تركي المالكي … . وأضاف
            // المالكي"): a body or a man named again by one word of the last claim's source is that source
            if (name is null && a == b && lastClaim is not null && NamedAgain(tokens, a, lastClaim))
                name = lastClaim.SourceName is { } known && !People(known) ? known : lastClaim.Source;
            // ("أعلن المتحدث باسم الجيش المصري … . ولفت المتحدث إلى …", "وذكر البيان"): the spokesman or statement again,
            // named by nothing, is the one the last named claim had
            if (name is null && IsBackReference(tokens[a])) name = tokens[a].LemmaWithoutArticle == "بيان" ? lastStatement : lastSpokesman;
            // ("وقال المتحدث باسم التحالف العقيد تركي المالكي … . وأضاف المالكي": a speaker named again by his family name
            // speaks for whom he spoke for when first named)
            if (name is null && speakers is not null) name = SpeakerNamedAgain(tokens, a, b, speakers);
            if (name is not null) RememberSpeakers(document, actorAt, entityAt, a, b, ref speakers);
            document.Claims[sentence.Index] = lastClaim = new Claim(sentence.Index, document.Slice(span), name, span, cueSpan,
                Reaction: Condemnation.At(tokens, first));
            if (SourceNouns.Contains(tokens[a].Lemma) && name is not null) lastNamedSources = name;
            // ("قالت وزارة الداخلية في بيان": the statement word may follow the source)
            int told = Math.Min(sentence.EndToken - 1, Math.Max(last, b) + 3);
            if (name is not null && Speaks(tokens, Math.Min(first, a), told, "بيان")) lastStatement = name;
            if (name is not null && Speaks(tokens, Math.Min(first, a), told, "متحدث", "ناطق")) lastSpokesman = name;
        }
        // Runs of reporting: an unattributed sentence takes the claim of the sentence before it, or of the next one
        // in the same paragraph when that goes straight on with its source ("… . وأشار القائد إلى أن …").
        if (document.Claims.Count == 0) return;
        int sentences = document.Sentences.Count;
        var own = Scratch.Rent(ref _own, sentences);   // the sentences' own (not inherited) claims, by sentence index
        foreach (var c in document.Claims.Values)
        {
            if (c.Inherited) continue;
            if ((uint)c.Sentence >= (uint)sentences)
            {
                // (claims whose sentence index lies outside the document's sentences: looked up by index instead)
                var byIndex = document.Claims.Values.Where(x => !x.Inherited).ToDictionary(x => x.Sentence);
                FillRuns(document, i => byIndex.GetValueOrDefault(i));
                return;
            }
            own[c.Sentence] = c;
        }
        FillRuns(document, i => (uint)i < (uint)sentences ? own[i] : null);
    }

    [ThreadStatic] private static Claim?[]? _own;

    // The family name of each person named in a source phrase after whom he speaks for: the name's last word
    // ("مدير المرصد السوري رامي عبد الرحمن" → الرحمن: the Observatory; "المتحدث باسم التحالف العقيد تركي المالكي" →
    // المالكي: the Coalition). Only a side named just before the name: "قال أبو سعدة لبي بي سي" told the BBC, not for
    // it, and "أفادت مراسلة فرانس برس تزامنا مع إعلان الرئيس الأميركي دونالد ترامب" is no AFP man.
    private void RememberSpeakers(Document document, ActorMention?[] actorAt, EntityMention?[] entityAt, int first, int last,
        ref Dictionary<string, string>? speakers)
    {
        var tokens = document.Tokens;
        for (int k = first; k <= last; k++)
        {
            if (entityAt[k] is not { Type: EntityType.Person } person) continue;
            int end = person.LastToken, nameStart = person.FirstToken;
            if (person.NameSpan is { } named)
                while (nameStart < end && tokens[nameStart].Span.Start < named.Start) nameStart++;
            else if (person.Rule != "given-name") { k = end; continue; }   // (a title alone names no one to remember)
            if (nameStart > first && tokens[end].IsWord && tokens[end].Norm.Length > 2
                && CanonicalName(document, actorAt, entityAt, Math.Max(first, nameStart - 4), nameStart - 1, null) is { } side && !People(side))
                (speakers ??= new(StringComparer.Ordinal)).TryAdd(tokens[end].Norm, side);
            k = end;
        }
        // ("وقال المتحدث باسم التحالف العربي، تركي المالكي، في مؤتمر صحفي": the name set off by commas after the source)
        int after = last + 1;
        while (after < tokens.Count && after <= last + 2 && tokens[after].Kind == TokenKind.Punctuation && tokens[after].IsComma) after++;
        if (after > last + 1 && after < tokens.Count && entityAt[after] is { Type: EntityType.Person, Rule: "given-name" } apposed
            && apposed.FirstToken == after && tokens[apposed.LastToken].Norm.Length > 2
            && CanonicalName(document, actorAt, entityAt, first, last, null) is { } spokenFor && !People(spokenFor))
            (speakers ??= new(StringComparer.Ordinal)).TryAdd(tokens[apposed.LastToken].Norm, spokenFor);
    }

    // "وأعلن وقوفه مع قوات الشرعية", "نشر له": a word carrying a pronoun ("his standing", "for him") opens what was said,
    // not who said it — unless it names a source ("مراسلنا"), kin ("وقالت أسرته"), or starts a name the recognisers know.
    private static bool PossessedNoun(List<Token> tokens, ActorMention?[] actorAt, EntityMention?[] entityAt, int first) =>
        tokens[first].Form.Analysis is { Enclitic: not null } analysis && actorAt[first] is null && entityAt[first] is null
        && !Kin.Contains(DefiniteArticle.Off(analysis.StemNorm))
        && !SourceNouns.Contains(tokens[first].Lemma) && !tokens[first].Norm.Contains("مراسل", StringComparison.Ordinal)
        && !tokens[first].Norm.Contains("مصادر", StringComparison.Ordinal) && !tokens[first].Norm.Contains("مصدر", StringComparison.Ordinal);

    // The definite common noun at <paramref name="at"/> ("المنظمة", "الوزارة") heads the source the last claim named
    // ("منظمة العفو الدولية", "وزارة الصحة").
    private static bool NamedAgain(List<Token> tokens, int at, Claim last)
    {
        if (!DefiniteArticle.On(tokens[at]) || SourceNouns.Contains(tokens[at].Lemma) || IsSpokesman(tokens[at])) return false;
        string noun = tokens[at].LemmaWithoutArticle;
        if (noun.Length < 3) return false;
        for (int k = ExtractionContext.FirstAtOrAfter(tokens, t => t.Span.Start, last.SourceSpan.Start); k < tokens.Count && tokens[k].Span.End <= last.SourceSpan.End; k++)
            if (k != at && tokens[k].LemmaWithoutArticle == noun) return true;
        return false;
    }

    // (kin, and the lawyer who speaks for a man: "وقال محاميه")
    private static readonly HashSet<string> Kin = new(StringComparer.Ordinal)
    {
        "اسره", "اسرت", "عايله", "عايلت", "اهل", "ذوو", "ذوي", "والد", "والدت", "والده", "ام", "اب", "ابو", "ابي", "زوج", "زوجت", "زوجه",
        "شقيق", "شقيقت", "شقيقه", "اخ", "اخو", "اخي", "اخت", "ابن", "ابنت", "ابنه", "نجل", "عم", "خال", "محامي", "محاميه", "محامو",
    };

    // ("المواطن الأردني عمر السرطاوي": a person's people are who he is, not whom he speaks for)
    private static bool People(string side) => side.StartsWith("Civilians", StringComparison.Ordinal);

    // A source phrase whose last word is a family name remembered: "المالكي", "العقيد المالكي", "عبد الرحمن".
    private static string? SpeakerNamedAgain(List<Token> tokens, int first, int last, Dictionary<string, string> speakers)
    {
        for (int k = last; k >= first; k--)
            if (tokens[k].IsWord && speakers.TryGetValue(tokens[k].Norm, out var side)) return side;
        return null;
    }

    /// <summary>The runs of reporting, given each sentence's own (not inherited) claim by index.</summary>
    private static void FillRuns(Document document, Func<int, Claim?> ownAt)
    {
        foreach (var sentence in document.Sentences)
        {
            if (document.Claims.ContainsKey(sentence.Index) || TurnsToAnotherReport(document, sentence)) continue;
            int i = sentence.Index;
            Claim? inherited = ownAt(i - 1);
            if (inherited is not null && QuotedReport(document, inherited)) inherited = null;
            // (a run goes on through its paragraph: "وقالت مصادر إن … . وتركزت الغارات … وشنت طائرات الأباتشي …")
            if (inherited is null && i > 0 && document.Claims.TryGetValue(i - 1, out var run) && run.Inherited
                && SameParagraph(document, document.Sentences[i - 1], sentence) && !QuotedReport(document, run))
                inherited = run;
            if (inherited is null && i + 1 < document.Sentences.Count && ownAt(i + 1) is { } next
                && next.CueSpan.Start - document.Sentences[i + 1].Span.Start < 12
                && SameParagraph(document, sentence, document.Sentences[i + 1]))
                inherited = next;
            if (inherited is not null) document.Claims[i] = inherited with { Sentence = i, Inherited = true };
        }
    }

    // 'وقال مدير المرصد "استهدفت قوات النظام …"': a report quoted word for word ends with its closing quote, and the
    // next sentence is the writer's again ("وأضاف" names its source anew). Indirect speech ("وقال إن …") runs on.
    private static bool QuotedReport(Document document, Claim claim)
    {
        var text = document.Text;
        int end = Math.Max(claim.SourceSpan.End, claim.CueSpan.End), k = end;
        while (k < text.Length && (text[k] is ' ' or ':' or '،' or ',' || char.IsWhiteSpace(text[k]) && text[k] is not ('\n' or '\r'))) k++;
        // ("وقالت رئاسة الجمهورية في بيان لها أمس، إن «…»": the quote opens after إن, past where and when the source spoke)
        if (k > end && k < text.Length && text[k] is not ('"' or '«' or '“') && QuoteAfterThat(text, k) is var q and > 0) k = q;
        // (an opening quote stands apart from the source; one right on it closes a quoted name)
        if (k == end || k >= text.Length || text[k] is not ('"' or '«' or '“')) return false;
        // (a name in quotes, 'مراسل "سكاي نيوز عربية" بأن', is no quoted report: the quote must run on for some words)
        int words = 0;
        for (int j = k + 1; j < text.Length && text[j] is not ('"' or '»' or '”' or '\n'); j++)
            if (text[j] == ' ' && ++words >= 5) return true;
        return false;
    }

    // The opening quote right after "إن"/"أن"/"بأن" within a few words from <paramref name="from"/>, or -1.
    private static int QuoteAfterThat(string text, int from)
    {
        int q = text.IndexOfAny(['«', '"', '“'], from, Math.Min(80, text.Length - from));
        if (q < 0 || text.AsSpan(from, q - from).IndexOfAny('\n', '\r') >= 0) return -1;
        var before = text.AsSpan(from, q - from).TrimEnd();
        int space = before.LastIndexOfAny(' ', '،', ',');
        var word = space < 0 ? before : before[(space + 1)..];
        return word is "إن" or "ان" or "أن" or "بأن" or "بان" ? q : -1;
    }

    // "وفي سياق متصل، استهدفت فصائل المعارضة …": the sentence tells another report, with no claim carried into it.
    // ("ويذكر أن …" opens the writer's background: no source's claim runs into it either.)
    private static bool TurnsToAnotherReport(Document document, Sentence sentence) =>
        document.Cues.IsAt(CueClass.TopicShift, sentence.FirstToken, sentence.EndToken, out _)
        || document.Cues.IsAt(CueClass.Background, sentence.FirstToken, sentence.EndToken, out _);

    private static bool SameParagraph(Document document, Sentence a, Sentence b)
    {
        for (int k = a.Span.End; k < b.Span.Start; k++)
            if (document.Text[k] is '\n' or '\r') return false;
        return true;
    }

    // A reporting verb that carries an object pronoun ("أعلنها" declared it) reports nothing.
    private static (int First, int Last)? FindCue(CueMarks cues, List<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (!cues.IsAt(CueClass.Reporting, i, to, out int last)) continue;
            if (last == i && tokens[i].Form.Analysis is { Enclitic: not null } a && a.StemNorm is not ("قول" or "بيان")) continue;
            // ("المواد المعدة للتداول": a reporting word after the preposition لـ is a noun of purpose, not a report)
            if (last == i && tokens[i].HasProclitic("ل")) continue;
            // ("شاحنات نقل البضائع", "قرار نقل السفارة": the bare نقل reports only what it carries from someone, "نقل عن")
            if (last == i && tokens[i].Lemma is "نقل" or "ينقل" or "تنقل" && !FromSomeone(tokens, i + 1, to)) continue;
            // ("ردت القوات على مصادر النيران", "مصادر التمويل": sources of fire or of money are no informants)
            if (last == i && i + 1 < to && SourceNouns.Contains(tokens[i].Lemma) && NotInformed.Contains(tokens[i + 1].NormWithoutArticle)) continue;
            // ("وكان من بين قتلى داعش أحد قادته ويدعى أبو كرم": the passive "يُدعى" names a man; only "يدعي أن" claims)
            if (last == i && IsCalled(tokens, i, to)) continue;
            // ("ونشرت مدرعات لتعزيز مواقعها": forces or arms deployed, nothing published)
            if (last == i && tokens[i].Lemma is "نشر" or "نشرت" or "ينشر" or "تنشر" && i + 1 < to && DeployedThings.Contains(tokens[i + 1].LemmaWithoutArticle)) continue;
            // ("حملة مداهمات ضد ناشطين مفترضين من تنظيم الدولة": those a raid is against are its target, no one's informants)
            if (i > 0 && tokens[i - 1].Norm == "ضد") continue;
            // ("مداهمات قامت بها الشرطة لمئات من الناشطين الاكراد": some of a number of people, no informants)
            // ("وأدت إلى مقتل 32 من الناشطين الشبان الاكراد": nor those a figure counts)
            if (last == i && i > 1 && tokens[i - 1].Norm == "من" && (tokens[i - 2].LemmaWithoutArticle is "ميات" or "عشرات" or "الاف" or "عدد" or "بعض" or "مييات"
                                                                   || tokens[i - 2].Kind == TokenKind.Number))
                continue;
            return (i, last);
        }
        return null;
    }

    private static bool IsCalled(List<Token> tokens, int i, int to)
    {
        string verb = tokens[i].NormWithoutWa;
        if (verb is not ("يدعي" or "تدعي")) return false;
        for (int k = i + 1; k < to && k <= i + 3; k++)
            if (tokens[k].Norm is "ان" or "انه" or "انها" or "انهم" or "بان" or "بانه") return false;
        return true;
    }

    private static readonly HashSet<string> DeployedThings = new(StringComparer.Ordinal)
    {
        "مدرعات", "دبابات", "قوات", "تعزيزات", "جنود", "جنودا", "عناصر", "اليات", "اسلحه", "صواريخ", "بطاريات", "منظومه", "منظومات", "وحدات", "قطع",
    };

    // What a source noun may be the source of, other than news: fire, money, energy, water, income, danger.
    private static readonly HashSet<string> NotInformed = new(StringComparer.Ordinal)
    {
        "نيران", "نار", "اطلاق", "قصف", "تمويل", "طاقه", "مياه", "دخل", "رزق", "نفط", "خطر", "تهديد", "قلق", "ازعاج", "صواريخ", "قذايف", "تلوث",
    };

    // "عن" or "على لسان" within a few words: "ونقل التلفزيون الرسمي عن مصدر", "نقل على لسان".
    private static bool FromSomeone(List<Token> tokens, int from, int to)
    {
        for (int k = from; k < to && k < from + 8; k++)
            if (tokens[k].Norm is "عن" or "لسان") return true;
        return false;
    }

    private static readonly HashSet<string> NotASpeaker = new(new[]
    {
        "هذا", "هذه", "هناك", "هنا", "هكذا", "حينها", "حينذاك", "جميعها", "جميعهم", "ايضا", "بل", "اثر", "جاء", "ثم",
        "انظار", "الانظار", "انتباه", "الانتباه",   // ("لفتت أنظار المشاركين": caught their eyes)
        "اصابع",   // ("فيما أشارت أصابع الاتهام إلى إسرائيل": the finger of blame points, no one speaks)
        "اي",   // ("ولم تعلن أي جهة المسؤولية": no one, "any party", speaks)
        // ("يقول الله تعالى", "وقال تعالى", "قال رسول الله"): scripture quoted, no source of a report
        "الله", "تعالي", "سبحانه", "رسول", "الرسول", "النبي",
        // ("وفقا لبرنامج اقتصادي", "طبقا للقانون": in line with a plan or a law, which says nothing)
        "لبرنامج", "للبرنامج", "لخطه", "للخطه", "لقانون", "للقانون", "لاتفاق", "للاتفاق", "لاتفاقيه", "للاتفاقيه", "لقرار", "للقرار",
        "لمبادره", "للمبادره", "للدستور", "لدستور", "لمعايير", "للمعايير", "لتعليمات", "للتعليمات", "لشروط", "للشروط",
        // ("ألقت القبض … وأعلنت احتياطيا", "أعلن مؤخرا", "قال قرب الحدود", "وقال له"): an adverb, a place or whom it was
        // told to, not who told it
        "احتياطيا", "سابقا", "موخرا", "جديدا", "حقا", "قرب", "ضروره", "له", "لها", "لهم",
    }.Concat(MannerWords), StringComparer.Ordinal);

    // what reports and news do: "تقارير تفيد", "أنباء تتحدث", "تقارير تحدثت عن"
    private static readonly HashSet<string> ReportsDo = new(StringComparer.Ordinal)
    {
        "تفيد", "يفيد", "تتحدث", "يتحدث", "تحدثت", "تحدث", "تشير", "يشير", "اشارت", "تقول", "يقول", "توكد", "يوكد", "اكدت",
        "افادت", "ذكرت", "نشرت", "زعمت", "تزعم", "يزعم",
        // (what rumours do: "وكانت أنباء راجت عن إحباط عملية", "أنباء ترددت عن")
        "راجت", "تروج", "ترددت", "تتردد", "تداولت", "تتداول", "انتشرت", "تنتشر", "سرت", "تسري", "تواترت", "تتواتر",
    };

    private static readonly HashSet<string> PronounsOfWhatWasSaid = new(StringComparer.Ordinal)
    {
        "ذلك", "عنه", "عنها", "عنهم", "فيه", "فيها", "به", "بها",
    };

    private static bool IsParticiple(Token t) => t.Lemma is "موكدا" or "موكده" or "مشيرا" or "مشيره" or "مضيفا" or "مضيفه" or "موضحا" or "موضحه" or "قايلا" or "قايله" or "لافتا" or "لافته";

    // What "مصدر" may be the source of, rather than a speaker: pride, worry, threat, income ("مصدر فخر", "مصادر دخل").
    private static readonly HashSet<string> SourceOfAThing = new(StringComparer.Ordinal)
    {
        "فخر", "اعتزاز", "قلق", "ازعاج", "تهديد", "خطر", "الهام", "رزق", "دخل", "ثروه", "سعاده", "فرح", "امل", "قوه", "ضعف",
        "تمويل", "طاقه", "غذاء", "مياه", "توتر", "جدل", "خلاف", "اهتمام", "ثقه", "الم", "حزن", "شرعيه", "تلوث", "عدوي",
    };

    // Verbs whose report follows their source after بـ ("أفاد المصدر نفسه بتصاعد الضربات", "أفادت التقارير بوقوع"):
    // a word that takes that بـ ends the source phrase (unless it starts a name: "بشار الجعفري").
    private static readonly HashSet<string> GovernsBi = new(StringComparer.Ordinal)
    {
        "افاد", "افادت", "افادوا", "افادا", "يفيد", "تفيد", "يفيدون", "ابلغ", "ابلغت", "ابلغوا",
    };

    private static (int, int)? SourceAfter(List<Token> tokens, bool[] contentStarts, int from, int end, bool goesOn = false,
        EntityMention?[]? namesWhereBiEnds = null)
    {
        int i = from;
        if (i < end && tokens[i].Kind == TokenKind.Punctuation && tokens[i].Surface is ":" or "،" or ",") i++;
        // A short name in quotes belongs to the source (أفاد مراسل "سكاي نيوز عربية" أن …); a quote that does not
        // close within a few words opens the speech itself (قال مدير المرصد "استهدفت قوات النظام …").
        if (i < end && IsQuote(tokens[i]) && ClosingQuote(tokens, i, end) > 0) i++;
        // ("وفق ما أعلن عنه المرصد", "وأكد ذلك مسؤول": a pronoun of what was said comes before who said it)
        while (i < end && !goesOn && PronounsOfWhatWasSaid.Contains(tokens[i].Norm)) i++;
        int start = i;
        // ("قال لفرانس برس", "أفاد بوقوع", "هذا التطور": a name after a preposition is whom it was told to, and a
        // demonstrative or an adverb starts what was said; neither is who speaks)
        // ("وفقا للمرصد": after "in accordance with" the لـ is the cue's own)
        bool accordingTo = from > 0 && tokens[from - 1].Norm is "وفقا" or "ووفقا" or "طبقا" or "وطبقا" or "تبعا" or "استنادا" or "واستنادا";
        if (i < end && !goesOn && (!accordingTo && tokens[i].HasProclitic("ل") || tokens[i].HasProclitic("ب") || NotASpeaker.Contains(tokens[i].Norm))) return null;
        while (i < end && i - start < MaxSourceTokens)
        {
            if (namesWhereBiEnds is not null && i > start && tokens[i].HasProclitic("ب") && namesWhereBiEnds[i] is null) break;
            if (tokens[i].IsWord && !SourceStops.Contains(tokens[i].Norm) && !contentStarts[i] && !ContentLemmas.Contains(tokens[i].Lemma)) { i++; continue; }
            if (!IsQuote(tokens[i])) break;
            int close = ClosingQuote(tokens, i, end);
            if (close < 0) break;
            i = close + 1;
        }
        while (i > start && IsQuote(tokens[i - 1])) i--;
        return i > start ? (start, i - 1) : null;
    }

    // The quote closing the one at <paramref name="open"/> within four words, or -1.
    private static int ClosingQuote(List<Token> tokens, int open, int end)
    {
        for (int k = open + 1; k < end && k <= open + 5; k++)
            if (IsQuote(tokens[k])) return k > open + 1 ? k : -1;
        return -1;
    }

    private static bool IsQuote(Token t) => t.Kind == TokenKind.Punctuation && t.Surface is "\"" or "«" or "»" or "“" or "”" or "'";

    private (int, int)? SourceInCue(List<Token> tokens, int first, int last)
    {
        if (sources is null) return null;
        for (int k = first; k <= last; k++)
            if (sources.Matcher.LongestAt(tokens, k, last + 1) is { } m) return (k, last);
        return null;
    }

    // "وكان مارتن غريفيث قد أكد استمرار المفاوضات", "وكانت الوزارة أعلنت": the subject stands between كان and the
    // reporting verb, and what follows the verb is what was said. (Not "كانت إدلب وجهة مقاتلين وفق اتفاقات": a
    // phrase cue is no verb, and "كان الهجوم الذي اتهم" is a relative clause, not a subject.)
    private static (int, int)? SubjectAfterKana(List<Token> tokens, int cueFirst, int sentenceFirst)
    {
        var cue = tokens[cueFirst];
        if (cue.StartsWithWa || cue.Norm.StartsWith('ف') || PhraseCues.Contains(cue.Norm)) return null;
        int end = cueFirst - 1;
        // ("وكانت القيادة العامة للجيش السوري، أعلنت، مساء أمس": the subject set off by a comma, when كان opens the
        // sentence — not "ما إذا كان بوتين يتحمل المسؤولية، قال ترامب")
        bool comma = end > sentenceFirst && tokens[end].IsComma;
        if (comma) end--;
        if (end >= sentenceFirst && tokens[end].Norm is "قد") end--;
        for (int k = end; k >= sentenceFirst && k >= end - 5; k--)
        {
            if (tokens[k].Norm is "كان" or "وكان" or "كانت" or "وكانت" or "فكان" or "فكانت")
                return k < end && (!comma || k == sentenceFirst) ? (k + 1, end) : null;
            if (!tokens[k].IsWord || SourceStops.Contains(tokens[k].Norm)) return null;
        }
        return null;
    }

    private static readonly HashSet<string> PhraseCues = new(StringComparer.Ordinal)
    {
        "وفق", "وفقا", "بحسب", "حسب", "حسبما", "نقلا", "طبقا", "تبعا", "استنادا",
    };

    // Subject-first order: "المرصد السوري قال": the actor or entity that ends right before the cue.
    private static (int, int)? SourceBefore(ActorMention?[] actorAt, EntityMention?[] entityAt, int cueFirst, int sentenceFirst)
    {
        int k = cueFirst - 1;
        if (k < sentenceFirst) return null;
        if (actorAt[k] is { } a && a.LastToken == k && a.FirstToken >= sentenceFirst) return (a.FirstToken, a.LastToken);
        if (entityAt[k] is { } e && e.LastToken == k && e.FirstToken >= sentenceFirst) return (e.FirstToken, e.LastToken);
        return null;
    }

    // "بعدما قال", "بعد أن أعلن", "عندما أكد": a cue in a clause of time hung on the sentence's verb.
    private static bool AfterSubordinator(List<Token> tokens, int cue) =>
        tokens[cue - 1].Norm is "بعدما" or "عندما" or "حينما" or "فيما" or "كما"
        || tokens[cue - 1].Norm is "ان" && tokens[cue - 2].Norm is "بعد" or "قبل";

    // The subject a sentence opens with, before token cueFirst: the name right after its first word (verb-subject
    // order, "أغلق الجيش") or at its start ("الجيش الإسرائيلي أغلق"). Only those who can speak: not the people hit.
    private static (int, int)? OpeningSubject(ActorMention?[] actorAt, EntityMention?[] entityAt, Sentence sentence, int cueFirst)
    {
        for (int k = sentence.FirstToken; k <= sentence.FirstToken + 1 && k < cueFirst; k++)
        {
            if (actorAt[k] is { } a && a.FirstToken == k && a.LastToken < cueFirst && a.Actor.Inter is not 7) return (a.FirstToken, a.LastToken);
            if (entityAt[k] is { } e && e.FirstToken == k && e.LastToken < cueFirst && e.Type != EntityType.Location) return (e.FirstToken, e.LastToken);
        }
        return null;
    }

    /// <summary>
    /// A sources phrase no catalog names: "مصادر يمنية" (sources of a nation: "Sources (Yemen)"), "مصادرنا" and
    /// "مراسلنا" (the outlet's own: "Sky News Arabia sources", "… correspondent"), and "المصادر" or "المصدر" alone, the
    /// sources named just before (<paramref name="named"/>); a bare "مصدر" or "مصادر", unnamed sources.
    /// </summary>
    private string? SourcesNamed(Document document, int first, int last, string? named)
    {
        var tokens = document.Tokens;
        var head = tokens[first];
        bool correspondent = head.Norm.Contains("مراسل", StringComparison.Ordinal);
        if (head.Norm.EndsWith("مصادرنا", StringComparison.Ordinal) || head.Norm.EndsWith("مصدرنا", StringComparison.Ordinal)
            || head.Norm.EndsWith("مراسلنا", StringComparison.Ordinal))
            return document.Outlet is { Length: > 0 } outlet ? $"{outlet} {(correspondent ? "correspondent" : "sources")}" : null;
        if (!SourceNouns.Contains(head.LemmaWithoutArticle)) return null;
        if (first + 1 <= last && catalog?.AdjectiveMatcher.LongestAt(tokens, first + 1, last + 1) is { } nation)
            return $"Sources ({nation.Values[0].CountryEn})";
        // ("المصدر نفسه", "المصادر ذاتها": the same sources again)
        bool same = last == first + 1 && tokens[last].Norm is "نفسه" or "ذاته" or "نفسها" or "ذاتها" or "ذاتهم" or "نفسهم";
        if ((first == last || same) && DefiniteArticle.On(head) && !correspondent) return named ?? "Unnamed sources";
        // ("وقال مصدر إن", "وأفادت مصادر بأن": sources the report does not name)
        if (first == last && !correspondent && !DefiniteArticle.On(head)) return "Unnamed sources";
        return null;
    }

    // With the article: segmented so, or — a word the gazetteer also knows is kept whole ("المصدر") — spelled so.

    private string? CanonicalName(Document document, ActorMention?[] actorAt, EntityMention?[] entityAt, int first, int last, string? namedBefore)
    {
        // A known source (observatory, agency, ministry) named anywhere in the source phrase.
        if (sources is not null)
            for (int i = first; i <= last; i++)
                if (sources.Matcher.LongestAt(document.Tokens, i, last + 1) is { } m) return m.Values[0].Name;
        // (sources of a nation are no force of it: "مصادر سورية" are not Syria's army)
        if (SourcesNamed(document, first, last, namedBefore) is { } unnamed) return unnamed;
        for (int i = first; i <= last; i++)
            if (entityAt[i] is { Type: EntityType.Organization, Affiliation: null } e) return e.Surface;
        for (int i = first; i <= last; i++)
            if (actorAt[i] is { } a) return a.Actor.PlainName;
        return null;
    }
}
