using Marsad.Core.Actors;
using Marsad.Core.Dates;
using Marsad.Core.Geo;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

/// <summary>
/// What the extractor asks about one document: the clause-level roles of a trigger, its places, date, counts,
/// and whether a mention is negated, future, a purpose, a state or background. One instance per document.
/// </summary>
/// <remarks>
/// In five files: this one (the document's layers, sorted, and the lookups the others share),
/// <c>ExtractionContext.Filters.cs</c> (which mentions are no event), <c>ExtractionContext.Roles.cs</c> (who did what to
/// whom), <c>ExtractionContext.PlacesDatesCounts.cs</c> (where, when, how many) and <c>ExtractionContext.GameReport.cs</c>
/// (a game report's players and matches, which are no event).
/// </remarks>
internal sealed partial class ExtractionContext
{
    private readonly CueMarks _cues;
    private readonly ActorCatalog _catalog;
    private readonly List<ActorMention> _actors;
    // Every layer sorted by first token, so "the X of this sentence" is a binary search, not a scan.
    private readonly List<PlaceMention> _places;
    private readonly List<DateMention> _dates;
    private readonly List<Numbers.NumberMention> _numbers;
    private readonly List<TriggerMention> _triggers;

    public ExtractionContext(Document document, ActorCatalog catalog, Sides sides)
    {
        Document = document;
        Sides = sides;
        _cues = document.Cues;
        _catalog = catalog;
        // "دبي، الإمارات العربية المتحدة (CNN)--": where the story was filed is no scene and names no party.
        int dateline = DatelineEnd(document);
        _actors = WithAnaphora(document, catalog);
        if (dateline >= 0) _actors = _actors.Where(a => a.FirstToken > dateline).ToList();
        // (nor is a name the gazetteer lacks that was placed there for want of a better town: "شرق نهر الفرات")
        var filedAt = document.Places.Where(p => p.IsResolved && p.FirstToken <= dateline).Select(p => p.Place!.GeonameId).ToHashSet();
        // (nor where someone came from: "اعتقل بعيد وصوله من لندن" makes London no town of the story)
        // (nor "مسقط رأس", one's birthplace, which is no Muscat)
        _places = ByFirstToken(document.Places.Where(p => p.IsResolved && p.FirstToken > dateline && !IsHeadquarters(p) && !CameFrom(p) && !Birthplace(document, p)
                                                          && !(IsStandIn(p) && filedAt.Contains(p.Place!.GeonameId))).ToList(), p => p.FirstToken);
        _dates = ByFirstToken(document.Dates, d => d.FirstToken);
        _numbers = ByFirstToken(document.Numbers, n => n.FirstToken);
        _triggers = ByFirstToken(document.Triggers, t => t.FirstToken);
        _airWordIn = new sbyte[document.Sentences.Count];
        _governing = new int[document.Sentences.Count];
        Array.Fill(_governing, -2);
        // (capitals joined as governments, "قالت دمشق وموسكو", and a seat of government that speaks, "قالت تل أبيب إنه",
        // are no town of the story, nor a base aircraft fly from, "انطلاقا من قاعدة إنجرليك"; the list is copied only then)
        MainPlace = FindMainPlace(_places.Exists(p => SpeaksAsGovernment(p) || InsideAName(p) || FlownFrom(p))
            ? _places.FindAll(p => !SpeaksAsGovernment(p) && !InsideAName(p) && !FlownFrom(p)) : _places);
    }

    // (nor a town of another country inside an actor's name, "فيلق القدس", "سرايا القدس", "لواء القدس": Jerusalem is no
    // town of the story — though a group named for its home town is there, "مجلس منبج العسكري", "مجلس شورى ثوار بنغازي",
    // and a force placed by "في" is placed there, "الجيش المصري في سيناء")
    private bool InsideAName(PlaceMention p)
    {
        if (p.FirstToken > 0 && (Tokens[p.FirstToken - 1].Norm is "في" or "داخل" || Tokens[p.FirstToken].HasProclitic("ب"))) return false;
        for (int i = FirstAtOrAfter(_actors, a => a.FirstToken, p.FirstToken - 8); i < _actors.Count && _actors[i].FirstToken < p.FirstToken; i++)
            if (_actors[i] is { Rule: not "anaphora", Actor.Country: { } home } a && a.LastToken >= p.LastToken && home != p.Place!.CountryCode) return true;
        return false;
    }

    // (nor a city an embassy moves to, "افتتاح السفارة الأمريكية في القدس", however often the article names it)
    // (nor a capital that speaks, "وقالت موسكو إن …", "وكانت دمشق قد حرصت", which no sentence takes for a scene either)
    // (nor one named as a backer, "الميليشيات الموالية لطهران", a government however often named)
    private bool SpeaksAsGovernment(PlaceMention p) => PairedWithACapital(p) || Says(p) || WhereAnEmbassyMoves(p) || CapitalSpeaks(p) || NamesABacker(p);

    // "المرصد الذي يتخذ من لندن مقرا له", "ومقره لندن": where an organisation sits is no scene.
    private bool IsHeadquarters(PlaceMention p) =>
        p.LastToken + 1 < Tokens.Count && Tokens[p.LastToken + 1].Norm is "مقرا" or "مقر" && p.FirstToken > 0 && Tokens[p.FirstToken - 1].Norm == "من"
        || p.FirstToken > 0 && HeadquartersWords.Contains(Tokens[p.FirstToken - 1].Norm)
        // "من مقره في بريطانيا"
        || p.FirstToken > 1 && Tokens[p.FirstToken - 1].Norm == "في" && HeadquartersWords.Contains(Tokens[p.FirstToken - 2].Norm);

    private static readonly HashSet<string> HeadquartersWords = new(StringComparer.Ordinal) { "مقره", "ومقره", "مقرها", "ومقرها", "مقرهم", "ومقرهم" };

    /// <summary>
    /// The last token of a dateline ("دبي، الإمارات العربية المتحدة (CNN)--", "بيروت (رويترز) -") opening one of the
    /// first sentences, or -1: a few words, an agency in brackets, a dash.
    /// </summary>
    private static bool Birthplace(Document document, PlaceMention p) =>
        p.FirstToken == p.LastToken && p.LastToken + 1 < document.Tokens.Count && document.Tokens[p.FirstToken].Lemma == "مسقط"
        && document.Tokens[p.LastToken + 1].Norm is "راس" or "راسه" or "راسها";

    internal static int DatelineEnd(Document document)
    {
        var tokens = document.Tokens;
        int arab = ArabPressDatelineEnd(document);
        foreach (var s in document.Sentences.Take(3))
            for (int i = s.FirstToken + 1; i < Math.Min(s.EndToken, s.FirstToken + 8); i++)
            {
                if (tokens[i].Norm != "(") continue;
                for (int j = i + 2; j < Math.Min(s.EndToken - 1, i + 6); j++)
                {
                    if (tokens[j].Norm != ")") continue;
                    int k = j + 1;
                    while (k < s.EndToken && tokens[k].Norm is "-" or "–" or "—") k++;
                    if (k > j + 1) return Math.Max(arab, k - 1);
                    // ("أتلانتا، الولايات المتحدة الأمريكية (CNN) بعد تحذير": an agency's Latin name in the brackets needs no dash)
                    if (j == i + 2 && tokens[i + 1].Kind == TokenKind.LatinWord) return Math.Max(arab, j);
                    break;
                }
                break;
            }
        return arab;
    }

    // "كييف- «الشرق الأوسط»:", "سبق ـ أبها:", "الرياض - واس:": the Arab press's dateline — a town and a dash at the
    // very start, or a town right before a colon within the first words — ends at its colon (or dash).
    private static int ArabPressDatelineEnd(Document document)
    {
        var tokens = document.Tokens;
        // (the body's first sentence: a title "تركيا: …" names its subject before a colon, it is no dateline)
        int bodyStart = document.Title is { Length: > 0 } title ? title.Trim().Length + 1 : 0;
        var s = document.Sentences.Find(x => x.FirstToken < tokens.Count && tokens[x.FirstToken].Span.Start >= bodyStart);
        if (s is null) return -1;
        int end = Math.Min(s.EndToken, s.FirstToken + 8);
        bool townFirst = s.FirstToken + 1 < end && tokens[s.FirstToken + 1].Norm is "-" or "–" or "—" or "ـ"
                         && document.Places.Exists(p => p.FirstToken == s.FirstToken);
        for (int c = s.FirstToken + 1; c < end; c++)
        {
            if (tokens[c].Norm != ":") continue;
            if (townFirst || document.Places.Exists(p => p.LastToken == c - 1)) return c;
            return -1;
        }
        return townFirst ? s.FirstToken + 1 : -1;
    }

    // The stages fill their layers in text order, so sorting is nearly always a check; the layers are only read here.
    private static List<T> ByFirstToken<T>(List<T> items, Func<T, int> first)
    {
        for (int i = 1; i < items.Count; i++)
            if (first(items[i]) < first(items[i - 1])) return items.OrderBy(first).ToList();
        return items;
    }

    private readonly sbyte[] _airWordIn;   // by sentence: 0 not looked at, 1 no, 2 yes
    private readonly int[] _governing;    // first vow/threat/denial token of each sentence, -1 none, -2 not looked at

    /// <summary>
    /// Does the sentence hold a word that <paramref name="airWord"/> (the extractor's aircraft and air-strike words) accepts?
    /// Every trigger of a sentence asks, so it is looked up once per sentence.
    /// </summary>
    public bool SentenceHasAirWord(Sentence s, FormTest airWord)
    {
        if (_airWordIn[s.Index] == 0)
        {
            bool found = false;
            for (int i = s.FirstToken; i < s.EndToken && !found; i++)
                found = IsAirWordAt(s, i, airWord);
            _airWordIn[s.Index] = (sbyte)(found ? 2 : 1);
        }
        return _airWordIn[s.Index] == 2;
    }

    /// <summary>
    /// An air word in the clause of token <paramref name="at"/>: "قصفت جبهة النصرة بلدة الفوعة، بينما نفذ الطيران الحربي
    /// غارات" — the aircraft of the clause after "بينما" do not make the shelling before it an air strike.
    /// </summary>
    public bool ClauseHasAirWord(Sentence s, int at, FormTest airWord)
    {
        if (!SentenceHasAirWord(s, airWord)) return false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (IsAirWordAt(s, i, airWord) && !ContrastClause.SharplyBetween(Tokens, Math.Min(i, at), Math.Max(i, at))) return true;
        return false;
    }

    private bool IsAirWordAt(Sentence s, int i, FormTest airWord) =>
        airWord.Of(Tokens[i]) && !FliesNothing(s, i)
        && !FightingGroupsAdjective(Tokens, i, s.FirstToken);

    /// <summary>"الفصائل المقاتلة", "الجماعات المقاتلة": the word at <paramref name="i"/> is "fighting" said of groups, no
    /// fighter jet.</summary>
    internal static bool FightingGroupsAdjective(IReadOnlyList<Token> tokens, int i, int sentenceStart) =>
        i > sentenceStart && tokens[i].Norm is "المقاتله" or "مقاتله" && FightingGroups.Contains(tokens[i - 1].LemmaWithoutArticle);

    /// <summary>Whether the air word at <paramref name="token"/> names something that does not strike from the air
    /// ("الدفاع الجوي", "مضادات الطيران").</summary>
    public bool FliesNothing(Sentence s, int token) => token > s.FirstToken && NotFlying.Contains(Tokens[token - 1].Lemma);

    // "الدفاع الجوي" (air defence) and "المجال الجوي" (airspace) fly nothing: "رصدت قوات الدفاع الجوي إطلاق صاروخ" is a
    // missile attack, not an air strike. Nor do anti-aircraft guns ("قصف الحوثيون الأحياء بقذائف الهاون ومضادات الطيران").
    private static readonly HashSet<string> NotFlying = new(StringComparer.Ordinal)
    {
        "دفاع", "دفاعات", "مجال", "المجال", "الدفاع", "الدفاعات", "مضاد", "مضاده", "مضادات", "المضاد", "المضاده", "المضادات",
    };

    private static readonly HashSet<string> FightingGroups = new(StringComparer.Ordinal)
    {
        "فصايل", "فصيل", "جماعات", "جماعه", "كتايب", "مجموعات", "مجموعه", "قوي", "تنظيمات", "حركات", "اطراف",
    };

    /// <summary>The actors whose mention starts at most 20 tokens before <paramref name="token"/> and not after it.</summary>
    public IEnumerable<ActorMention> ActorsAround(int token) => Within(_actors, a => a.FirstToken, Math.Max(0, token - 20), token + 1);

    /// <summary>The last actor named in the sentence before <paramref name="token"/> (ending before it, at most 20 tokens back).</summary>
    public ActorMention? ActorEndingBefore(int token, Sentence s) =>
        ActorsAround(token - 1).LastOrDefault(a => a.LastToken < token && a.FirstToken >= s.FirstToken);

    public Document Document { get; }

    public Sides Sides { get; }

    /// <summary>Every actor mention of the document, anaphora included, in text order.</summary>
    public IReadOnlyList<ActorMention> Actors => _actors;

    /// <summary>The town the article is about: the most mentioned resolved town-level place (earliest on ties).</summary>
    public PlaceMention? MainPlace { get; }

    private List<Token> Tokens => Document.Tokens;

    // ---------------------------------------------------------------- lookups shared by the parts

    /// <summary>The items of a list sorted by first token whose first token is in [from, to).</summary>
    private static Range<T> Within<T>(List<T> sorted, Func<T, int> first, int from, int to) => new(sorted, first, from, to);

    /// <summary>
    /// What <see cref="Within{T}"/> gives: enumerated lazily like an iterator, but a struct, so <c>foreach</c> and the
    /// Any/First/FirstOrDefault the parts ask allocate nothing (other LINQ takes it boxed, as it took the iterator).
    /// </summary>
    private readonly struct Range<T>(List<T> sorted, Func<T, int> first, int from, int to) : IEnumerable<T>
    {
        public Enumerator GetEnumerator() => new(sorted, first, from, to);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public bool Any()
        {
            foreach (var _ in this) return true;
            return false;
        }

        public bool Any(Func<T, bool> predicate)
        {
            foreach (var item in this) if (predicate(item)) return true;
            return false;
        }

        public T? FirstOrDefault()
        {
            foreach (var item in this) return item;
            return default;
        }

        public T? FirstOrDefault(Func<T, bool> predicate)
        {
            foreach (var item in this) if (predicate(item)) return item;
            return default;
        }

        public T First(Func<T, bool> predicate)
        {
            foreach (var item in this) if (predicate(item)) return item;
            throw new InvalidOperationException("Sequence contains no matching element");
        }

        public struct Enumerator(List<T> sorted, Func<T, int> first, int from, int to) : IEnumerator<T>
        {
            private int _i = -1;   // -1 before the first MoveNext (the search is made then, as the iterator made it)

            public T Current { get; private set; } = default!;
            object? System.Collections.IEnumerator.Current => Current;

            public bool MoveNext()
            {
                if (_i == int.MaxValue) return false;
                _i = _i < 0 ? FirstAtOrAfter(sorted, first, from) : _i + 1;
                if (_i < sorted.Count && first(sorted[_i]) < to)
                {
                    Current = sorted[_i];
                    return true;
                }
                _i = int.MaxValue;   // (done: stays done)
                return false;
            }

            public void Reset() => throw new NotSupportedException();
            public void Dispose() { }
        }
    }

    /// <summary>The index of the first item of a list sorted by first token whose first token is at least <paramref name="from"/>.</summary>
    internal static int FirstAtOrAfter<T>(List<T> sorted, Func<T, int> first, int from)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (first(sorted[mid]) < from) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Any punctuation strictly between tokens <paramref name="from"/> and <paramref name="to"/>.</summary>
    internal bool PunctuationBetween(int from, int to) => AnyPunctuation(Tokens, from + 1, to - 1);

    /// <summary>Whether token <paramref name="i"/> lies inside one of the document's actor mentions.</summary>
    internal static bool InAnActor(Document document, int i)
    {
        foreach (var a in document.Actors)
            if (a.FirstToken <= i && i <= a.LastToken) return true;
        return false;
    }

    /// <summary>
    /// A word that <paramref name="matches"/> among the <paramref name="reach"/> tokens ending at <paramref name="last"/>,
    /// read backwards within the sentence up to the nearest punctuation: "a verb of releasing a few words before the
    /// trigger, in its clause". (Pass a static lambda: a capturing one costs the hot path a closure per call.)
    /// </summary>
    private bool WordBackFrom(Sentence s, int last, int reach, Func<Token, bool> matches)
    {
        for (int i = last; i >= Math.Max(s.FirstToken, last - reach + 1); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (matches(Tokens[i])) return true;
        }
        return false;
    }

    // A punctuation token in [from, to], both ends included.
    private static bool AnyPunctuation(List<Token> tokens, int from, int to)
    {
        for (int k = from; k <= to; k++)
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                // ("انتزعت اليوم (الاثنين) السيطرة": one word in brackets — the weekday of "اليوم" — is an aside, no break)
                if (k + 2 <= to && OneWordInBrackets(tokens, k)) { k += 2; continue; }
                return true;
            }
        return false;
    }

    /// <summary>Whether an opening bracket at <paramref name="open"/> holds one word and closes right after it: "(الاثنين)".</summary>
    internal static bool OneWordInBrackets(List<Token> tokens, int open) =>
        open + 2 < tokens.Count && tokens[open].Surface == "(" && tokens[open + 1].Kind != TokenKind.Punctuation && tokens[open + 2].Surface == ")";
}
