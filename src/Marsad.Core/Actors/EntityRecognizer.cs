using Marsad.Core.Text;

namespace Marsad.Core.Actors;

/// <summary>
/// Fills <see cref="Document.Entities"/> with persons and organisations beyond the actor catalog, from cues:
/// <list type="bullet">
/// <item>claim sources of <see cref="SourceCatalog"/> (المرصد السوري لحقوق الإنسان → Syrian Observatory for Human
/// Rights) as organisations with their canonical name;</item>
/// <item>persons after a title or role (الرئيس السوري بشار الأسد، وزير الدفاع الإسرائيلي، العميد …) keeping the role
/// and the affiliation: a nationality (الرئيس التركي → Turkey), an actor or source after it (زعيم تنظيم داعش →
/// Islamic State), or whatever follows باسم (المتحدث باسم التحالف → spokesman, the Coalition); a title with no name
/// after it is still reported (rule "title-only"), since claims are attributed to it;</item>
/// <item>persons starting with a known given name (data/lexicons/given-names.txt);</item>
/// <item>organisations after an organisation noun (منظمة، حركة، جماعة، تنظيم، حزب، لواء، كتائب، فصيل، جبهة، هيئة، مجلس،
/// وكالة، المرصد …) followed by up to four name words.</item>
/// </list>
/// Run after <see cref="ActorRecognizer"/>: catalog actors are not repeated as organisations, but they lend their
/// names as affiliations.
/// </summary>
public sealed class EntityRecognizer : IDocumentStage
{
    private sealed record Title(string Role, bool TakesBism, bool Definite);

    private readonly PhraseMatcher<Title> _titles = new();
    private readonly PhraseMatcher<string> _orgNouns = new();
    private readonly HashSet<string> _givenNames;
    private readonly ActorCatalog _catalog;
    private readonly SourceCatalog _sources;
    private readonly ArabicLexicon _common;
    private readonly NameGazetteer? _learnt;

    public EntityRecognizer(ActorCatalog catalog, SourceCatalog sources, IEnumerable<string>? givenNames = null, NameGazetteer? learnt = null)
    {
        _catalog = catalog;
        _sources = sources;
        _learnt = learnt;
        _givenNames = (givenNames ?? LoadGivenNames()).Select(n => ArabicNormalizer.Matching.Normalize(n)).ToHashSet(StringComparer.Ordinal);
        if (learnt is not null) _givenNames.UnionWith(learnt.GivenNames);
        _common = TextPipeline.LoadDefaultLexicon();
        _common.AddRange(OrgNouns);
        foreach (var (ar, _) in TitleList) _common.AddWordsOf([ar]);
        foreach (var (ar, role) in TitleList) _titles.Add(ar, new Title(role, ar.EndsWith("باسم", StringComparison.Ordinal), ar.StartsWith("ال", StringComparison.Ordinal)));
        foreach (var noun in OrgNouns) _orgNouns.Add(noun, noun);
    }

    /// <summary>With the shipped catalogs and, when the user has built one, the learnt names in the cache.</summary>
    public static EntityRecognizer CreateDefault() => new(ActorCatalog.Default, SourceCatalog.Default, learnt: NameGazetteer.LoadDefault());

    public static IEnumerable<string> LoadGivenNames()
    {
        string path = MarsadData.Path("lexicons", "given-names.txt");
        if (!File.Exists(path)) return Array.Empty<string>();
        return File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#');
    }

    /// <summary>
    /// The roles of <see cref="TitleList"/> that speak for a government or state rather than report from the field
    /// (spokesmen, commanders and officials are not among them): the extractor takes their undated words about attacks
    /// as a case made, not a report.
    /// </summary>
    public static readonly IReadOnlySet<string> PoliticalRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        "president", "prime minister", "speaker", "vice president", "minister", "defence minister", "foreign minister",
        "interior minister", "king", "monarch", "crown prince", "sultan", "prince", "emir", "ambassador", "envoy",
        "UN envoy", "special envoy", "secretary-general", "MP", "supreme leader",
    };

    private static readonly (string Ar, string Role)[] TitleList =
    {
        ("الرئيس", "president"), ("رئيس", "president"), ("رئيس الوزراء", "prime minister"), ("رئيس الحكومة", "prime minister"),
        ("رئيس الجمهورية", "president"), ("رئيس البرلمان", "speaker"), ("رئيس مجلس النواب", "speaker"), ("رئيس الأركان", "chief of staff"),
        ("نائب الرئيس", "vice president"), ("وزير", "minister"), ("الوزير", "minister"), ("وزير الدفاع", "defence minister"),
        ("وزير الخارجية", "foreign minister"), ("وزير الداخلية", "interior minister"), ("وزيرة", "minister"), ("وزيرة الخارجية", "foreign minister"),
        ("الناطق باسم", "spokesman"), ("المتحدث باسم", "spokesman"), ("المتحدث الرسمي باسم", "spokesman"), ("الناطق الرسمي باسم", "spokesman"),
        ("المتحدثة باسم", "spokeswoman"), ("الناطقة باسم", "spokeswoman"), ("متحدث باسم", "spokesman"), ("ناطق باسم", "spokesman"),
        ("المتحدث العسكري باسم", "military spokesman"), ("المتحدث", "spokesman"), ("الناطق", "spokesman"), ("المتحدث العسكري", "military spokesman"),
        ("قائد", "commander"), ("القائد", "commander"), ("قائد قوات", "commander"), ("القائد العام", "commander-in-chief"),
        ("زعيم", "leader"), ("الزعيم", "leader"), ("القيادي", "leader"), ("القيادي في", "leader"), ("أمير", "emir"), ("الأمير", "prince"),
        ("الشيخ", "sheikh"), ("شيخ", "sheikh"), ("الإمام", "imam"), ("آية الله", "ayatollah"), ("المرشد", "supreme leader"), ("المرشد الأعلى", "supreme leader"),
        ("العميد", "brigadier"), ("اللواء", "major general"), ("العقيد", "colonel"), ("المقدم", "lieutenant colonel"), ("الرائد", "major"),
        ("النقيب", "captain"), ("الملازم", "lieutenant"), ("الفريق", "lieutenant general"), ("الفريق أول", "general"), ("المشير", "field marshal"),
        ("الجنرال", "general"), ("الملك", "king"), ("العاهل", "monarch"), ("ولي العهد", "crown prince"), ("السلطان", "sultan"),
        ("السفير", "ambassador"), ("المبعوث", "envoy"), ("المبعوث الأممي", "UN envoy"), ("المبعوث الخاص", "special envoy"),
        ("الأمين العام", "secretary-general"), ("مدير", "director"), ("المدير", "director"), ("محافظ", "governor"), ("المحافظ", "governor"),
        ("النائب", "MP"), ("المستشار", "adviser"), ("مستشار", "adviser"), ("المسؤول", "official"), ("مسؤول", "official"), ("المسؤولة", "official"),
        ("السيد", "mr"), ("السيدة", "mrs"), ("الدكتور", "doctor"), ("الدكتورة", "doctor"), ("الكاتب", "writer"), ("الصحفي", "journalist"), ("الصحافي", "journalist"), ("الصحفية", "journalist"), ("الإعلامي", "journalist"), ("الإعلامية", "journalist"), ("المدون", "blogger"),
        ("المدرب", "coach"), ("اللاعب", "player"), ("الفنان", "artist"), ("المطرب", "singer"), ("الممثل", "actor"), ("القاضي", "judge"),
        ("عضو", "member"), ("رئيس بلدية", "mayor"), ("عمدة", "mayor"), ("الناشط", "activist"), ("الناشطة", "activist"), ("مراسل", "correspondent"),
    };

    private static readonly string[] OrgNouns =
    {
        "منظمة", "حركة", "جماعة", "تنظيم", "حزب", "لواء", "ألوية", "كتائب", "كتيبة", "فصيل", "جبهة", "هيئة", "مجلس", "وكالة", "المرصد",
        "شركة", "جامعة", "اتحاد", "جمعية", "مؤسسة", "بنك", "مصرف", "صحيفة", "جريدة", "قناة", "إذاعة", "وزارة", "لجنة", "نادي", "منتدى",
        "مركز", "معهد", "تحالف", "تجمع", "ائتلاف", "رابطة", "نقابة", "اللجنة", "المجلس", "الهيئة", "الجبهة", "الحركة", "المنظمة",
        "الاتحاد", "المؤسسة", "الشركة", "الجامعة", "الوكالة", "الوزارة", "البنك", "الصحيفة", "القناة", "فيلق", "سرايا", "مكتب",
    };

    // Verbs that introduce a speaker: وقال اردوغان، وأوضح فارس.
    private static readonly HashSet<string> ReportingVerbs = new[]
    {
        "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "أوضح", "أوضحت", "ذكر", "ذكرت", "أعلن", "أعلنت", "صرح", "صرحت", "أشار", "أشارت",
        "رأى", "اعتبر", "اعتبرت", "طالب", "طالبت", "دعا", "دعت", "أفاد", "أفادت", "نفى", "نفت", "كشف", "كشفت", "يقول", "تقول", "أبلغ", "أبلغت",
        "التقى", "التقت", "استقبل", "استقبلت", "اتهم", "اتهمت", "فاز", "فازت", "هزم", "سجل", "وصف", "وصفت", "حذر", "حذرت", "بحث", "زار", "زارت",
    }.Select(w => ArabicNormalizer.Matching.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    // Words that end a name: function words, common verbs and nouns that follow names in news prose.
    private static readonly HashSet<string> Stop = new HashSet<string>(new[]
    {
        "في", "من", "على", "إلى", "الى", "عن", "أن", "إن", "ان", "أنه", "إنه", "انه", "قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "الذي", "التي",
        "الذين", "خلال", "بعد", "قبل", "مع", "و", "أو", "ثم", "لا", "لم", "لن", "قد", "كان", "كانت", "هو", "هي", "هذا", "هذه", "ذلك", "تلك", "عند",
        "حيث", "حول", "ضد", "بين", "منذ", "حتى", "أمس", "اليوم", "يوم", "أمام", "لدى", "عبر", "وفق", "وفقا", "إثر", "اثر", "بعدما", "كما", "بأن",
        "فى", "ما", "لقد", "أيضا", "ايضا", "إلا", "الا", "بل", "غير", "كل", "بعض", "نحو", "دون", "فيما", "بينما", "لكن", "ولكن", "يقول", "تقول",
        "أشار", "أضاف", "أوضح", "ذكر", "ذكرت", "صرح", "دعا", "طالب", "التقى", "استقبل", "بحث", "وصل", "زار", "قام", "يرى", "رأى", "إنها", "أنها",
        "عام", "العام", "الأسبوع", "الشهر", "الماضي", "المقبل", "الحالي", "السابق", "الجديد", "الأول", "الثاني", "الثالث", "الذى",
    }.Select(w => ArabicNormalizer.Matching.Normalize(w)), StringComparer.Ordinal);

    // per-thread work arrays (see Scratch)
    [ThreadStatic] private static bool[]? _taken;
    [ThreadStatic] private static ActorMention?[]? _actorAt;
    [ThreadStatic] private static byte[]? _may;

    // What a token may start, read once per token (Scan) so that each pass below skips the others by one byte.
    private const byte StartsPhrase = 1, GivenName = 2, Reporting = 4, Definite = 8;

    /// <summary>
    /// Per token: does it start some phrase of some matcher, is it a given name, a reporting verb, a word with the
    /// article? Each pass tests the token only when its own condition can hold, exactly as before, but reads the
    /// token, its form and its keys only then.
    /// </summary>
    private byte[] Scan(List<Token> tokens, bool[] startsPhrase)
    {
        var may = Scratch.Rent(ref _may, tokens.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord) continue;
            byte m = 0;
            if (startsPhrase[i]) m |= StartsPhrase;
            byte facts = Facts(t);
            if ((facts & FactGiven) != 0) m |= GivenName;
            if ((facts & FactReporting) != 0) m |= Reporting;
            if ((facts & FactArticle) != 0) m |= Definite;   // the matching form starts with ال
            may[i] = m;
        }
        return may;
    }

    public void Process(Document document)
    {
        var tokens = document.Tokens;
        var taken = Scratch.Rent(ref _taken, tokens.Count);
        var list = new List<EntityMention>();
        var actorAt = Scratch.Rent(ref _actorAt, tokens.Count);
        var keys = document.TokenFormKeys(out var startsPhrase);
        var may = Scan(tokens, startsPhrase);
        foreach (var a in document.Actors)
            for (int k = a.FirstToken; k <= a.LastToken && k < tokens.Count; k++) actorAt[k] = a;

        // 1. claim sources
        foreach (var m in _sources.Matcher.FindAll(tokens, keys, startsPhrase: startsPhrase))
        {
            var span = Span(document, m.First, m.Last);
            list.Add(new EntityMention(span, EntityType.Organization, document.Slice(span), m.First, m.Last) { Canonical = m.Values[0].Name, Rule = "source", Role = m.Values[0].Kind });
            for (int k = m.First; k <= m.Last; k++) taken[k] = true;
        }

        // 2. persons after titles
        for (int i = 0; i < tokens.Count; i++)
        {
            if ((may[i] & StartsPhrase) == 0) continue;   // a word that starts no phrase starts no title
            if (taken[i] || !tokens[i].IsWord) continue;
            var t = _titles.LongestAt(tokens, keys, i);
            if (t is not { } title) continue;
            // The matcher ignores the article; a title does not: أمام ("in front of") is not الإمام.
            bool definite = IsDefinite(tokens[i]);
            Title? info = null;
            foreach (var v in title.Values) if (v.Definite == definite) { info = v; break; }
            if (info is null) continue;
            int j = title.Last + 1;
            string? affiliation = null;
            int affEnd = title.Last;
            (j, affiliation, affEnd) = ReadAffiliation(document, actorAt, j, info.TakesBism, affEnd);
            // المتحدث باسم التحالف العقيد تركي المالكي: a rank between affiliation and name.
            if (affiliation is not null && j < tokens.Count && _titles.LongestAt(tokens, keys, j) is { } rank) j = rank.Last + 1;
            int nameEnd = ReadName(tokens, j, requireGiven: false);
            // ("للصحفي السعودي، جمال خاشقجي، الذي": a name set off by commas after its title, a known given name first)
            if (nameEnd < j && j + 1 < tokens.Count && tokens[j].IsComma && ReadName(tokens, j + 1, requireGiven: true) is var set && set > j
                && (set + 1 >= tokens.Count || tokens[set + 1].Surface is "،" or "," or "."))
                (j, nameEnd) = (j + 1, set);
            if (nameEnd < j && affiliation is null && !info.TakesBism) continue;
            if (nameEnd < j && (info.Role is "mr" or "mrs" or "doctor" or "member" or "official" or "director" or "minister" or "president")) { if (affiliation is null) continue; }
            int last = nameEnd >= j ? nameEnd : affEnd;
            var span = Span(document, i, last);
            string rule = nameEnd >= j ? "title" : "title-only";
            var e = new EntityMention(span, EntityType.Person, document.Slice(span), i, last, info.Role, affiliation) { Rule = rule };
            if (nameEnd >= j)
            {
                var nameSpan = Span(document, j, nameEnd);
                e = e with { Canonical = document.Slice(nameSpan), NameSpan = nameSpan };
            }
            list.Add(e);
            for (int k = i; k <= last; k++) taken[k] = true;
            i = last;
        }

        // 2b. names learnt from an annotated corpus (the user's cache), longest first
        if (_learnt is not null)
            for (int i = 0; i < tokens.Count; i++)
            {
                if (taken[i] || actorAt[i] is not null || !tokens[i].IsWord) continue;
                if (_learnt.Names.LongestAt(tokens, keys, i) is not { } m) continue;
                bool free = true;
                for (int k = m.First; k <= m.Last && free; k++) free = !taken[k] && actorAt[k] is null;
                if (!free) continue;
                var span = Span(document, m.First, m.Last);
                var type = m.Values[0] switch { "PERS" => EntityType.Person, "ORG" => EntityType.Organization, _ => EntityType.Location };
                int end = m.Last;
                // A learnt given or first name may go on with a family name: extend like a title-less name.
                if (type == EntityType.Person && m.Count == 1)
                {
                    int more = ReadName(tokens, m.First, requireGiven: false);
                    if (more > end) { end = more; span = Span(document, m.First, end); }
                }
                list.Add(new EntityMention(span, type, document.Slice(span), m.First, end)
                {
                    Rule = "learnt", Canonical = document.Slice(span), NameSpan = type == EntityType.Person ? span : null,
                });
                for (int k = m.First; k <= end; k++) taken[k] = true;
                i = end;
            }

        // 3. persons from given names
        for (int i = 0; i < tokens.Count; i++)
        {
            if ((may[i] & GivenName) == 0) continue;
            if (taken[i] || actorAt[i] is not null || !tokens[i].IsWord) continue;
            if (!IsGivenName(tokens[i]) || tokens[i].HasPrepositionClitic) continue;
            int end = ReadName(tokens, i, requireGiven: true);
            if (end < i) continue;
            var span = Span(document, i, end);
            list.Add(new EntityMention(span, EntityType.Person, document.Slice(span), i, end) { Rule = "given-name", Canonical = document.Slice(span), NameSpan = span });
            for (int k = i; k <= end; k++) taken[k] = true;
            i = end;
        }

        // 3b. unknown words after a reporting verb (وقال اردوغان في) or a nationality (الروسي نيكولاي دافيدنكو)
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            // a cue is a reporting verb, or a word with the article that starts a phrase (a nationality)
            if ((may[i] & Reporting) == 0 && (may[i] & (Definite | StartsPhrase)) != (Definite | StartsPhrase)) continue;
            if (taken[i + 1] || actorAt[i + 1] is not null || !tokens[i].IsWord) continue;
            bool cue = (Facts(tokens[i]) & FactReporting) != 0;
            if (!cue && actorAt[i] is null && tokens[i].Norm.StartsWith("ال", StringComparison.Ordinal)
                && _catalog.AdjectiveMatcher.LongestAt(tokens, keys, i) is { Count: 1 }) cue = true;
            if (!cue) continue;
            int j = i + 1, end = i;
            for (int k = j; k < tokens.Count && k - j < 3; k++)
            {
                var w = tokens[k];
                if (w.Kind != TokenKind.ArabicWord || taken[k] || actorAt[k] is not null || IsStop(w) || w.HasPrepositionClitic
                    || (k > j && (HasConjunction(w) || StartsWithWaw(w))) || w.Norm.StartsWith("ال", StringComparison.Ordinal) || w.Norm.Length < 3) break;
                if (IsCommonWord(w) && !IsGivenName(w)) break;
                if (_catalog.CountryMatcher.LongestAt(tokens, keys, k) is not null || _catalog.AdjectiveMatcher.LongestAt(tokens, keys, k) is not null) break;
                end = k;
            }
            if (end < j) continue;
            var span = Span(document, j, end);
            list.Add(new EntityMention(span, EntityType.Person, document.Slice(span), j, end) { Rule = "cue", Canonical = document.Slice(span), NameSpan = span });
            for (int k = j; k <= end; k++) taken[k] = true;
            i = end;
        }

        // 4. organisations after organisation nouns
        for (int i = 0; i < tokens.Count; i++)
        {
            if ((may[i] & StartsPhrase) == 0) continue;   // a word that starts no phrase starts no organisation noun
            if (taken[i] || actorAt[i] is not null || !tokens[i].IsWord) continue;
            var n = _orgNouns.LongestAt(tokens, keys, i);
            if (n is not { } noun) continue;
            int j = noun.Last + 1, end = noun.Last;
            bool definiteCue = tokens[i].Norm.StartsWith("ال", StringComparison.Ordinal);
            // "التنظيم المتشدد" is an anaphor, not a name: a definite cue needs a nationality (المجلس الوطني السوري) or a
            // catalog/sources name after it.
            if (definiteCue && j < tokens.Count && _catalog.AdjectiveMatcher.LongestAt(tokens, keys, j) is null
                && _catalog.CountryMatcher.LongestAt(tokens, keys, j) is null) continue;
            // "منظمة إرهابية", "حركة يدوي": an indefinite common word right after the cue is an adjective, not a name.
            if (j < tokens.Count && !tokens[j].Norm.StartsWith("ال", StringComparison.Ordinal) && IsCommonWord(tokens[j])
                && !_catalog.CountryMatcher.ContainsPhrase(tokens[j].Norm)) continue;
            bool seenDefinite = false;
            for (int k = j; k < tokens.Count && k - j < 4; k++)
            {
                var w = tokens[k];
                if (!w.IsWord || taken[k] || IsStop(w) || (k > j && HasConjunction(w)) || (k > j && w.HasPrepositionClitic)) break;
                bool definite = w.Norm.StartsWith("ال", StringComparison.Ordinal);
                // Names run indefinite words then definite ones (حركة أحرار الشام، منظمة العفو الدولية); an indefinite
                // word after a definite one starts a new phrase (a verb, usually).
                if (seenDefinite && !definite) break;
                seenDefinite |= definite;
                end = k;
            }
            if (end == noun.Last) continue;
            var span = Span(document, i, end);
            list.Add(new EntityMention(span, EntityType.Organization, document.Slice(span), i, end) { Rule = "org-cue" });
            for (int k = i; k <= end; k++) taken[k] = true;
            i = end;
        }

        list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        document.Entities.AddRange(list);
    }

    private (int Next, string? Affiliation, int AffEnd) ReadAffiliation(Document d, ActorMention?[] actorAt, int j, bool bism, int affEnd)
    {
        var tokens = d.Tokens;
        string? affiliation = null;
        if (j >= tokens.Count) return (j, null, affEnd);
        // "المتحدث باسم" is one title; "باسم" may also stand alone after a role noun.
        if (!bism && tokens[j].Norm == "باسم") { bism = true; j++; }
        if (j < tokens.Count && actorAt[j] is { } actor)
        {
            affiliation = actor.Actor.PlainName;
            affEnd = actor.LastToken;
            j = actor.LastToken + 1;
        }
        else if (j < tokens.Count && _sources.Matcher.LongestAt(tokens, j) is { } src)
        {
            affiliation = src.Values[0].Name;
            affEnd = src.Last;
            j = src.Last + 1;
        }
        else if (j < tokens.Count && _catalog.AdjectiveMatcher.LongestAt(tokens, j) is { } adj)
        {
            affiliation = adj.Values[0].CountryEn;
            affEnd = adj.Last;
            j = adj.Last + 1;
        }
        else if (bism)
        {
            int end = j - 1;
            for (int k = j; k < tokens.Count && k - j < 3; k++)
            {
                if (!tokens[k].IsWord || IsStop(tokens[k])) break;
                end = k;
                // باسم الخارجية التركية: a nationality closes the affiliation.
                if (_catalog.AdjectiveMatcher.LongestAt(tokens, k) is not null && k > j) break;
            }
            if (end >= j)
            {
                affiliation = d.Slice(Span(d, j, end));
                affEnd = end;
                j = end + 1;
            }
        }
        // وزير الدفاع الإسرائيلي: a nationality may follow the affiliation too.
        if (affiliation is not null && j < tokens.Count && _catalog.AdjectiveMatcher.LongestAt(tokens, j) is { } adj2)
        {
            affEnd = adj2.Last;
            j = adj2.Last + 1;
        }
        return (j, affiliation, affEnd);
    }

    // Words inside names that are not names themselves: بن، أبو، آل، عبد …
    private static readonly HashSet<string> NameConnectors = new[] { "بن", "ابن", "بنت", "أبو", "ابو", "أبي", "ابي", "آل", "عبد", "ولد", "أم", "ام", "دي", "فان", "فون", "دو", "ال" }
        .Select(w => ArabicNormalizer.Matching.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Last token of a person name starting at <paramref name="j"/>, or j-1 when there is none. After the first word a
    /// name goes on through given names, connectors (بن، أبو، آل، عبد) and words Marsad's word list does not know
    /// (foreign and family names); a known word ends it (عقد، اجتماعا، يعتبر), except that one definite family name may
    /// follow a given name (بشار الأسد).
    /// </summary>
    private int ReadName(IReadOnlyList<Token> tokens, int j, bool requireGiven)
    {
        if (j >= tokens.Count) return j - 1;
        var first = tokens[j];
        if (first.Kind != TokenKind.ArabicWord || IsStop(first) || HasConjunction(first)) return j - 1;
        bool given = IsGivenName(first);
        if (requireGiven && !given) return j - 1;
        // A first name seldom carries the article; a title followed by a definite word is a phrase, not a name.
        if (!given && first.Norm.StartsWith("ال", StringComparison.Ordinal)) return j - 1;
        if (!given && _catalog.AdjectiveMatcher.LongestAt(tokens, j) is not null) return j - 1;
        if (!given && IsCommonWord(first)) return j - 1;
        int end = j;
        bool afterConnector = false;
        for (int k = j + 1; k < tokens.Count && k - j < 6; k++)
        {
            var w = tokens[k];
            if (w.Kind != TokenKind.ArabicWord || IsStop(w) || HasConjunction(w) || w.HasPrepositionClitic || StartsWithWaw(w)) break;
            bool connector = NameConnectors.Contains(w.Norm);
            bool definite = w.Norm.StartsWith("ال", StringComparison.Ordinal);
            if (!connector && !afterConnector && !IsGivenName(w))
            {
                if (_catalog.AdjectiveMatcher.LongestAt(tokens, k) is not null || _catalog.CountryMatcher.LongestAt(tokens, k) is not null) break;
                // Right after a given name the next word is the family name even when it is also a word (بوتين، عنان، الأسد).
                if (IsCommonWord(w) && !(k == j + 1 && given)) break;
            }
            end = k;
            afterConnector = connector;
            // A family name with the article (الأسد، الجبوري) ends the name.
            if (definite && !connector) break;
        }
        if (afterConnector) end--;
        if (requireGiven && end == j) return j - 1;
        return end;
    }

    private bool IsCommonWord(Token t) => (Common(t) & CommonWord) != 0;

    // Per written form (the lexicon is fixed after construction): IsCommonWord, and whether the surface as
    // segmentation-normalised is in the lexicon (StartsWithWaw). Recomputed if the form's analysis changes.
    private sealed class CommonInfo(WordForm form, SegmentAnalysis? analysis, bool word, bool surface)
    {
        public WordForm Form { get; } = form;
        public SegmentAnalysis? Analysis { get; } = analysis;
        public bool Word { get; } = word;
        public bool Surface { get; } = surface;
    }

    private const int MaxCachedForms = 1_000_000;
    // keyed by surface (what forms are interned by); the entry's form is checked
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CommonInfo> _commonCache = new(StringComparer.Ordinal);
    private int _commonCount;

    private static readonly string[] CommonEndings = { "ا", "ها", "ه", "ات", "ون", "ين", "ة" };

    // Interned forms keep the two answers as bits per form id (no object per form), like Facts.
    private const byte CommonComputed = 1, CommonFinal = 2, CommonWord = 4, CommonSurface = 8;
    private readonly FormBytes _commonBits = new();

    private byte Common(Token t)
    {
        byte b = _commonBits.Get(t.FormId);
        if (b != 0 && ((b & CommonFinal) != 0 || t.Form.Analysis is null)) return b;
        var form = t.Form;
        if (form.Id < 0 && _commonCache.TryGetValue(form.Surface, out var info) && ReferenceEquals(info.Form, form) && ReferenceEquals(info.Analysis, form.Analysis))
            return Bits(info.Word, info.Surface, form.Analysis is not null);
        string n = ArabicNormalizer.Segmentation.Normalize(t.Surface);
        bool surface = _common.Contains(n);
        bool word = ComputeIsCommonWord(t, n, surface);
        b = Bits(word, surface, form.Analysis is not null);
        if (form.Id >= 0) _commonBits.Set(form.Id, b);
        else if (Volatile.Read(ref _commonCount) < MaxCachedForms)
        {
            info = new CommonInfo(form, form.Analysis, word, surface);
            if (_commonCache.TryAdd(form.Surface, info)) Interlocked.Increment(ref _commonCount);
            else _commonCache[form.Surface] = info;
        }
        return b;

        static byte Bits(bool word, bool surface, bool final) =>
            (byte)(CommonComputed | (final ? CommonFinal : 0) | (word ? CommonWord : 0) | (surface ? CommonSurface : 0));
    }

    private bool ComputeIsCommonWord(Token t, string n, bool surface)
    {
        if (surface) return true;
        if (n.Length >= 5 && n.StartsWith("ال", StringComparison.Ordinal) && _common.Contains(n[2..])) return true;
        if (t.Form.Analysis is { } s && s.HasClitics && _common.Contains(s.Stem)) return true;
        // Accusative / feminine / plural endings of common words: اجتماعا، عملها، مسلحين.
        foreach (var ending in CommonEndings)
            if (n.Length - ending.Length >= 3 && n.EndsWith(ending, StringComparison.Ordinal) && _common.Contains(n[..^ending.Length])) return true;
        return false;
    }

    private bool IsGivenName(Token t) => (Facts(t) & FactGiven) != 0;

    private bool ComputeIsGivenName(Token t) => _givenNames.Contains(t.Norm) || (t.Form.Analysis?.Enclitic is null && t.Form.Analysis?.Proclitics.Count > 0 && !t.Form.Analysis.HasArticle && _givenNames.Contains(t.Lemma));

    // Per written form, asked of nearly every token: is it a given name, a reporting verb? Kept as bits per form id
    // (no object per form). An analysis is set once per form (null → set): a value computed with it is final; one
    // computed before it holds only while the form has none.
    private const byte FactComputed = 1, FactFinal = 2, FactGiven = 4, FactReporting = 8, FactArticle = 16;

    private readonly FormBytes _facts = new();

    private byte Facts(Token t)
    {
        byte b = _facts.Get(t.FormId);
        if (b != 0 && ((b & FactFinal) != 0 || t.Form.Analysis is null)) return b;
        var form = t.Form;
        b = FactComputed;
        if (form.Analysis is not null) b |= FactFinal;
        if (ComputeIsGivenName(t)) b |= FactGiven;
        if (ReportingVerbs.Contains(t.Lemma) || ReportingVerbs.Contains(t.Norm)) b |= FactReporting;
        if (t.Norm.StartsWith("ال", StringComparison.Ordinal)) b |= FactArticle;
        if (form.Id >= 0) _facts.Set(form.Id, b);
        return b;
    }

    private static string Key(Token t) => FormKeys.Of(t).K0;

    private static bool IsStop(Token t) => Stop.Contains(t.Norm) || Stop.Contains(t.Lemma);

    private static bool HasConjunction(Token t) => t.Form.Analysis is { } s && s.Proclitics.Count > 0 && s.Proclitics[0] is "و" or "ف" && !t.Norm.StartsWith("وائل", StringComparison.Ordinal) && !t.Norm.StartsWith("وليد", StringComparison.Ordinal) && !t.Norm.StartsWith("وسام", StringComparison.Ordinal);

    // و glued to an unknown word: "وكراغ ميللو" is a second name, not part of the first.
    private bool StartsWithWaw(Token t) => t.Norm.Length > 3 && t.Norm[0] == 'و' && !IsGivenName(t) && (Common(t) & CommonSurface) == 0;

    /// <summary>The word carries the article (الرئيس، للرئيس، والرئيس).</summary>
    private static bool IsDefinite(Token t)
    {
        if (t.Form.Analysis is { HasArticle: true }) return true;
        string n = t.Norm;
        foreach (var p in DefinitePrefixes)
            if (n.Length >= p.Length + 2 && n.StartsWith(p, StringComparison.Ordinal) && n[p.Length] == 'ا' && n[p.Length + 1] == 'ل') return true;
        return n.StartsWith("لل", StringComparison.Ordinal) || n.StartsWith("ولل", StringComparison.Ordinal) || n.StartsWith("فلل", StringComparison.Ordinal);
    }

    private static readonly string[] DefinitePrefixes = { "", "و", "ف", "ب", "ك", "وب", "فب" };

    private static TextSpan Span(Document d, int first, int last) => new(d.Tokens[first].Span.Start, d.Tokens[last].Span.End);
}
