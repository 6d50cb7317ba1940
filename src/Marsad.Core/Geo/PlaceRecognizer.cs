using Marsad.Core.Text;

namespace Marsad.Core.Geo;

/// <summary>
/// Finds place names over the tokens: clitics taken off the first word (بالبوكمال، والرقة، لسوريا، للرقة),
/// multi-word names by longest match (دير الزور، رأس العين، جسر الشغور), cue nouns before the name
/// (مدينة، بلدة، قرية، محافظة، ريف، حي، مخيم، منطقة، ناحية) and relative phrases (شمال X، قرب X، ريف X الشرقي،
/// على بعد 10 كلم من X). Names on the ambiguity list, and names found only after taking a letter off, need context:
/// a cue, a preposition of place, or an unambiguous place of the same country in the sentence. Then
/// <see cref="PlaceResolver"/> picks one gazetteer entry per mention. Fills <see cref="Document.Places"/>.
/// </summary>
public sealed class PlaceRecognizer : IDocumentStage
{
    private const int MaxWords = 5;
    private readonly Gazetteer _gazetteer;
    private readonly GeoLexicon _lexicon;
    private readonly PlaceResolver _resolver;

    public PlaceRecognizer(Gazetteer gazetteer, GeoLexicon? lexicon = null)
    {
        _gazetteer = gazetteer;
        _lexicon = lexicon ?? GeoLexicon.LoadDefault();
        _resolver = new PlaceResolver(gazetteer);
    }

    public Gazetteer Gazetteer => _gazetteer;

    public void Process(Document document)
    {
        if (document.Tokens.Count == 0) new Tokenizer().Process(document);
        if (document.Sentences.Count == 0) new SentenceSplitter().Process(document);
        // the candidates live only while the document is processed: one list per thread
        var found = _found ??= new List<Candidate>();
        found.Clear();   // (left over if a previous document threw)
        CandidatePool.ReturnAll();
        Recognize(document, found);
        _resolver.Resolve(document, found);
        OneReadingPerName(found);
        QuartersInTheirTown(found);
        var places = document.Places;
        places.Clear();
        int accepted = 0;
        foreach (var m in found) if (Kept(m, document)) accepted++;
        if (places.Capacity < accepted) places.Capacity = accepted;
        foreach (var m in found) if (Kept(m, document)) places.Add(m.ToMention(document, _gazetteer));
        found.Clear();
        CandidatePool.ReturnAll();
    }

    [ThreadStatic] private static List<Candidate>? _found;

    // ("دوماً" always, "درعاً" a shield, "صفًا" a row, "سورياً" Syrian-wise): a word written with the accusative
    // tanween (ً) is an adverb or an indefinite noun, never a place's name.
    private static bool Kept(Candidate m, Document document) => m.Accepted && !document.Tokens[m.LastToken].Surface.Contains('\u064B');

    // One name, one place per article: "قذيفة حوثية تقتل صحفيا في البيضاء" (title) and "لمحافظة البيضاء" (body) are the
    // same Al Bayda — a bare mention read in another country follows the reading its cued namesake got.
    private void OneReadingPerName(List<Candidate> found)
    {
        foreach (var cued in found)
        {
            if (!cued.Accepted || cued.Cue is null || cued.Chosen < 0) continue;
            string country = _gazetteer.CountryCode(cued.Chosen);
            foreach (var bare in found)
                if (bare.Accepted && bare.Cue is null && bare.Chosen >= 0 && bare != cued && bare.Key == cued.Key
                    && _gazetteer.CountryCode(bare.Chosen) != country && Array.IndexOf(bare.Entries, cued.Chosen) >= 0)
                    bare.Chosen = cued.Chosen;
        }
    }

    // "حي الروضة شمالي مدينة تعز", "حي الزيتون في غزة": a quarter lies in the town named right after it — a namesake the
    // gazetteer has far away (Ar Rawdah of Sanaa) is not it; the quarter is placed in its town.
    private void QuartersInTheirTown(List<Candidate> found)
    {
        for (int i = 0; i + 1 < found.Count; i++)
        {
            var quarter = found[i];
            if (!quarter.Accepted || quarter.Cue != "quarter" || quarter.Chosen < 0) continue;
            for (int j = i + 1; j < found.Count; j++)
            {
                var town = found[j];
                if (town.Sentence != quarter.Sentence || town.FirstToken - quarter.LastToken > 4) break;
                if (!town.Accepted || town.Chosen < 0 || _gazetteer.Kind(town.Chosen) is PlaceKind.Country or PlaceKind.Admin1) continue;
                if (GeoDistance.Km(_gazetteer.Latitude(quarter.Chosen), _gazetteer.Longitude(quarter.Chosen),
                                   _gazetteer.Latitude(town.Chosen), _gazetteer.Longitude(town.Chosen)) > 30)
                {
                    quarter.Chosen = town.Chosen;
                    quarter.Fallback = true;
                }
                break;
            }
        }
    }

    /// <summary>Recognition only: candidate mentions with their gazetteer entries and context, added to <paramref name="result"/>.</summary>
    private static bool RiverBank(List<Token> tokens, Candidate match, int end)
    {
        int k = match.LastToken + 1;
        if (k >= end || tokens[match.FirstToken].Lemma is not ("الضفه" or "ضفه")) return false;
        if (tokens[k].IsComma && k + 1 < end) k++;   // ("في الضفة الغربية، لنهر الفرات")
        string next = tokens[k].Norm;
        return next is "لنهر" or "للنهر" or "للفرات" or "لنهري" or "لدجله" or "للعاصي" or "للنيل"
               || next == "من" && k + 1 < end && tokens[k + 1].Norm is "نهر" or "النهر";
    }

    internal void Recognize(Document document, List<Candidate> result)
    {
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            int end = sentence.EndToken;
            int i = sentence.FirstToken;
            while (i < end)
            {
                var match = NameAsWritten(tokens, i) ?? NamedBeforeWithItsHamza(tokens, i, result) ?? LongestMatch(tokens, i, end) ?? ListedAfterPlace(tokens, i, result) ?? UnknownAfterCue(tokens, sentence.FirstToken, i, end, result)
                            ?? UnknownBeforeItsCountry(tokens, sentence.FirstToken, i, end) ?? UnknownAfterAnAttack(tokens, sentence.FirstToken, i, end);
                if (match is null) { i++; continue; }
                // "الضفة الغربية لنهر الفرات": a river's bank, not the West Bank
                if (RiverBank(tokens, match, end)) { i = match.LastToken + 1; continue; }
                AddContext(tokens, sentence.FirstToken, end, match);
                // "في محافظتي حماة وإدلب", "محافظات حلب وإدلب وحماة": names listed after a plural governorate cue are
                // governorates too
                if (match.Cue is null && match.Stripped.StartsWith('و') && result.Count > 0
                    && result[^1] is { PluralCue: true, Cue: "admin1" } listed && listed.LastToken == match.FirstToken - 1)
                    (match.Cue, match.PluralCue) = ("admin1", true);
                // ("بلدات الطيبة والنعيمة وصيدا وأم المياذن واليادودة": a known name in a list of villages keeps the list
                // going, so the names the gazetteer lacks after it are villages of the list too)
                else if (match.Cue is null && match.Stripped.StartsWith('و') && result.Count > 0
                         && result[^1] is { PluralCue: true } inList && inList.LastToken == match.FirstToken - 1)
                    match.PluralCue = true;
                result.Add(match);
                i = match.LastToken + 1;
            }
        }
        // ("قرب القصر الرئاسي", "القصر الجمهوري": an ambiguous name with the adjective of a building is the building,
        // not the town of that name)
        result.RemoveAll(m => m.NeedsContext && m.LastToken + 1 < tokens.Count && BuildingAdjectives.Contains(tokens[m.LastToken + 1].Norm));
        // ("اتفاقية جنيف الرابعة", "مسار أستانا", "اتفاق سوتشي", "بعد يوم من قمة طهران": a name right after a treaty's,
        // a process's or a meeting's noun names the treaty or the meeting, not a place where anything happens)
        // ("شارع صنعاء" in Hodeidah, "شارع المغار" in Derna: so does a name right after the noun of one street name that
        // street, not the town — which would also draw the article's country, and the forces it leaves unnamed, to the
        // town's; "شوارع بغداد", the streets of a town, are that town's, and so is "اسم شارع بطهران", a street in it)
        result.RemoveAll(m => m.FirstToken > 0 && m.Stripped.Length == 0
                              && (NamesWhatFollows(tokens[m.FirstToken - 1])
                                  // (the name quoted: تنظيم "بيت المقدس")
                                  || m.FirstToken > 1 && tokens[m.FirstToken - 1].Surface is "\"" or "«" or "“" && NamesWhatFollows(tokens[m.FirstToken - 2])
                                  || tokens[m.FirstToken - 1].Norm is "شارع" or "الشارع" or "بشارع" or "وشارع" or "لشارع"));
        // ("على شارعي الثورة وبغداد في دمشق": two streets, the second joined by و, name no towns — Baghdad Street is in Damascus)
        for (int n = 0; n < result.Count; n++)
        {
            var m = result[n];
            if (m.FirstToken == 0 || m.Stripped.Length != 0 || tokens[m.FirstToken - 1].Norm is not ("شارعي" or "بشارعي" or "وشارعي" or "لشارعي")) continue;
            result.RemoveAt(n);
            if (n < result.Count && result[n].Stripped == "و" && result[n].FirstToken == m.LastToken + 1) result.RemoveAt(n);
            n--;
        }
        // ("والاحتجاجات السلمية", "المسيرات السلمية": a word-name with the article right after a noun with it, no cue
        // between, is that noun's adjective — whatever preposition or place of its country is near)
        result.RemoveAll(m => m.NeedsContext && AdjectiveOfTheNounBefore(tokens, m));
        // ("باب توما", "عند باب العامود", "باب التبانة": the bare form of a name written with the article — الباب — right
        // before another word is the first noun of a construct, a gate, not the town — a quarter's cue before it too: "حي باب توما")
        // ("علي الأحمدي … وقال الأحمدي:", "الأحمدي لـ عكاظ": a name the article has shown to be a man's family name is his
        // wherever it stands alone in it, in the headline above too)
        HashSet<string>? familyNames = null;
        foreach (var m in result)
            if (FamilyName(tokens, m)) (familyNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.Key);
        result.RemoveAll(m => FirstNounOfAConstruct(tokens, m) || FamilyName(tokens, m) || Kunya(tokens, m) || FarEndOrLake(tokens, m) || QuotedAddressee(tokens, m)
                              || TimeOfADay(tokens, m) || VerbAfterItsParticle(tokens, m) || PrayerOfSunset(tokens, m) || GuardiansOf(tokens, m)
                              || NamesABody(tokens, m)
                              || familyNames is not null && m.Words == 1 && m.Cue is null && m.Relation is null && familyNames.Contains(m.Key));
        // ambiguous names count only with context, or an unambiguous place of a same country nearby
        foreach (var m in result)
        {
            if (m.Unknown) { m.Accepted = true; continue; }
            // ("ومناطق جديدة بمديرية حرض": an adjective after a plural cue describes it, it names no village Judaydah)
            if (m.NeedsCue)
            {
                m.Accepted = m.Cue is not null && m.Cue is not ("country" or "capital")
                             && !(m.FirstToken == m.LastToken && UnknownStop.Contains(tokens[m.FirstToken].Lemma))
                             // ("منطقتي دوفس والكود": the next name of a list a plural cue began has that cue too)
                             || m.Cue is null && m.PluralCue && m.Stripped.StartsWith('و')
                             // ("والهجوم المزدوج في مروة بشمال الكاميرون": a name its own country places at once — not a
                             // common noun with the article, "عاصفة الحزم في اليمن", "المزرعة في سوريا")
                             || m.Cue is null && !m.Key.StartsWith("ال", StringComparison.Ordinal) && ItsCountryRightAfter(tokens, m);
                continue;
            }
            if (!m.NeedsContext || m.HasContext) { m.Accepted = true; continue; }
        }
        // the candidates of one sentence are consecutive in the list: compare within the sentence only
        for (int lo = 0; lo < result.Count;)
        {
            int hi = lo + 1;
            while (hi < result.Count && result[hi].Sentence == result[lo].Sentence) hi++;
            for (int x = lo; x < hi; x++)
            {
                var m = result[x];
                if (m.Accepted || m.NeedsCue) continue;
                var countries = m.CountryCodes(_gazetteer);
                bool any = false;
                for (int y = lo; y < hi && !any; y++)
                {
                    var o = result[y];
                    any = o != m && o.Accepted && !o.NeedsContext && Candidate.Overlap(o.CountryCodes(_gazetteer), countries);
                }
                // "في حلب وإدلب": a name joined by و right after an accepted place of its country is the list's next
                // place, even when neither is sure alone
                if (!any && x > lo && m.Stripped.StartsWith('و') && result[x - 1] is { Accepted: true } previous && previous.LastToken == m.FirstToken - 1)
                    any = Candidate.Overlap(previous.CountryCodes(_gazetteer), countries);
                m.Accepted = any;
            }
            lo = hi;
        }
    }

    // The name's own country right after it, past "في" or a compass word ("مروة بشمال الكاميرون", "مروة في الكاميرون",
    // "مروة شمالي الكاميرون"): one of the name's readings is a city of the country named.
    private bool ItsCountryRightAfter(IReadOnlyList<Token> tokens, Candidate m)
    {
        int k = m.LastToken + 1;
        if (k < tokens.Count && tokens[k].Norm == "في") k++;
        if (k < tokens.Count && GeoLexicon.CompassWords.Contains(tokens[k].NormWithoutWa is var w && w.StartsWith('ب') ? w[1..] : w)) k++;
        // (something between: a name right before a country word is a construct, "مروة الكاميرون" no place)
        if (k >= tokens.Count || k == m.LastToken + 1) return false;
        foreach (int e in _gazetteer.Lookup(GazetteerKeys.Normalize(tokens[k].Norm)))
        {
            if (_gazetteer.Kind(e) != PlaceKind.Country) continue;
            // (a city of that country — of 100,000 people or more, or a province's seat: a word like "سجن" names some
            // village too)
            foreach (int r in m.Entries)
                if (_gazetteer.CountryCode(r) == _gazetteer.CountryCode(e) && (_gazetteer.Population(r) >= 100_000 || _gazetteer.FeatureCode(r) is "PPLA" or "PPLC"))
                    return true;
        }
        return false;
    }

    /// <summary>
    /// What the recogniser reads off one written form, computed once per distinct <see cref="Token.Norm"/>: its
    /// first-word variants (<see cref="FirstWordVariants"/>, non-Latin) with their gazetteer probes, and the cue noun
    /// and relation they name.
    /// </summary>
    private sealed class FormInfo
    {
        public required (string Variant, string Stripped, bool Exact, bool Longer)[] Variants { get; init; }
        /// <summary>The first variant's cue (AddContext).</summary>
        public string? Cue { get; init; }
        /// <summary>The first variant's relation, "distance from" included (AddContext, UnknownAfterCue).</summary>
        public string? Relation { get; init; }
        /// <summary>The cue read before an unknown name: a cue, or "relation" (UnknownAfterCue).</summary>
        public string? UnknownCue { get; init; }
        /// <summary>Verdicts on the one-word readings (<see cref="SingleWord"/>), filled on first use.</summary>
        public SingleVerdicts Verdicts { get; } = new();
    }

    private static readonly FormInfo NoInfo = new() { Variants = [] };
    private const int MaxCachedForms = 1_000_000;
    // sized for a large vocabulary up front: growing a big table mid-run allocates large arrays (and triggers costly collections)
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FormInfo> _forms = new(Environment.ProcessorCount, 1 << 17, StringComparer.Ordinal);
    private int _formCount;

    // The words that are a cue or a relation, looked up by span (QuickNoInfo)
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueOrRelation =
        GeoLexicon.Cues.Keys.Concat(GeoLexicon.Relations.Keys).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when no first-word variant of <paramref name="norm"/> can give anything (<see cref="NoInfo"/>), found
    /// without allocating: every variant <see cref="FirstWordVariants"/> may give (and a few more) is probed as a
    /// span. Most new forms end here; the others go through the full computation.
    /// </summary>
    private bool QuickNoInfo(string norm)
    {
        Span<char> buffer = stackalloc char[64];
        if (Hit(norm)) return false;
        if (norm.Length == 3 && GeoLexicon.Conjunctions.Contains(norm[0]) && _gazetteer.Probe(norm.AsSpan(1)).Longer) return false;
        if (norm.Length > 3 && GeoLexicon.Conjunctions.Contains(norm[0]))
        {
            var rest = norm.AsSpan(1);
            if (Hit(rest) || PrepositionHit(rest, buffer)) return false;
        }
        return !PrepositionHit(norm, buffer);

        bool PrepositionHit(ReadOnlySpan<char> w, Span<char> buffer)
        {
            if (w.Length <= 3 || !GeoLexicon.JoinedPrepositions.Contains(w[0])) return false;
            if (w[0] == 'ل' && w[1] == 'ل' && w.Length > 4)
            {
                if (w.Length > buffer.Length) return true;   // too long to build here: take the full path
                buffer[0] = 'ا';
                buffer[1] = 'ل';
                w[2..].CopyTo(buffer[2..]);
                return Hit(buffer[..w.Length]);
            }
            return Hit(w[1..]);
        }

        bool Hit(ReadOnlySpan<char> v)
        {
            var (exact, longer) = _gazetteer.Probe(v);
            return exact || longer || CueOrRelation.Contains(v);
        }
    }

    private FormInfo Info(string norm, bool cache = true)
    {
        if (cache && _forms.TryGetValue(norm, out var info)) return info;
        if (QuickNoInfo(norm))
        {
            if (cache && Volatile.Read(ref _formCount) < MaxCachedForms && _forms.TryAdd(norm, NoInfo)) Interlocked.Increment(ref _formCount);
            return NoInfo;
        }
        var variants = new List<(string Variant, string Stripped, bool Exact, bool Longer)>(4);
        // ("لايزال", still: a whole word the lexicon lists is no preposition joined to a name — not ل + ايزال, Aizawl)
        bool whole = _lexicon.CommonWords.Contains(norm);
        foreach (var (v, stripped) in FirstWordVariants(norm, false))
        {
            if (whole && stripped.Length > 0) continue;
            var (exact, longer) = _gazetteer.Probe(v);
            variants.Add((v, stripped, exact, longer));
        }
        // ("وذي قار", "وتل عفر", "وأم قصر": a two-letter first word after و opens a longer name only — alone, "ذي",
        // "تل" and "ام" are words, never a place)
        if (norm.Length == 3 && GeoLexicon.Conjunctions.Contains(norm[0]) && _gazetteer.Probe(norm.AsSpan(1)) is { Longer: true })
            variants.Add((norm[1..], norm[..1], false, true));
        string? cue = null, relation = null, unknownCue = null;
        foreach (var (v, _, _, _) in variants)
            if (GeoLexicon.Cues.TryGetValue(v, out var c)) { cue = c; break; }
        foreach (var (v, _, _, _) in variants)
            if (GeoLexicon.Relations.TryGetValue(v, out var r)) { relation = r; break; }
        foreach (var (v, _, _, _) in variants)
            if (GeoLexicon.Cues.TryGetValue(v, out var c)) { unknownCue = c; break; }
            else if (GeoLexicon.Relations.TryGetValue(v, out var r) && r is not ("distance from" or "near" or "countryside of") && v.Length <= 5) { unknownCue = "relation"; break; }
        bool probed = false;
        foreach (var (_, _, exact, longer) in variants) probed |= exact || longer;
        // most words name nothing and cue nothing: they share one empty entry (a match needs an exact or longer probe)
        info = !probed && cue is null && relation is null && unknownCue is null ? NoInfo
            : new FormInfo { Variants = variants.ToArray(), Cue = cue, Relation = relation, UnknownCue = unknownCue };
        if (cache && Volatile.Read(ref _formCount) < MaxCachedForms && _forms.TryAdd(norm, info)) Interlocked.Increment(ref _formCount);
        return info;
    }

    [ThreadStatic] private static char[]? _keyBuffer;

    // interned forms keep their entry in an array by form id; others go through the dictionary by matching form
    private readonly FormCache<FormInfo> _byForm = new();

    private FormInfo InfoAt(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (_byForm.Get(token.FormId) is { } info) return info;
        var form = token.Form;
        info = Info(form.Norm, cache: form.Id < 0);
        _byForm.Set(form, info);
        if (form.Id >= 0) _formBits.Set(form.Id, (byte)(Known | (ReferenceEquals(info, NoInfo) ? NamesNothing : 0) | (info.UnknownCue is null ? NoUnknownCue : 0)));
        return info;
    }

    // Most tokens name nothing and cue nothing: a byte per form says so (FormBytes, dense), so those tokens are
    // passed over without reading their FormInfo (a reference per form, then the object).
    private readonly FormBytes _formBits = new();
    private const byte Known = 1, NamesNothing = 2, NoUnknownCue = 4;

    /// <summary>True when the token's form is known to give no reading (its info is <see cref="NoInfo"/>).</summary>
    private bool KnownToNameNothing(Token token) => (_formBits.Get(token.FormId) & NamesNothing) != 0;

    /// <summary>The cue read before an unknown name (<see cref="FormInfo.UnknownCue"/>) of token <paramref name="i"/>.</summary>
    private string? UnknownCueAt(List<Token> tokens, int i) =>
        (_formBits.Get(tokens[i].FormId) & NoUnknownCue) != 0 ? null : InfoAt(tokens, i).UnknownCue;

    private static bool CoordinatedDirection(string first, string next) =>
        first is "شمال" or "جنوب" or "شرق" or "غرب" or "وسط" && next is "ووسط" or "وشمال" or "وجنوب" or "وشرق" or "وغرب";

    private Candidate? LongestMatch(List<Token> tokens, int start, int end)
    {
        var first = tokens[start];
        if (!first.IsWord) return null;
        bool latin = first.Kind == TokenKind.LatinWord;
        if (latin && (first.Surface.Length < 4 || !char.IsUpper(first.Surface[0]))) return null;
        if (KnownToNameNothing(first)) return ArticleOffAfterCue(tokens, start, latin);
        // the best reading so far: its last token, key and letters taken off (a candidate is made only for the winner)
        int bLast = -1, bWords = 0;
        string bKey = "", bStripped = "";
        var info = InfoAt(tokens, start);
        var variants = info.Variants;
        int count = latin ? Math.Min(1, variants.Length) : variants.Length;   // a Latin word is tried only as written
        for (int v = 0; v < count; v++)
        {
            var (variant, stripped, exact0, longer0) = variants[v];
            int bestLast = exact0 ? start : -1;
            int bestLength = variant.Length;
            if (longer0 && start + 1 < end && 1 < MaxWords && tokens[start + 1].IsWord)
            {
                // longer names: "variant w2 w3 …" built in a buffer, probed without allocating
                var buffer = _keyBuffer ??= new char[256];
                if (buffer.Length < variant.Length) _keyBuffer = buffer = new char[2 * variant.Length];
                variant.CopyTo(buffer);
                int length = variant.Length;
                for (int j = start + 1; ; j++)
                {
                    string next = tokens[j].Norm;
                    // "بشمال ووسط سيناء": a second direction joined by و to the first is passed over, so the name is the
                    // first direction's ("شمال سيناء", North Sinai)
                    if (j == start + 1 && j + 1 < end && tokens[j + 1].IsWord && CoordinatedDirection(variant, next)) continue;
                    if (length + 1 + next.Length > buffer.Length)
                    {
                        Array.Resize(ref buffer, Math.Max(2 * buffer.Length, length + 1 + next.Length));
                        _keyBuffer = buffer;
                    }
                    buffer[length++] = ' ';
                    next.CopyTo(buffer.AsSpan(length));
                    length += next.Length;
                    var (exact, longer) = _gazetteer.Probe(buffer.AsSpan(0, length));
                    if (exact) { bestLast = j; bestLength = length; }
                    if (!longer || j + 1 >= end || j + 1 - start >= MaxWords || !tokens[j + 1].IsWord) break;
                }
                if (bestLast > start)
                {
                    int words = bestLast - start + 1;
                    if (bLast < 0 || words > bWords || (words == bWords && stripped.Length < bStripped.Length))
                    {
                        bLast = bestLast;
                        bWords = words;
                        bKey = new string(buffer, 0, bestLength);
                        bStripped = stripped;
                    }
                    continue;
                }
            }
            if (bestLast < 0) continue;
            // prefer more words; then fewer letters taken off
            if (bLast < 0 || 1 > bWords || (1 == bWords && stripped.Length < bStripped.Length))
            {
                bLast = bestLast;
                bWords = 1;
                bKey = variant;
                bStripped = stripped;
            }
        }
        if (bLast < 0) return ArticleOffAfterCue(tokens, start, latin);
        // one word: the verdict depends on the variant alone, so it is worked out once per form and variant
        var verdict = bWords == 1 ? SingleWord(info, bKey, bStripped, latin) : Judge(bKey, bStripped, bWords, latin);
        if (verdict is null) return null;
        // "صحيفة نيويورك تايمز", "واشنطن بوست": a city that names a newspaper is no place
        if (bLast + 1 < end && tokens[bLast + 1].Norm is "تايمز" or "بوست" or "جورنال" or "تريبيون" or "هيرالد") return null;
        // "بتوقيت موسكو", "بتوقيت غرينتش": a city that names a clock's time is no place
        if (ClockOfAPlace.Before(tokens, start)) return null;
        return NewCandidate(start, bLast, bKey, bStripped, verdict);
    }

    // A candidate from the pool for tokens [start, last], read as key with the letters stripped, as the verdict says.
    private static Candidate NewCandidate(int start, int last, string key, string stripped, Verdict verdict)
    {
        var candidate = CandidatePool.Rent(start, last, key, stripped);
        candidate.Sentence = -1;
        candidate.Entries = verdict.Entries;
        candidate.NeedsContext = verdict.NeedsContext;
        candidate.NeedsCue = verdict.NeedsCue;
        candidate.Reading = verdict;
        return candidate;
    }

    // "مدينة الحيس", "مديرية الموزع": a town the press writes with the article and the gazetteer without it, read so only
    // right after a word for a town, village or district (the cue AddContext then gives it, which its verdict needs).
    private Candidate? ArticleOffAfterCue(List<Token> tokens, int start, bool latin)
    {
        string norm = tokens[start].Norm;
        if (latin || start == 0 || norm.Length < 5 || !norm.StartsWith("ال", StringComparison.Ordinal)
            || InfoAt(tokens, start - 1).Cue is not ("town" or "village" or "district")) return null;
        string bare = norm[2..];
        if (GazetteerKeys.CountLetters(bare) < 3 || !_gazetteer.Probe(bare).Exact || Judge(bare, "ال", 1, latin) is not { } verdict) return null;
        return NewCandidate(start, start, bare, "ال", verdict);
    }

    /// <summary>What <see cref="Judge"/> decides about a name: its entries, and whether it needs context or a cue (null: no name).</summary>
    internal sealed class Verdict(int[] entries, bool needsContext, bool needsCue)
    {
        public int[] Entries { get; } = entries;
        public bool NeedsContext { get; } = needsContext;
        public bool NeedsCue { get; } = needsCue;

        private string[]? _countries;

        /// <summary>The distinct countries of <see cref="Entries"/>, worked out once for every candidate of this reading.</summary>
        public string[] Countries(Gazetteer g) => _countries ??= Candidate.DistinctCountries(Entries, g);
    }

    // The verdicts on a form's one-word readings, by variant, for Arabic and Latin tokens (the entries arrays are shared:
    // the resolver replaces a candidate's array, it never writes into one).
    private sealed class SingleVerdicts
    {
        public Verdict?[]? Arabic, Latin;
    }

    private static readonly Verdict Rejected = new([], false, false);

    // Nouns of treaties, talks and processes that take a city's name: "اتفاقية جنيف", "محادثات أستانا", "تفاهمات سوتشي".
    private static readonly HashSet<string> NamedAfter = new(StringComparer.Ordinal)
    {
        "اتفاقيه", "اتفاقيات", "اتفاق", "معاهده", "مسار", "محادثات", "مفاوضات", "تفاهمات", "تفاهم", "بروتوكول", "موتمر", "منتدي",
        "صيغه", "وثيقه", "قمه", "اعلان", "اجتماع", "اجتماعات",
        // ("تنظيم بيت المقدس", "سرايا القدس", "فيلق القدس", "لواء القدس": a group's name, not a place it acts in; "انتفاضة
        // القدس", a day of protest named for the city)
        "تنظيم", "جماعه", "انصار", "سرايا", "كتايب", "فيلق", "لواء", "انتفاضه",
        // ("المنشور بصحيفة مكة", "جريدة الرياض", "صحيفة القدس": a newspaper named for its city)
        "صحيفه", "جريده",
    };

    // A noun of NamedAfter, with the article or without, and with a conjunction or a preposition joined to it ("لتنظيم",
    // whose stem keeps the ل).
    private static bool NamesWhatFollows(Token token)
    {
        if (NamedAfter.Contains(token.LemmaWithoutArticle)) return true;
        string n = token.Norm;
        if (n.Length > 4 && n[0] is 'و' or 'ف') n = n[1..];
        if (n.Length > 4 && n[0] is 'ل' or 'ب') n = n[1..];
        // ("مناطق الشيحة والبو جاسم", "قرية البو فراج": "البو" — the sons of — names a tribe's village, not the town
        // whose name follows)
        if (n == "البو") return true;
        return n.Length < token.Norm.Length && NamedAfter.Contains(DefiniteArticle.Off(n));
    }

    // Verbs that say where places lie or whose they are, after a place noun ("مناطق تمتد من", "منطقة تخضع لسيطرة").
    private static readonly HashSet<string> PlaceVerbs = new(StringComparer.Ordinal)
    {
        "تمتد", "يمتد", "تقع", "يقع", "تتبع", "يتبع", "تخضع", "يخضع", "تحيط", "يحيط", "تضم", "يضم", "تطل", "يطل", "تبعد", "يبعد",
    };

    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "قال", "قالت", "قالوا", "اكد", "اكدت", "افاد", "افادت", "ذكر", "ذكرت", "اشار", "اشارت", "اعلن", "اعلنت", "اضاف", "اضافت", "اوضح", "اوضحت",
    };

    private static readonly HashSet<string> BuildingAdjectives = new(StringComparer.Ordinal)
    {
        "الرياسي", "الجمهوري", "الملكي", "العدلي", "الاميري", "البلدي", "الحكومي",
    };

    private Verdict? SingleWord(FormInfo info, string key, string stripped, bool latin)
    {
        var variants = info.Variants;
        int v = 0;
        while (v < variants.Length && !(ReferenceEquals(variants[v].Variant, key) && ReferenceEquals(variants[v].Stripped, stripped))) v++;
        if (v == variants.Length) return Judge(key, stripped, 1, latin);   // not from this form's variants: not cached
        var verdicts = info.Verdicts;
        var slots = latin ? verdicts.Latin ??= new Verdict?[variants.Length] : verdicts.Arabic ??= new Verdict?[variants.Length];
        var verdict = slots[v];
        if (verdict is null) slots[v] = verdict = Judge(key, stripped, 1, latin) ?? Rejected;
        return ReferenceEquals(verdict, Rejected) ? null : verdict;
    }

    /// <summary>Whether a longest match is a name, and what it needs (null: not a name). Reads only the key, the letters taken off and the script.</summary>
    private Verdict? Judge(string key, string stripped, int words, bool latin)
    {
        // a relative word is never a name by itself (مناطق شرق الفرات)
        if (words == 1 && (GeoLexicon.Relations.ContainsKey(key) || GeoLexicon.Directions.ContainsKey(key)
            || key is "الشمال" or "الجنوب" or "الشرق" or "الغرب" or "الوسط")) return null;
        // ("مناطق جنوبية بالعاصمة": a direction adjective without the article describes; the units named by one —
        // Bahrain's Southern governorate, Egypt's Sharqia — are written with it, "المحافظة الجنوبية")
        if (words == 1 && key is "جنوبيه" or "شماليه" or "شرقيه" or "غربيه" or "وسطي" or "جنوبي" or "شمالي" or "شرقي" or "غربي") return null;
        // ("منطقة جزيرة الخالدية", "قناة الجزيرة", "عمليات الجزيرة والبادية": an island's cue, a channel, the Jazira — never
        // Algiers, whose old name GeoNames lists)
        if (words == 1 && key is "جزيره" or "الجزيره") return null;
        // (a name found only after taking the article off is a town only after its cue: "مدينة الحيس", not "الحرب")
        if (stripped.EndsWith("ال", StringComparison.Ordinal))
            return words == 1 && (_lexicon.Ambiguous.Contains(key) || IsNisba(key)) ? null : new Verdict(_gazetteer.Lookup(key).ToArray(), true, true);
        // a short name found only after taking a letter off (ب+كري in بكري) is too likely part of a word
        // (but not a large city of the region Marsad covers, حلب, تعز, عدن or غزة: "بتعز", "وحلب" are those cities)
        if (stripped.Length > 0 && words == 1 && GazetteerKeys.CountLetters(key) <= 3 && !LargeCity(key)) return null;
        // فرقة → ف+رقة? The article-less form of an ال-name (الرقة) is not written after a proclitic: ف+رقة is a word.
        if (stripped.Length > 0 && words == 1 && !key.StartsWith("ال", StringComparison.Ordinal)
            && HasArticleForm(key)) return null;
        var entries = _gazetteer.Lookup(key).ToArray();
        bool ambiguous = _lexicon.Ambiguous.Contains(key) || latin
            || (words == 1 && GazetteerKeys.CountLetters(key) <= 3);
        // a single word found only after taking off a letter that is not a clear proclitic use (e.g. ب in بلد) needs context
        if (stripped.Length > 0 && words == 1 && GazetteerKeys.CountLetters(key) < 5
            && !stripped.EndsWith("ال", StringComparison.Ordinal)) ambiguous = true;
        // ("الحدود الشمالية", "المنطقة الجنوبية": a phrase of common words may need its cue as much as one word does)
        bool needsCue = _lexicon.CueOnly.Contains(key);
        if (words == 1 && !needsCue)
        {
            if (_lexicon.GivenNames.Contains(key)) needsCue = true;
            else if (IsNisba(key)) return null;   // السوري، الليبية: adjectives of a country, not places
        }
        return new Verdict(entries, ambiguous, needsCue);
    }

    private bool LargeCity(string key)
    {
        foreach (int i in _gazetteer.Lookup(key))
            if (_gazetteer.FeatureClass(i) == "P" && _gazetteer.Population(i) >= 100_000 && PlaceResolver.FocusCountries.Contains(_gazetteer.CountryCode(i)))
                return true;
        return false;
    }

    private static readonly HashSet<string> UnknownStop = new(StringComparer.Ordinal)
    {
        // ("قرى الفرع والجبال المحيطة بها": the land around a place, named by its kind, is no name)
        "الجبال", "التلال", "المرتفعات", "المزارع", "القري", "المناطق", "المواقع", "الاراضي", "الوديان",
        // ("بحي شعبي", "في حي سكني": what kind of quarter; "قرية الكصيبة التابعة لناحية …", "المشابيح القريبة من …": what
        // the place belongs to or is near, past its name)
        "شعبي", "سكني", "شعبيه", "التابعه", "التابع", "القريبه", "القريب", "المجاوره", "المجاور", "المحاذيه", "المحاذي",
        "التي", "الذي", "واسعه", "كبيره", "صغيره", "اخري", "جديده", "عسكريه", "امنه", "امنيه", "سكنيه", "الصناعيه", "منزوعه", "خفض",
        "عازله", "حدوديه", "نفوذ", "سيطره", "محاذيه", "مجاوره", "قريبه", "حيث", "ما", "من", "في", "علي", "الي", "عن", "مع", "بعد", "قبل",
        "خاضعه", "تابعه", "يسيطر", "تسيطر", "كانت", "كان", "هذه", "هذا", "تلك", "ذلك", "عده", "الشرقيه", "الغربيه", "الشماليه",
        "الجنوبيه", "الشرقي", "الغربي", "الشمالي", "الجنوبي", "شمال", "جنوب", "شرق", "غرب", "شرقي", "غربي", "شمالي", "جنوبي", "المحاصره",
        "محاصره", "المحتله", "الحدوديه", "الحدودي", "الصغيره", "الكبيره", "القديمه", "الجديده", "الخضراء", "اليوم", "امس", "الواقعه",
        "واقعه", "وسط", "داخل", "خارج", "محيط", "اطراف", "قرب", "بين", "حول", "ضد", "او", "ثم", "لا", "لم", "لن", "قد", "تم", "هناك",
        "العسكري", "العسكريه", "المذكوره", "نفسها", "ذاتها", "كامله", "باكملها", "اخري", "ان", "انها", "اذ", "منطقه", "مناطق", "حي",
        "قريه", "مدينه", "بلده", "سكان", "اهالي", "اهل", "الاشتباكات", "المعارك", "تحت", "مختلفه", "متفرقه", "العمليات", "ذات",
        "الاستراتيجيه", "المعارضه", "التربيه", "التعليم", "عامي", "عام", "الاطلسي", "الناتو", "مثل", "للاجيين", "للنازحين", "المناطق", "المجاوره", "المحيطه", "اعوام", "سنوات", "النازحين", "اللاجيين", "القطاع", "المحافظه", "المديريه", "الضفه", "الاختباء", "الصحه", "الامن", "الشرطه", "الاعلام", "الزراعه", "الاوقاف",
        "بشكل", "الداخليه", "الخارجيه", "الدفاع", "العمل", "الماليه", "الاقتصاد", "التجاره", "النقل", "الكهرباء", "المياه", "الاتصالات", "الوسطي", "البلاد", "المدينه", "البلده", "القريه", "المنطقه", "الحي", "المخيم", "البحر", "النهر",
        "الحدود", "الحكومه", "النظام", "التنظيم", "القوات", "الجيش", "سيطرته", "سيطرتها", "عمليات", "العاصمه", "العالم", "الدوله",
        "افريقيا", "اسيا", "اوروبا", "اسيا", "اميركا", "امريكا", "المتوسط", "الاوسط", "الشرق", "الغرب", "الشمال", "الجنوب", "واحده", "كل",
        // ("من منطقة غير معروفة", "آخر مدينة مأهولة", "منطقة قتال"): words that describe an area, not name it
        "فيما", "غير", "كذلك", "ماهوله", "قتال",
        // ("في السوق المركزي في مروة وحي مجاور مكتظ"): the masculine of "neighbouring", "near", "adjoining"
        "مجاور", "قريب", "ملاصق", "ملاصقه", "مكتظ", "مكتظه",
    };

    private static readonly Dictionary<string, string> DefiniteCompass = new(StringComparer.Ordinal)
    {
        ["الجنوب"] = "south of", ["الشمال"] = "north of", ["الشرق"] = "east of", ["الغرب"] = "west of",
    };

    private static readonly HashSet<string> CompoundHeads = new(StringComparer.Ordinal)
    {
        "تل", "عين", "جبل", "بير", "دير", "كفر", "راس", "بيت", "ابو", "ام", "بني", "خربه", "الشيخ", "شيخ", "قلعه", "جسر", "مزرعه",
        "بصر", "حويقه", "شمره", "سهل", "وادي", "باب", "بنات", "نبع", "عرب", "مزارع",
        // ("حوش خرابو", "حوش الصالحية": Hawsh, a farmstead village of the Damascus and Bekaa plains)
        "حوش",
    };

    /// <summary>
    /// A name the gazetteer lacks right after a cue noun (قرية الجاح، بلدة بصر الحرير، قرية تل كروم جبا): recognised
    /// so the resolver can place it at the nearest place of its context with geo_precision 2, as ACLED codes
    /// villages it cannot find.
    /// </summary>
    private Candidate? UnknownAfterCue(List<Token> tokens, int sentenceStart, int i, int end, List<Candidate> found)
    {
        if (tokens[i].Kind != TokenKind.ArabicWord) return null;
        int p = PreviousWord(tokens, sentenceStart, i);
        if (p < 0) return null;
        string? cue = UnknownCueAt(tokens, p);
        bool among = cue is null && AmongPluralSettlements(tokens, sentenceStart, p);
        if (among) cue = "village";
        var prev = found.Count > 0 ? found[^1] : null;
        bool afterList = cue is null && prev is not null && prev.LastToken == i - 1 && tokens[i].Norm.StartsWith('و')
            && (prev.PluralCue || prev.Cue is "town" or "village" or "quarter" or "camp" or "settlement" || prev.Unknown);
        if (cue is not ("town" or "village" or "district" or "area" or "quarter" or "camp" or "settlement" or "relation") && !afterList) return null;
        string first = tokens[i].Norm;
        string stripped = "";
        if (afterList) { first = first[1..]; stripped = "و"; }
        if (GazetteerKeys.CountLetters(first) < 3 && !CompoundHeads.Contains(first) || UnknownStop.Contains(first)
            || _lexicon.CueOnly.Contains(first) || first.StartsWith('و') && !afterList || GeoLexicon.Cues.ContainsKey(first)
            || GeoLexicon.Relations.ContainsKey(first) || !CompoundHeads.Contains(first) && _lexicon.GivenNames.Contains(first)
            // ("السيطرة على أربع مديريات بالمحافظة": in the province, no name)
            || !afterList && tokens[i].HasProclitic("ب") && (UnknownStop.Contains(tokens[i].Lemma) || UnknownStop.Contains("ال" + tokens[i].Lemma))) return null;
        // "مناطق جبلية", "منطقة عسكرية": an indefinite adjective after the cue, not a name
        if (cue is "area" or "relation" && !first.StartsWith("ال", StringComparison.Ordinal)
            && (first.EndsWith('ه') || first.EndsWith('ي'))) return null;
        // a pronoun suffix (ومينائها): a common noun, not a name
        if (tokens[i].Form.Analysis?.Enclitic is not null) return null;
        // "مناطق للمعارضين", "مواقع للحوثيين": ل on the article says whose the places are, it names none
        if (first.StartsWith("لل", StringComparison.Ordinal)) return null;
        // "مدن إيرانية", "باتجاه بلدات إسرائيلية": a country's adjective says whose the places are, it names none
        // (with the article it may be a name: "منطقة السودانية" in Gaza)
        if (!first.StartsWith("ال", StringComparison.Ordinal) && IsNisba(first)) return null;
        // "مدينة عفرين ورفعوا أعلامهم": a verb of the plural goes on the clause
        // ("قرية دوما ورشقوها بالحجارة": and with its object's pronoun)
        if (afterList && (first.EndsWith("وا", StringComparison.Ordinal) || !first.StartsWith("ال", StringComparison.Ordinal)
                          && (first.EndsWith("وها", StringComparison.Ordinal) || first.EndsWith("وهم", StringComparison.Ordinal)))) return null;
        // ("بلدتي نبل والزهراء والمحاصرتين": a dual cue names two places; a third word joined after them — here its dual
        // adjective — is none)
        if (afterList && DualListFull(tokens, found)) return null;
        // ("ومن بينها الهجوم الأخير": what a list after "among them" names that the word list knows is no village)
        if (among && _lexicon.IsCommonWord(first)) return null;
        // "مناطق القتال", "مناطق المداهمات", "مناطق تجمعات الميليشيات": areas named by what goes on there
        if (cue == "area" && IsPluralCue(tokens[p].Norm) && _lexicon.IsCommonWord(first)) return null;
        // "بلدة حمورية وتمكنت من …", "تبة الخلوة وامتدت إلى …": after a list a bare word that takes a preposition
        // is the clause's next verb, not another name
        if (afterList && !first.StartsWith("ال", StringComparison.Ordinal) && i + 1 < end
            && tokens[i + 1].Norm is "الي" or "علي" or "من" or "عن") return null;
        // "مناطق تمتد من منطقة الصديقية", "منطقة تقع على": a verb of where the places lie describes them, it names none
        if (PlaceVerbs.Contains(first)) return null;
        // "مدينة الرقة ويحاصر تنظيم داعش": an imperfect verb the word list knows goes on the clause
        if (afterList && first.Length >= 4 && first[0] == 'ي' && _lexicon.IsCommonWord(first)) return null;
        // ("بمدينة البيضاء وقالت مصادر محلية": a verb of saying opens the next clause)
        if (afterList && SayingVerbs.Contains(first)) return null;
        // ("تحرير منطقة كهبوب ودحر ميليشيا الحوثي": a verbal noun the word list knows, joined after an unknown name and
        // followed by its object, is the clause's next act)
        if (afterList && prev is { Unknown: true } && !first.StartsWith("ال", StringComparison.Ordinal) && !CompoundHeads.Contains(first)
            && _lexicon.IsCommonWord(first) && i + 1 < end && tokens[i + 1].Kind == TokenKind.ArabicWord && !tokens[i + 1].Norm.StartsWith('و')) return null;
        int last = i;
        bool head = CompoundHeads.Contains(first);
        while (last + 1 < end && last - i < 2 && tokens[last + 1].Kind == TokenKind.ArabicWord)
        {
            string next = tokens[last + 1].Norm;
            // ("مدينة سوروج التركية": a country's adjective after the name says where it is, it is no part of it)
            if (UnknownStop.Contains(next) || GeoLexicon.Directions.ContainsKey(next) || _gazetteer.ContainsKey(next) && !head
                || NisbaCountry(next) is not null) break;
            if (!(head || next.StartsWith("ال", StringComparison.Ordinal))) break;
            last++;
            head = CompoundHeads.Contains(next);
        }
        string key = first;
        for (int k = i + 1; k <= last; k++) key += " " + tokens[k].Norm;
        var m = CandidatePool.Rent(i, last, key, stripped);
        m.Unknown = true;
        m.Accepted = true;
        m.PluralCue = afterList || among || IsPluralCue(tokens[p].Norm);
        if (cue == "relation") m.Relation = InfoAt(tokens, p).Relation;
        // ("مدينة سوروج", "بلدة بوزانتي"): a settlement's cue, then a bare word that is no Arabic word, given name or
        // adjective — foreign towns take no article ("مدينة الفرات" is no Everett)
        m.MaySoundForeign = cue is "town" or "village" && !afterList && !among && !first.StartsWith("ال", StringComparison.Ordinal)
                            && !first.EndsWith("يه", StringComparison.Ordinal) && !_lexicon.IsCommonWord(first) && !_lexicon.GivenNames.Contains(first);
        return m;
    }

    /// <summary>
    /// "في جومبي بنيجيريا", "في داماتورو النيجيرية": a bare word after في that the gazetteer lacks, followed at once by
    /// its country (ب and the country's name, or its adjective), may be a town of that country written by its sound
    /// (SoundedPlaces); kept only if it is one — with no cue, a stand-in would be a guess.
    /// </summary>
    private Candidate? UnknownBeforeItsCountry(List<Token> tokens, int sentenceStart, int i, int end)
    {
        if (tokens[i].Kind != TokenKind.ArabicWord || i + 1 >= end) return null;
        int p = PreviousWord(tokens, sentenceStart, i);
        if (p < 0 || tokens[p].Norm != "في") return null;
        if (!MaySoundLikeATown(tokens[i])) return null;
        string next = tokens[i + 1].Norm;
        bool countryAfter = NisbaCountry(next) is not null
                            || next.Length > 3 && next[0] == 'ب' && IsCountryName(next[1..]);
        return countryAfter ? TownBySoundOnly(i, tokens[i].Norm) : null;
    }

    private readonly FormBytes _attackNoun = new();

    private bool IsAttackNoun(Token token)
    {
        byte known = _attackNoun.Get(token.FormId);
        if (known != 0) return known == 2;
        bool attack = NamedAttackNouns.Contains(token.Lemma);
        if (token.FormId >= 0) _attackNoun.Set(token.FormId, attack ? (byte)2 : (byte)1);
        return attack;
    }

    /// <summary>The nouns an attack is named with, its town after them ("هجوم سوروج"), as lemmas with and without ال.</summary>
    internal static readonly HashSet<string> NamedAttackNouns =
        DefiniteArticle.WithAndWithout("هجوم", "تفجير", "انفجار", "مجزره", "اعتداء", "تفجيرات", "هجمات");

    // A bare word (no article, pronoun or nisba ending) the gazetteer lacks, that no word list knows: it may be a foreign
    // town written by its sound.
    private bool MaySoundLikeATown(Token token)
    {
        string first = token.Norm;
        return !(first.StartsWith("ال", StringComparison.Ordinal) || GazetteerKeys.CountLetters(first) < 4 || first.EndsWith("يه", StringComparison.Ordinal)
                 || _lexicon.IsCommonWord(first) || _lexicon.GivenNames.Contains(first) || GeoLexicon.Cues.ContainsKey(first) || GeoLexicon.Relations.ContainsKey(first)
                 || _gazetteer.ContainsKey(first) || token.Form.Analysis?.Enclitic is not null);
    }

    // An unknown name kept only if SoundedPlaces finds the town it sounds like.
    private static Candidate TownBySoundOnly(int i, string key)
    {
        var m = CandidatePool.Rent(i, i, key, "");
        m.Unknown = true;
        m.Accepted = true;
        m.MaySoundForeign = true;
        m.OnlyBySound = true;
        return m;
    }

    /// <summary>
    /// "بعد هجوم سوروج الانتحاري", "تفجير سروج": a bare word the gazetteer lacks, right after an attack's noun, may be
    /// the town the attack is named for, written by its sound (SoundedPlaces) — kept only if it is one.
    /// </summary>
    private Candidate? UnknownAfterAnAttack(List<Token> tokens, int sentenceStart, int i, int end)
    {
        // (asked of nearly every token: the attack noun before it first, a byte per written form once it is known)
        if (tokens[i].Kind != TokenKind.ArabicWord || i == sentenceStart) return null;
        int p = PreviousWord(tokens, sentenceStart, i);
        if (p < 0 || !IsAttackNoun(tokens[p])) return null;
        if (!MaySoundLikeATown(tokens[i]) || NisbaCountry(tokens[i].Norm) is not null || tokens[i].Form.Analysis is { Proclitics.Count: > 0 }) return null;
        // (the attack named by its town ends there: "هجوم سوروج الانتحاري", "تفجير سروج" at a title's end — not a verb
        // going on, "انفجار أعقبته")
        if (i + 1 < end && !(tokens[i + 1].Kind == TokenKind.Punctuation
                             || tokens[i + 1].Norm is "الانتحاري" or "الارهابي" or "الدامي" or "الاخير" or "الذي" or "يوم")) return null;
        return TownBySoundOnly(i, tokens[i].Norm);
    }

    private bool IsCountryName(string key)
    {
        foreach (int e in _gazetteer.Lookup(key)) if (_gazetteer.Kind(e) == PlaceKind.Country) return true;
        return false;
    }

    /// <summary>
    /// "في محافظة إب", "وإب": a two-letter name the gazetteer keeps as written (<see cref="GazetteerKeys.AsWrittenKey"/>),
    /// read by its spelling, after at most a conjunction and a preposition — "اب" or "أب" is a father. (Tried before the
    /// matching keys: "بإب" is also ب + باب's الباب.)
    /// </summary>
    private Candidate? NameAsWritten(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.ArabicWord || token.Norm.Length > 4) return null;
        // (asked of every short word: an array walked by index, no enumerator)
        var names = _gazetteer.NamesAsWritten;
        for (int n = 0; n < names.Length; n++)
        {
            var (spelling, key, entries) = names[n];
            if (!token.Norm.EndsWith(key, StringComparison.Ordinal)) continue;
            string written = ArabicNormalizer.Segmentation.Normalize(token.Surface);
            if (!written.EndsWith(spelling, StringComparison.Ordinal)) continue;
            string before = written[..^spelling.Length];
            if (before is not ("" or "و" or "ب" or "وب" or "ف" or "فب" or "ل" or "ول")) continue;
            var m = CandidatePool.Rent(i, i, key, before);
            m.Sentence = -1;
            m.Entries = entries;
            return m;
        }
        return null;
    }

    // the spellings of NamesAsWritten with their hamza taken off, worked out once
    private string[]? _bareSpellings;

    /// <summary>
    /// "في محافظة اب", then "سيطرت على ست مديريات في اب": a two-letter name written without its hamza is the place
    /// right after a place's cue, and after that wherever the article names it again (or has named it with its hamza) —
    /// one name, one sense in a text; never a month's date ("آب/أغسطس", "3 اب").
    /// </summary>
    private Candidate? NamedBeforeWithItsHamza(List<Token> tokens, int i, List<Candidate> found)
    {
        var token = tokens[i];
        if (token.Kind != TokenKind.ArabicWord || token.Norm.Length > 4) return null;
        if (i + 1 < tokens.Count && (tokens[i + 1].Surface is "/" or "،/" || tokens[i + 1].Kind == TokenKind.Number)) return null;
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Number) return null;
        string norm = token.Norm;
        var names = _gazetteer.NamesAsWritten;
        var bareSpellings = _bareSpellings ??= Array.ConvertAll(names, n => n.Spelling.Replace('أ', 'ا').Replace('إ', 'ا').Replace('آ', 'ا'));
        // (right after a place's cue it is the place at once: "في محافظة اب")
        bool afterCue = i > 0 && GeoLexicon.Cues.ContainsKey(tokens[i - 1].LemmaWithoutArticle);
        for (int n = 0; n < names.Length; n++)
        {
            var (_, key, entries) = names[n];
            string bare = bareSpellings[n];
            // (the name alone or after و — not after ب or ل: "باب المندب" is a gate, "لاب توب" a laptop)
            bool alone = norm == bare;
            if (!alone && !(norm.Length == bare.Length + 1 && norm[0] == 'و' && norm.AsSpan(1).SequenceEqual(bare))) continue;
            string before = alone ? "" : "و";
            bool namedBefore = afterCue;
            foreach (var f in found)
            {
                if (f.Key == key) { namedBefore = true; break; }
                foreach (int e in f.Entries) if (Array.IndexOf(entries, e) >= 0) { namedBefore = true; break; }
                if (namedBefore) break;
            }
            if (!namedBefore) continue;
            var m = CandidatePool.Rent(i, i, key, before);
            m.Sentence = -1;
            m.Entries = entries;
            return m;
        }
        return null;
    }

    /// <summary>
    /// "بين محافظتي لحج وتعز": a short name joined by و right after a place is the list's next place, though a name of
    /// three letters found only after taking a letter off is otherwise too likely part of a word (و+تعز).
    /// </summary>
    private Candidate? ListedAfterPlace(List<Token> tokens, int i, List<Candidate> found)
    {
        // ("باقم، ورازح": a comma may stand before the و of the next)
        if (found.Count == 0 || found[^1] is not { Unknown: false, Entries.Length: > 0 } prev
            || prev.LastToken != i - 1 && !(prev.LastToken == i - 2 && tokens[i - 1].IsComma)) return null;
        string norm = tokens[i].Norm;
        if (tokens[i].Kind != TokenKind.ArabicWord || norm.Length < 3 || norm[0] != 'و' || GazetteerKeys.CountLetters(norm) > 4) return null;
        string key = norm[1..];
        var entries = _gazetteer.Lookup(key).ToArray();
        if (entries.Length == 0 || _lexicon.CueOnly.Contains(key) || _lexicon.Ambiguous.Contains(key)) return null;
        var m = CandidatePool.Rent(i, i, key, "و");
        m.Sentence = -1;
        m.Entries = entries;
        return m;
    }

    /// <summary>The word before token <paramref name="i"/>, skipping quotation marks (مستوطنة "تامير").</summary>
    private bool AdjectiveOfTheNounBefore(List<Token> tokens, Candidate m)
    {
        if (m.FirstToken != m.LastToken || m.FirstToken == 0 || m.Cue is not null || m.Relation is not null) return false;
        var (name, before) = (tokens[m.FirstToken], tokens[m.FirstToken - 1]);
        return name.Norm.StartsWith("ال", StringComparison.Ordinal) && before.Kind == TokenKind.ArabicWord
               && (before.Norm.StartsWith("ال", StringComparison.Ordinal) || before.Norm.StartsWith("وال", StringComparison.Ordinal))
               && InfoAt(tokens, m.FirstToken - 1) is { Cue: null, Relation: null };
    }

    // ("المتحدث باسم طالبان قاري يوسف أحمدي": the bare form of a name written with the article — الأحمدي — right after a
    // given name is a family name, not the town)
    // ("منفذ العملية يكنى بـ"أبو سنان النجدي"": "أبو …" followed by a man's nisba with the article is a nom de guerre,
    // not the village of that name — towns are not "the Najdi")
    private static bool Kunya(List<Token> tokens, Candidate m)
    {
        if (m.Cue is not null || m.Relation is not null || !m.Key.StartsWith("ابو", StringComparison.Ordinal)) return false;
        int next = m.LastToken + 1;
        if (next < tokens.Count && tokens[next].Kind == TokenKind.Punctuation && tokens[next].Norm is "\"" or "'") next++;
        if (next >= tokens.Count || tokens[next].Kind != TokenKind.ArabicWord) return false;
        string n = tokens[next].Norm;
        return n.Length >= 5 && n.StartsWith("ال", StringComparison.Ordinal) && n.EndsWith('ي');
    }

    // ("وقالت مصادر محلية لـ"الرياض" إن …": a name in quotes right after لـ is the paper or channel told, not a town)
    private static bool QuotedAddressee(List<Token> tokens, Candidate m)
    {
        int open = m.FirstToken - 1, close = m.LastToken + 1;
        if (open < 1 || close >= tokens.Count || tokens[open].Kind != TokenKind.Punctuation || tokens[close].Kind != TokenKind.Punctuation
            || m.Stripped.Length != 0) return false;
        // ('في بيان صحافي زودت ال"الرياض" بنسخة منه': the article doubled outside the quotes — not 'قاعدة الـ"تيفور"', a base)
        int before = tokens[open - 1].Norm == "ال" && open >= 2 ? open - 2 : open - 1;
        return tokens[before].Norm is "ل" or "لـ"
               // ("عبر بيان حصلت "الرياض" على نسخة منه", "صحيفة "المدينة"", 'زودت "الرياض" بنسخة': the paper that obtained,
               // printed or was supplied with it)
               || tokens[before].Norm is "حصلت" or "وحصلت" or "علمت" or "وعلمت" or "تلقت" or "اطلعت" or "صحيفه" or "لصحيفه" or "بصحيفه"
                   or "جريده" or "لجريده" or "قناه" or "لقناه" or "زودت" or "وزودت" or "زود"
               // ('مؤكدين في حديثهم مع "الرياض"': the paper talked with)
               || tokens[before].Norm is "مع" && before >= 1 && tokens[before - 1].LemmaWithoutArticle.StartsWith("حديث", StringComparison.Ordinal);
    }

    // ("اعتصم ألف شخص في مدينة اللاذقية ليل السبت", "مساء أمس": a word of the time of day — Lille's name among them —
    // right before a weekday or "أمس" is the time, not a town)
    private static bool TimeOfADay(List<Token> tokens, Candidate m)
    {
        if (m.Words != 1 || m.Cue is not null || m.LastToken + 1 >= tokens.Count || !TimesOfDay.Contains(tokens[m.FirstToken].Norm)) return false;
        string next = tokens[m.LastToken + 1].Norm;
        return Dates.ArabicCalendarWords.Weekdays.ContainsKey(next) || next is "امس" or "الامس" or "البارحه" or "اليوم";
    }

    // ("الضربات قد تدمر الأدلة", "لن تدمر"): a bare word right after a particle that only a verb follows is that verb,
    // not the town it spells (Palmyra)
    private static bool VerbAfterItsParticle(List<Token> tokens, Candidate m) =>
        m.Words == 1 && m.Cue is null && m.Stripped.Length == 0 && m.FirstToken > 0
        && tokens[m.FirstToken - 1].Norm is "قد" or "وقد" or "فقد" or "لقد" or "لن" or "ولن" or "لم" or "ولم" or "سوف" or "وسوف";

    // ("قبل أذان المغرب", "بعد صلاة المغرب", "موعد المغرب"): the sunset prayer and its hour, not Morocco
    private static bool PrayerOfSunset(List<Token> tokens, Candidate m) =>
        m.Words == 1 && m.Cue is null && m.FirstToken > 0 && tokens[m.FirstToken].Norm == "المغرب"
        && tokens[m.FirstToken - 1].NormWithoutWaOrArticle is "اذان" or "صلاه" or "لصلاه" or "بصلاه" or "صلاتي" or "موعد" or "وقت" or "قبيل" or "بعيد" or "عقب" or "افطار";

    // ("قتل عدد من حماة الوطن", "حماة الديار"): "حماة" in construct with a noun it protects is the plural of "حام",
    // guardians — the city is "حماة" alone or with an adjective ("ريف حماة الشمالي", "مطار حماة العسكري")
    private static bool GuardiansOf(List<Token> tokens, Candidate m) =>
        m.Words == 1 && m.Cue is null && m.LastToken + 1 < tokens.Count && tokens[m.FirstToken].Lemma == "حماه"
        && GuardedThings.Contains(tokens[m.LastToken + 1].Norm);

    private static readonly HashSet<string> GuardedThings = new(StringComparer.Ordinal)
    {
        "الوطن", "الديار", "الدين", "العقيده", "الحرمين", "الارض", "الثوره", "الشرعيه", "الحدود", "الاسلام", "الاقصي", "الحمي",
        "البييه", "المستهلك", "الحق", "القانون", "الدستور", "الحريه", "العرين", "الثغور", "الوطنيه",
    };

    // ("مرصد حضرموت لحقوق الإنسان", "معهد واشنطن لدراسات الشرق الأدنى", "منتدى باريس للسلام"): a place between a body's
    // noun and the cause it serves (ل + noun) is part of the body's name, not where anything happened — a centre only
    // with a cause of words ("مركز البحرين لحقوق الإنسان"), since "مركز برزة للبحوث" is a building strikes hit
    private static bool NamesABody(List<Token> tokens, Candidate m)
    {
        if (m.FirstToken == 0 || m.LastToken + 1 >= tokens.Count || m.Cue is not null) return false;
        var (head, cause) = (tokens[m.FirstToken - 1], tokens[m.LastToken + 1]);
        if (!cause.HasProclitic("ل") || !head.IsWord) return false;
        string headNoun = head.NormWithoutWa;
        return BodyNouns.Contains(headNoun) || headNoun == "مركز" && CausesOfWords.Contains(cause.LemmaWithoutArticle);
    }

    private static readonly HashSet<string> BodyNouns = new[]
    {
        "مرصد", "منظمة", "جمعية", "رابطة", "شبكة", "اتحاد", "نقابة", "منتدى", "معهد", "هيئة", "مؤسسة", "ملتقى", "تجمع",
    }.Select(w => ArabicNormalizer.Matching.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> CausesOfWords = new[] { "حقوق", "دراسات", "إعلام", "حريات", "ديمقراطية", "سلام" }
        .Select(w => ArabicNormalizer.Matching.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> TimesOfDay = new(StringComparer.Ordinal)
    {
        "ليل", "ليله", "وليل", "وليله", "صباح", "وصباح", "مساء", "ومساء", "فجر", "وفجر", "ظهر", "وظهر", "عصر", "وعصر", "ضحي", "منتصف",
    };

    // Whether the form, as written, is a name the gazetteer holds ("اللاذقية"), not an adjective of a country.
    private static bool NamesAPlace(FormInfo info)
    {
        foreach (var v in info.Variants) if (v.Exact && v.Stripped.Length == 0) return true;
        return false;
    }

    // ("كبرى مدن أقصى شمال الكاميرون": "the far north of" is no Al-Aqsa; "في منطقة بحيرة تشاد": a lake named after it is
    // no Beheira — Egypt's governorate is "البحيرة"; "مسقط رأسه" a birthplace)
    private static bool FarEndOrLake(List<Token> tokens, Candidate m)
    {
        if (m.Words != 1 || m.LastToken + 1 >= tokens.Count || tokens[m.LastToken + 1].Kind != TokenKind.ArabicWord) return false;
        string next = tokens[m.LastToken + 1].Norm;
        return m.Key == "اقصي" && next is "شمال" or "جنوب" or "شرق" or "غرب" or "الشمال" or "الجنوب" or "الشرق" or "الغرب"
               || m.Key == "بحيره" && !tokens[m.FirstToken].Norm.StartsWith("ال", StringComparison.Ordinal)
               // ("ودفن في مسقط رأسه": the birthplace, "where one's head fell", is no Muscat)
               || m.Key == "مسقط" && tokens[m.LastToken + 1].Lemma.StartsWith("راس", StringComparison.Ordinal);
    }

    // (the given name itself after another or after a title — "قاري يوسف", "محمد علي" — not "المعروفة باسم تيفور", where
    // "باسم" is "named")
    // ("المتحدث باسم المقاومة في عدن علي الأحمدي": a nisba with the article right after a given name is the man's family
    // name, whatever town bears it — not after the preposition على, which normalises like the name علي)
    private bool FamilyName(List<Token> tokens, Candidate m) =>
        BareWord(m) && m.FirstToken > 1
        && !tokens[m.FirstToken].Norm.StartsWith("ال", StringComparison.Ordinal)
        && IsGivenName(tokens[m.FirstToken - 1].Norm)
        && (PersonTitles.Contains(tokens[m.FirstToken - 2].Norm) || IsGivenName(tokens[m.FirstToken - 2].Norm))
        && HasArticleForm(m.Key)
        || BareWord(m) && m.Relation is null && m.FirstToken > 0
           && tokens[m.FirstToken].Norm is { Length: >= 5 } nisba && nisba.StartsWith("ال", StringComparison.Ordinal) && nisba.EndsWith('ي')
           && tokens[m.FirstToken - 1].Surface != "على" && IsGivenName(tokens[m.FirstToken - 1].Norm)
        // ("المتحدث باسم الجيش الكولونيل توكور جوساو": an officer's rank, a given name, then the surname — a town's name
        // too, Gusau — whatever the given name)
        || BareWord(m) && m.Relation is null && m.FirstToken > 1
           && !tokens[m.FirstToken].Norm.StartsWith("ال", StringComparison.Ordinal)
           && OfficerRanks.Contains(tokens[m.FirstToken - 2].Norm) && tokens[m.FirstToken - 1].Kind == TokenKind.ArabicWord
           && tokens[m.FirstToken - 1].Norm is not ("الي" or "علي" or "في" or "من" or "عن" or "مع" or "بين")
        // ("بحسب حاكم المنطقة مدجياوا بكاري": a governor of the region, a given name, then the surname — "بكاري", Cary's
        // Arabic name after ب, whatever the given name)
        || m.Words == 1 && m.Stripped is "" or "ب" && m.Cue is null && m.Relation is null && m.FirstToken > 2
           && RegionGovernors.Contains(tokens[m.FirstToken - 3].Norm) && RegionWords.Contains(tokens[m.FirstToken - 2].Norm)
           && tokens[m.FirstToken - 1].Kind == TokenKind.ArabicWord && !GeoLexicon.Prepositions.Contains(tokens[m.FirstToken - 1].Norm);

    private static readonly HashSet<string> RegionGovernors = new(StringComparer.Ordinal) { "حاكم", "محافظ", "والي", "عمده" };

    private static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal)
    {
        "المنطقه", "الولايه", "الاقليم", "المقاطعه", "المدينه", "البلديه", "المحافظه",
    };

    // One word as written, no clitic taken off and no cue word before it: the shape a man's name takes.
    private static bool BareWord(Candidate m) => m.Words == 1 && m.Stripped.Length == 0 && m.Cue is null;

    private static readonly HashSet<string> OfficerRanks = new(StringComparer.Ordinal)
    {
        // (not "المقدم", "provided" as often as a rank, nor "اللواء", a brigade)
        "الكولونيل", "الجنرال", "اللفتنانت", "الميجور", "الكابتن", "العقيد", "العميد", "الرايد", "النقيب",
    };

    // (per written form, as the recogniser keeps its forms: the lexicon's keys are gazetteer-normalised)
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _givenNames = new(StringComparer.Ordinal);

    private bool IsGivenName(string norm)
    {
        if (_givenNames.TryGetValue(norm, out bool given)) return given;
        given = _lexicon.GivenNames.Contains(GazetteerKeys.Normalize(norm));
        if (_givenNames.Count < 200_000) _givenNames[norm] = given;
        return given;
    }

    // The gazetteer knows the name with the article too ("باب" → "الباب"), looked up without building the string.
    private bool HasArticleForm(string key)
    {
        if (key.Length > 60) return _gazetteer.ContainsKey("ال" + key);
        Span<char> buffer = stackalloc char[key.Length + 2];
        buffer[0] = 'ا';
        buffer[1] = 'ل';
        key.AsSpan().CopyTo(buffer[2..]);
        return _gazetteer.ContainsKey(buffer);
    }

    private static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
    {
        "قاري", "الشيخ", "الحاج", "السيد", "الدكتور", "العميد", "اللواء", "العقيد", "المقدم", "الرايد", "النقيب", "الملا", "ملا", "مولوي", "المولوي",
    };

    private bool FirstNounOfAConstruct(List<Token> tokens, Candidate m)
    {
        // (short names only, which are words too — باب، قصر، عين، باحة; a longer one written bare names its town, "مدينة حمورية
        // التي", and so does any after a town's cue)
        if (m.Words != 1 || m.Stripped.Length > 0 || m.LastToken + 1 >= tokens.Count || GazetteerKeys.CountLetters(m.Key) > 4
            || m.Cue is "town" or "village") return false;
        // ("في مالي السبت": a country's name is none — its article form, Elmalı's, is no reason to doubt it)
        if (IsCountryName(m.Key)) return false;
        var (name, next) = (tokens[m.FirstToken], tokens[m.LastToken + 1]);
        if (name.Norm.StartsWith("ال", StringComparison.Ordinal)) return false;
        return next.Kind == TokenKind.ArabicWord && !next.Norm.StartsWith('و') && !GeoLexicon.Prepositions.Contains(next.Norm)
               && InfoAt(tokens, m.LastToken + 1) is { Cue: null, Relation: null } && HasArticleForm(m.Key);
    }

    private static int PreviousWord(List<Token> tokens, int sentenceStart, int i)
    {
        int p = i - 1;
        while (p >= sentenceStart && tokens[p].Kind == TokenKind.Punctuation && tokens[p].Surface is "\"" or "«" or "“" or "”" or "'" or "»") p--;
        return p >= sentenceStart && tokens[p].IsWord ? p : -1;
    }

    // "بينها", "منها", "من بينها", "أبرزها" at p, with a plural of settlements ("بلدات", "قرى", "مدن") earlier in the
    // sentence and no full stop or clause of its own between
    // (the plural is the nearest before it — "تردي الخدمات الأساسية، من بينها الكهرباء" lists services; bare "منها", so
    // often "from it", only after a comma: "بلدات عدة، منها بنش")
    internal static bool AmongPluralSettlements(List<Token> tokens, int sentenceStart, int p)
    {
        string among = tokens[p].Norm;
        if (among is not ("بينها" or "منها" or "ومنها" or "ابرزها" or "اهمها" or "وبينها")) return false;
        if (among == "منها" && !(p > sentenceStart && tokens[p - 1].IsComma)) return false;
        for (int k = p - 1; k >= Math.Max(sentenceStart, p - 12); k--)
        {
            string norm = tokens[k].Norm;
            if (norm is "بلدات" or "البلدات" or "قري" or "القري" or "مدن" or "المدن" or "مناطق" or "المناطق" or "احياء" or "الاحياء" or "محافظات" or "المحافظات")
                return true;
            if (norm.EndsWith("ات", StringComparison.Ordinal) || tokens[k].Surface is "." or "؛" or ":") return false;
        }
        return false;
    }

    // Does the run of places found last, each right after the one before, start at a dual cue ("بلدتي", "مدينتا",
    // "محافظتي") and hold its two names already?
    private static bool DualListFull(List<Token> tokens, List<Candidate> found)
    {
        int k = found.Count - 1;
        while (k > 0 && found[k - 1].LastToken == found[k].FirstToken - 1) k--;
        if (found.Count - k < 2 || found[k].CueToken is not { } cue) return false;
        string norm = tokens[cue].Norm;
        return norm.EndsWith("تي", StringComparison.Ordinal) || norm.EndsWith("تا", StringComparison.Ordinal);
    }

    private static bool IsPluralCue(string norm) =>
        norm.EndsWith("ات", StringComparison.Ordinal) || norm.EndsWith("تي", StringComparison.Ordinal) || norm.EndsWith("تا", StringComparison.Ordinal) || norm == "مخيما" || norm.EndsWith("قري", StringComparison.Ordinal)
        || norm.EndsWith("مدن", StringComparison.Ordinal) || norm.EndsWith("مناطق", StringComparison.Ordinal) || norm.EndsWith("احياء", StringComparison.Ordinal);

    /// <summary>A nisba adjective of a country (السوري، السورية، اللبناني): the word minus ي/ية names a country.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _nisba = new(StringComparer.Ordinal);
    private int _nisbaCount;

    private bool IsNisba(string key)
    {
        if (_nisba.TryGetValue(key, out bool cached)) return cached;
        bool nisba = ComputeIsNisba(key);
        if (Volatile.Read(ref _nisbaCount) < 100_000 && _nisba.TryAdd(key, nisba)) Interlocked.Increment(ref _nisbaCount);
        return nisba;
    }

    /// <summary>The country a nisba adjective names ("الأردنية" → JO), or null.</summary>
    private string? NisbaCountry(string key) => _gazetteer.CountryOfNisba(key) is >= 0 and var e ? _gazetteer.CountryCode(e) : null;

    // (a country's own name, "السعودية", is no adjective of one)
    private bool ComputeIsNisba(string key)
    {
        foreach (int e in _gazetteer.Lookup(key)) if (_gazetteer.Kind(e) == PlaceKind.Country) return false;
        return NisbaCountry(key) is not null;
    }

    /// <summary>The first word as written, then without و/ف, then without ب/ك/ل (لل → ال).</summary>
    internal static IEnumerable<(string Variant, string Stripped)> FirstWordVariants(string norm, bool latin)
    {
        yield return (norm, "");
        if (latin) yield break;
        string? previous = null;
        foreach (var (v, s) in Strip(norm))
            if (v != norm && v != previous && GazetteerKeys.CountLetters(v) >= 3) { previous = v; yield return (v, s); }

        static IEnumerable<(string, string)> Strip(string w)
        {
            if (w.Length > 3 && GeoLexicon.Conjunctions.Contains(w[0]))
            {
                string rest = w[1..];
                yield return (rest, w[..1]);
                foreach (var (v, s) in Preps(rest)) yield return (v, w[..1] + s);
            }
            foreach (var p in Preps(w)) yield return p;
        }

        static IEnumerable<(string, string)> Preps(string w)
        {
            if (w.Length <= 3 || !GeoLexicon.JoinedPrepositions.Contains(w[0])) yield break;
            if (w[0] == 'ل' && w[1] == 'ل' && w.Length > 4) { yield return ("ال" + w[2..], "ل"); yield break; }
            yield return (w[1..], w[..1]);
        }
    }

    // Directions by span: a two-word direction (الشمالي الشرقي) is looked up without building the string
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DirectionsBySpan =
        new Dictionary<string, string>(GeoLexicon.Directions, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The direction "<paramref name="a"/> <paramref name="b"/>" names, or null.</summary>
    private static string? TwoWordDirection(string a, string b)
    {
        int length = a.Length + 1 + b.Length;
        if (length > 128) return GeoLexicon.Directions.TryGetValue(a + " " + b, out var d) ? d : null;
        Span<char> two = stackalloc char[length];
        a.CopyTo(two);
        two[a.Length] = ' ';
        b.CopyTo(two[(a.Length + 1)..]);
        return DirectionsBySpan.TryGetValue(two, out var direction) ? direction : null;
    }

    private void AddContext(List<Token> tokens, int sentenceStart, int sentenceEnd, Candidate m)
    {
        m.Sentence = sentenceStart;
        if (m.Stripped.Length > 0 && m.Stripped[^1] == 'ب') m.Preposition = true;
        int p = PreviousWord(tokens, sentenceStart, m.FirstToken);
        // cue noun right before (with its own clitics): "في مدينة X", "بمدينة X"
        if (p >= 0)
        {
            if (InfoAt(tokens, p).Cue is { } cue) { m.Cue = cue; m.CueToken = p; }
            // ("بلدات في محيط مدينة درعا، بينها الطيبة والنعيمة": "among them" after a plural of settlements opens a list of them)
            // (not a cue noun itself: "ومن بينها العاصمة بغداد" — the name after it has its own cue)
            else if (!GeoLexicon.Cues.ContainsKey(tokens[m.FirstToken].Norm) && AmongPluralSettlements(tokens, sentenceStart, p))
            { m.Cue = "village"; m.CueToken = p; m.PluralCue = true; }
            // ("قرى ومزارع أوتايا وحوش الصالحية": two plural cues joined by و, the names after them are the list of both)
            else if (p - 1 >= sentenceStart && tokens[p].StartsWithWa && tokens[p].Norm.Length > 3 && (IsPluralCue(tokens[p].Norm[1..]) || tokens[p].Norm[1..] is "مزارع" or "المزارع")
                     && IsPluralCue(tokens[p - 1].Norm) && InfoAt(tokens, p - 1).Cue is { } joined)
            { m.Cue = joined; m.CueToken = p - 1; m.PluralCue = true; }
            // ("جنوب شرق العاصمة اليمنية صنعاء", "في المدينة السورية حلب": a nationality adjective between the cue and the name)
            // (not a place of that ending: "في مدينة اللاذقية ليل السبت" gives no cue to the word after the town)
            else if (p - 1 >= sentenceStart && tokens[p].Norm.StartsWith("ال", StringComparison.Ordinal) && tokens[p].Norm.EndsWith("يه", StringComparison.Ordinal)
                     && InfoAt(tokens, p - 1).Cue is { } cue2 && (NisbaCountry(tokens[p].Norm) is not null || !NamesAPlace(InfoAt(tokens, p))))
            { m.Cue = cue2; m.CueToken = p - 1; m.OfCountry = NisbaCountry(tokens[p].Norm); }
        }
        int q = m.CueToken ?? m.FirstToken;
        // relation: "شمال X", "ريف X", "قرب X", "بالقرب من X", "على بعد 10 كلم من X"
        for (int k = q - 1; k >= Math.Max(sentenceStart, q - 2); k--)
        {
            if (!tokens[k].IsWord) break;
            string norm = tokens[k].Norm;
            if (norm == "من" || norm == "في") { m.Preposition = true; continue; }
            // ("تعز، الواقعة إلى الجنوب من العاصمة صنعاء": the compass noun with the article, then من)
            if (k + 1 < q && tokens[k + 1].Norm == "من" && DefiniteCompass.TryGetValue(norm, out var compass))
            {
                m.Relation = compass;
                break;
            }
            if (InfoAt(tokens, k).Relation is { } rel && rel != "distance from")
            {
                // ("أجدابيا (840 كلم شرق طرابلس)": a compass word after a distance measures from the place, as "من" does;
                // so does a compound one, "510 كم شمال غرب بغداد")
                int unit = k - 1 >= sentenceStart && tokens[k - 1].Norm is "شمال" or "جنوب" ? k - 2 : k - 1;
                m.Relation = unit >= sentenceStart && DistanceUnit(tokens[unit].Norm) ? "distance from" : rel;
                m.Preposition = true;
                // "قرب حدود الجزائر": a border is a country's, not its capital's
                if (norm is "حدود" or "الحدود" or "لحدود" or "بحدود") m.Cue ??= "country";
            }
            if (m.Relation is not null) break;
            if (GeoLexicon.Prepositions.Contains(norm)) m.Preposition = true;
            break;
        }
        if (m.Cue == "countryside") m.Relation ??= "countryside of";
        if (m.CueToken is { } ct && IsPluralCue(tokens[ct].Norm)) m.PluralCue = true;
        // "على بعد 10 كلم من X"
        if (m.Relation is null && q - 1 >= sentenceStart && tokens[q - 1].Norm is "من" or "عن")
        {
            for (int k = q - 2; k >= Math.Max(sentenceStart, q - 4); k--)
                if (DistanceUnit(tokens[k].Norm) && !(k + 1 < q && SquareWord(tokens[k + 1].Norm))) { m.Relation = "distance from"; break; }
            // "قرية دوما القريبة من نابلس", "بلدة قريبة من الحدود": a town named to say what another is near
            if (m.Relation is null && q - 2 >= sentenceStart && tokens[q - 2].Norm is "القريبه" or "القريب" or "قريبه" or "قريب" or "قريبا" or "القريبين")
                m.Relation = "near";
        }
        // "ريف حلب الشمالي"
        int after = m.LastToken + 1;
        if (after < sentenceEnd && tokens[after].IsWord)
        {
            string next = tokens[after].Norm;
            if (after + 1 < sentenceEnd && TwoWordDirection(next, tokens[after + 1].Norm) is { } d2) { m.Direction = d2; m.DirectionEnd = after + 1; }
            else if (GeoLexicon.Directions.TryGetValue(next, out var d)) { m.Direction = d; m.DirectionEnd = after; }
            if (m.Direction is not null && m.Cue is null && m.Relation is null) { m.Direction = null; m.DirectionEnd = null; }
        }
        if (m.FirstToken - 1 >= sentenceStart && GeoLexicon.Prepositions.Contains(tokens[m.FirstToken - 1].Norm)) m.Preposition = true;
        // "غارات إسرائيلية على غزة", "هجوم على عدن": a large city of the region after على is the place aimed at (على is
        // no preposition of place for other names: "على الطبقة السياسية", "على الباب")
        if (m.FirstToken - 1 >= sentenceStart && tokens[m.FirstToken - 1].Norm == "علي" && LargeCity(m.Key)) m.Preposition = true;
        if (m.CueToken is { } c && c - 1 >= sentenceStart && GeoLexicon.Prepositions.Contains(tokens[c - 1].Norm)) m.Preposition = true;
    }

    // A unit of distance: "على بعد 10 كلم من X", "840 كلم شرق X".
    // ("استعادة 850 كيلومترا مربعا من منطقة عفرين": an area measured, not a distance from the place)
    private static bool SquareWord(string norm) => norm is "مربعا" or "مربع" or "مربعه";

    private static bool DistanceUnit(string norm) =>
        norm is "كلم" or "كم" or "كيلومتر" or "كيلومترا" or "كيلومترات" or "كيلو" or "كيلومتري" or "ميل" or "ميلا" or "اميال" or "امتار" or "مترا" or "متر";

    /// <summary>A recognised name before and after resolution.</summary>
    /// <remarks>
    /// A candidate lives only while its document is processed, so the recogniser takes them from a per-thread
    /// <see cref="CandidatePool"/> (see <see cref="Reset"/>) instead of making new ones for every document.
    /// </remarks>
    internal sealed class Candidate
    {
        public Candidate(int firstToken, int lastToken, string key, string stripped) => Reset(firstToken, lastToken, key, stripped);

        /// <summary>Makes this a fresh candidate: every property as a new one would have it.</summary>
        public void Reset(int firstToken, int lastToken, string key, string stripped)
        {
            FirstToken = firstToken;
            LastToken = lastToken;
            Key = key;
            Stripped = stripped;
            Entries = [];
            Sentence = 0;
            NeedsContext = NeedsCue = Unknown = PluralCue = Fallback = Preposition = Accepted = Suspicious = MaySoundForeign = OnlyBySound = false;
            Cue = Relation = Direction = OfCountry = null;
            CueToken = DirectionEnd = null;
            Chosen = -1;
            Confidence = 0;
            Reading = null;
            _countries = null;
        }

        public int FirstToken { get; private set; }
        public int LastToken { get; private set; }
        public string Key { get; private set; } = "";
        public string Stripped { get; private set; } = "";
        public int Words => LastToken - FirstToken + 1;
        public int[] Entries { get; set; } = [];
        public int Sentence { get; set; }
        public bool NeedsContext { get; set; }
        public bool NeedsCue { get; set; }
        /// <summary>A name after a cue noun that the gazetteer lacks; placed at its context's nearest place.</summary>
        public bool Unknown { get; set; }
        /// <summary>An unknown name after a town's or village's cue that may be a foreign town written by its sound (SoundedPlaces).</summary>
        public bool MaySoundForeign { get; set; }
        /// <summary>An unknown name kept only if it sounds like a town of the country named right after it (UnknownBeforeItsCountry).</summary>
        public bool OnlyBySound { get; set; }
        public bool PluralCue { get; set; }
        /// <summary>Set when the place is the context's place, not the named one (geo_precision 2).</summary>
        public bool Fallback { get; set; }
        public bool Preposition { get; set; }
        public string? Cue { get; set; }
        /// <summary>The country a nationality adjective before the name gives it ("العاصمة الأردنية عمان" → JO).</summary>
        public string? OfCountry { get; set; }
        public int? CueToken { get; set; }
        public string? Relation { get; set; }
        public string? Direction { get; set; }
        public int? DirectionEnd { get; set; }
        public bool Accepted { get; set; }
        public bool HasContext => Cue is not null || Preposition || Relation is not null;
        public int Chosen { get; set; }
        public double Confidence { get; set; }

        /// <summary>The verdict the candidate was made from (its entries and their countries are shared by every candidate of that reading).</summary>
        public Verdict? Reading { get; set; }

        /// <summary>Set by the resolver's fallback: a place read in a country nothing else in the document points to.</summary>
        public bool Suspicious { get; set; }

        private string[]? _countries;

        /// <summary>The distinct country codes of <see cref="Entries"/> (the verdict's while the entries are the verdict's).</summary>
        public string[] CountryCodes(Gazetteer g) =>
            Reading is not null && ReferenceEquals(Reading.Entries, Entries) ? Reading.Countries(g) : _countries ??= DistinctCountries(Entries, g);

        internal static string[] DistinctCountries(int[] entries, Gazetteer g)
        {
            var list = new List<string>(Math.Min(entries.Length, 4));
            foreach (int e in entries)
            {
                string cc = g.CountryCode(e);
                if (!list.Contains(cc)) list.Add(cc);
            }
            return list.ToArray();
        }

        /// <summary>True when the two lists of country codes share one (a few codes each: compared pairwise).</summary>
        public static bool Overlap(string[] a, string[] b)
        {
            foreach (var x in a)
                foreach (var y in b)
                    if (string.Equals(x, y, StringComparison.Ordinal)) return true;
            return false;
        }

        public PlaceMention ToMention(Document doc, Gazetteer g)
        {
            var tokens = doc.Tokens;
            var first = tokens[FirstToken];
            int start = first.Span.Start + SurfaceOffset(first.Surface, Stripped.Length);
            int end = tokens[LastToken].Span.End;
            var span = new TextSpan(start, end);
            Place? place = null;
            int precision = 1;
            string? relation = Relation;
            if (Direction is not null) relation = relation is null ? Direction : $"{relation} ({Direction})";
            if (Chosen >= 0)
            {
                place = g.GetPlace(Chosen);
                precision = Fallback ? Math.Max(2, PrecisionOf(g, Chosen, relation)) : PrecisionOf(g, Chosen, relation);
                if (Fallback) relation ??= "in the area of";
                // (a country's quarter, "شمال العراق": only the region is known, placed at its seat)
                if (relation is null && g.FeatureCode(Chosen) == "RGN" && NamesAQuarter(Key)) precision = 3;
            }
            // ("في عاصمة تشاد", "عاصمة اليمن": the capital of a country named is its capital city)
            int firstToken = FirstToken;
            if (place is { FeatureCode: "PCLI" or "PCLD" or "PCLF" or "PCLS" or "PCL" } country && FirstToken > 0 && tokens[FirstToken - 1].NormWithoutWa == "عاصمه"
                && g.CapitalOf(country.CountryCode) is { } capital)
            {
                (place, precision, firstToken) = (capital, 1, FirstToken - 1);
                span = new TextSpan(tokens[firstToken].Span.Start, end);
            }
            return new PlaceMention(span, doc.Slice(span), firstToken, LastToken, place, precision, relation, Math.Round(Confidence, 3));
        }

        // "شمال العراق", "الشمال السوري", "وسط سوريا": a name that opens with a compass word (places-extra.tsv's quarters).
        private static bool NamesAQuarter(string key)
        {
            int space = key.IndexOf(' ');
            string first = space > 0 ? key[..space] : key;
            if (first.StartsWith("ال", StringComparison.Ordinal)) first = first[2..];
            return first == "وسط" || GeoLexicon.Relations.TryGetValue(first, out var r) && r is "north of" or "south of" or "east of" or "west of";
        }

        private static int PrecisionOf(Gazetteer g, int i, string? relation)
        {
            var kind = g.Kind(i);
            if (kind is PlaceKind.Country or PlaceKind.Admin1) return 3;
            string fclass = g.FeatureClass(i), fcode = g.FeatureCode(i);
            if (fcode.StartsWith("ADM", StringComparison.Ordinal) && fcode != "ADM1" || fclass is "L" or "T" or "H" && fcode is not ("AIRP" or "AIRB" or "PSTB"))
                return relation is null && fcode.StartsWith("ADM", StringComparison.Ordinal) ? 3 : 2;
            if (fclass == "A") return 3;
            return relation is null ? 1 : 2;
        }

        /// <summary>Offset in the surface after <paramref name="letters"/> base letters (harakat and tatweel skipped).</summary>
        private static int SurfaceOffset(string surface, int letters)
        {
            int i = 0;
            while (letters > 0 && i < surface.Length)
            {
                if (ArabicNormalizer.Matching.Map(surface[i]).Length > 0) letters--;
                i++;
            }
            while (i < surface.Length && ArabicNormalizer.Matching.Map(surface[i]).Length == 0) i++;
            return i;
        }
    }
}
