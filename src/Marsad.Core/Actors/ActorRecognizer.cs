using Marsad.Core.Dates;
using Marsad.Core.Text;

namespace Marsad.Core.Actors;

/// <summary>
/// Fills <see cref="Document.Actors"/>. At each token the longest of three readings wins (ties in this order):
/// a catalog alias (clitics stripped, article optional: ولحزب الله، بداعش), a composed state force (force noun, up to
/// two modifiers such as الحكومية / العدو, then a nationality adjective or country name: الجيش الأردني، طيران العدو
/// الإسرائيلي، قوات الأمن العراقية), or a generic catalog row (مسلحون مجهولون → Unidentified Armed Group (X)). A member
/// noun just before an alias (عناصر، مسلحو، مقاتلي …) joins the mention. Country names used as actors (تركيا) are
/// reported with rule "country" unless they follow a preposition or carry ب/ل.
/// Generic actors keep the "(X)" placeholder unless <see cref="DefaultCountry"/> names the document's country; the
/// extractor can resolve them later with <see cref="ResolveGenericCountry"/>.
/// </summary>
public sealed class ActorRecognizer : IDocumentStage
{
    public ActorRecognizer(ActorCatalog catalog) => Catalog = catalog;

    public ActorCatalog Catalog { get; }

    /// <summary>The ISO2 country that generic actors of a document belong to (null: keep "(X)").</summary>
    public Func<Document, string?>? DefaultCountry { get; init; }

    /// <summary>Claim sources: an actor alias inside a longer source name at the same place is not an actor.</summary>
    public SourceCatalog? Sources { get; init; }

    /// <summary>Report country names standing for their state (rule "country"); on by default.</summary>
    public bool CountryMetonymy { get; init; } = true;

    public ActorRef ResolveGenericCountry(ActorRef actor, string iso2, int? year = null) => Catalog.ResolveGenericCountry(actor, iso2, year);

    // Words between a force noun and its nationality: القوات الحكومية السورية، طيران العدو الإسرائيلي، جيش الاحتلال الإسرائيلي.
    private static readonly HashSet<string> Modifiers = Keys(
        "الحكومية", "النظامية", "العدو", "الاحتلال", "النظام", "المسلحة", "الخاصة", "البرية", "الجوية", "الأمنية", "الحربية",
        "العسكرية", "التابعة", "الموالية", "الحكومي", "النظامي", "الحربي", "العسكري", "البحرية", "المشتركة", "الرسمية",
        "العدوان");

    // "شنت كل من أمريكا وفرنسا وبريطانيا ضربات": "كل من", each of, lists the sides themselves — its "من" is no place's
    // preposition, unless a preposition before "كل" makes the list one of places ("في كل من سوريا والعراق").
    private static bool EachOf(FormKeys[] keys, int name) =>
        name >= 2 && keys[name - 1].LemmaK == OfKey && keys[name - 2].LemmaK == EachKey
        && !(name >= 3 && PlacePrepositions.Contains(keys[name - 3].LemmaK));

    private static readonly string EachKey = Keys("كل").Single(), OfKey = Keys("من").Single();

    // Member nouns that may precede an actor name: عناصر داعش، مسلحو حزب الله، مقاتلي الحوثي.
    private static readonly HashSet<string> MemberNouns = Keys(
        "عناصر", "عنصر", "مسلحو", "مسلحي", "مسلحين", "مقاتلو", "مقاتلي", "مقاتل", "أنصار", "ميليشيات", "ميليشيا", "مليشيات",
        "مليشيا", "ميلشيات", "قوات", "جنود", "إرهابيو", "إرهابيي", "فلول", "كتائب", "فصائل", "وحدات", "قيادات", "قيادي", "أعضاء", "مجموعة", "مجموعات");

    // What a group is called before its name in quotes ("تنظيم «داعش»", "حركة «حماس»", "جبهة «النصرة»").
    private static readonly HashSet<string> GroupNouns = Keys("تنظيم", "التنظيم", "جماعة", "الجماعة", "حركة", "الحركة", "جبهة", "حزب", "ميليشيا", "مليشيا");

    private static readonly HashSet<string> PlacePrepositions = Keys(
        "في", "إلى", "الى", "من", "عن", "داخل", "خارج", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
        "حدود", "أراضي", "مدن", "مناطق", "عاصمة", "سفير", "سفارة", "رئيس", "وزير", "حكومة", "بين", "نحو", "لدى", "مع", "و",
        // ("في ريف حمص وسط سوريا", "في أنحاء اليمن")
        "وسط", "أنحاء");

    // Acts and forces whose ل names the side itself ("قصف للنظام", "هجوم للمعارضة", "قوات تابعة"): a home-only alias
    // after them is the actor even with its preposition.
    private static readonly HashSet<string> ActsOfHeads = Keys("قصف", "قصفا", "هجوم", "هجوما", "هجمات", "غارات", "غارة", "استهداف", "مواقع", "موقع", "قوات", "عناصر");

    // Vehicles named by whom they carry: "ناقلة جنود مدرعة" is an armoured personnel carrier, not soldiers.
    private static readonly HashSet<string> CarrierNouns = Keys("ناقلة", "ناقلات", "ناقلتي", "ناقلتا", "حاملة", "حاملات");

    // Heads that make "المعارضة" a political camp: its parties, leader, members of parliament.
    private static readonly HashSet<string> PoliticalHeads = Keys("أحزاب", "حزب", "زعيم", "زعماء", "نواب", "نائب", "رئيس", "برلمان");

    private static HashSet<string> Keys(params string[] words) =>
        words.Select(w => PhraseMatcher<int>.Key(ArabicNormalizer.Matching.Normalize(w))).ToHashSet(StringComparer.Ordinal);

    private enum Reading { Alias = 0, Composed = 1, Generic = 2 }

    [ThreadStatic] private static bool[]? _taken;   // per-thread work array (see Scratch)

    // The same word without its article earlier in the text: "قاعدة عسكرية", "قاعدة بار-سانغوني".
    private static bool BaseToldBefore(List<Token> tokens, int i)
    {
        string lemma = tokens[i].LemmaWithoutArticle;
        for (int j = 0; j < i; j++)
            if (tokens[j].Form.Analysis is not { HasArticle: true } && (tokens[j].Lemma == lemma || tokens[j].Norm == lemma)) return true;
        return false;
    }

    public void Process(Document document)
    {
        var tokens = document.Tokens;
        int? year = document.Published?.Year;
        string? country = DefaultCountry?.Invoke(document);
        var taken = Scratch.Rent(ref _taken, tokens.Count);
        // the mentions are collected in one list per thread, then copied to the document in text order
        var found = _found ??= new List<ActorMention>();
        found.Clear();   // (left over if a previous document threw)
        var keys = document.TokenFormKeys(out var startsPhrase);

        for (int i = 0; i < tokens.Count; i++)
        {
            // a token that starts no phrase of any matcher starts no alias and no force noun
            if (!startsPhrase[i] || !tokens[i].IsWord) continue;
            var best = BestAt(tokens, keys, i, year, country);
            if (best is null) continue;
            var (count, actor, candidates, rule) = best.Value;
            // "وقاعدة عسكرية" is a military base: a "!" alias needs its article in the text; and with it, a feminine
            // adjective of kind or owner still makes it a base ("القاعدة البحرية", "القاعدة الجوية الروسية").
            // ("هاجم مسلحون قاعدة عسكرية … قبل مهاجمة القاعدة": after a base without the article, the word with it is that base)
            if (count == 1 && rule == "alias" && Catalog.NeedsArticle(PhraseMatcher<ActorRef>.Key(tokens[i].Lemma))
                && (tokens[i].Form.Analysis is not { HasArticle: true } || i + 1 < tokens.Count && IsFeminineNisba(tokens[i + 1])
                    || BaseToldBefore(tokens, i)))
                continue;
            // "المعارضة" names the Syrian rebels only in an article about Syria ("@" aliases), written with its article
            // (معارضة alone is an objection: "رغم معارضة روسيا"), and not after a preposition: "آخر جيب للمعارضة" tells
            // whose the place is, not who acts ("قصف للنظام" does). Nor when it is another country's ("أحزاب المعارضة
            // البريطانية") or a party's ("زعيم المعارضة").
            if (count == 1 && rule == "alias" && Catalog.HomeOnly(PhraseMatcher<ActorRef>.Key(tokens[i].Lemma)) is { } home
                && (home != country || tokens[i].Form.Analysis is not { HasArticle: true }
                    || tokens[i].HasPrepositionClitic && !(i > 0 && ActsOfHeads.Contains(keys[i - 1].LemmaK))
                    || i > 0 && PoliticalHeads.Contains(keys[i - 1].LemmaK)
                    || i + 1 < tokens.Count && Catalog.AdjectiveMatcher.LongestAt(tokens, keys, i + 1) is { } adjective && adjective.Values[0].Iso2 != home))
                continue;
            // "فصائل المقاومة اليمنية": a named group followed by another country's adjective gives way to a group of
            // that country named by the words after its start ("المقاومة اليمنية"), not the Palestinian factions' "فصائل
            // المقاومة". (Not a list of forces, "القوات الأميركية والبريطانية", nor an epithet no other name takes,
            // "ميليشيات الحوثي الإيرانية".)
            if (rule == "alias" && !actor.IsGeneric && actor.Country is { Length: > 0 } own0 && i + count < tokens.Count && !tokens[i + count].StartsWithWa
                && Catalog.AdjectiveMatcher.LongestAt(tokens, keys, i + count) is { } other && other.Values[0].Iso2 is var nation && nation != own0
                && NameOfCountryInside(tokens, keys, i, count, year, nation))
                continue;
            // "وحدات الجيش السوري الحر", "وحدات من الجيش السوري الحر": a name that another actor's catalog name, starting
            // inside it, runs past ("الجيش السوري الحر", the Free Syrian Army) gives way to that name.
            if (rule is "alias" or "composed" && AliasRunsPast(tokens, keys, i, count, actor)) continue;
            // "27 مسلحا", "وقتلت قوات الأمن مسلحا": the accusative singular names gunmen after a count or a subject;
            // after an indefinite noun it is that noun's adjective ("هجوما مسلحا", "فصيلا مسلحا", "نزاعا مسلحا"). Gunmen
            // of a side its adjective names ("11 مسلحا كرديا") or counted among one ("11 مسلحا من المتمردين", "30 مسلحا في
            // صفوف الميليشيات") are that side's, which the article tells, not unknown ones.
            if (count == 1 && actor.IsGeneric && keys[i].LemmaK == ArmedAccusative
                && (!(i > 0 && (taken[i - 1] || EndsACount(document, i - 1) || ActedOnAfterTheDay(tokens, taken, i)))
                    || i + 1 < tokens.Count && (IsAccusativeNisba(tokens[i + 1]) && !ArmedLeanings.Contains(tokens[i + 1].Norm) || tokens[i + 1].Norm == "من"
                                               || tokens[i + 1].Norm == "في" && i + 2 < tokens.Count && tokens[i + 2].Norm == "صفوف")))
                continue;
            if (actor.IsGeneric && i > 0 && CarrierNouns.Contains(keys[i - 1].LemmaK)) continue;
            int first = i, last = i + count - 1;
            if (rule == "alias" && i > 0 && !taken[i - 1] && IsMemberNoun(tokens[i - 1])) first = i - 1;
            // ("تنظيم «داعش»", "تنظيم “داعش”": the name in quotes after its member noun)
            else if (rule == "alias" && i > 1 && !taken[i - 2] && IsOpeningQuote(tokens[i - 1])
                     && (IsMemberNoun(tokens[i - 2]) || tokens[i - 2].IsWord && GroupNouns.Contains(FormKeys.Of(tokens[i - 2]).K0))) first = i - 2;
            // "المحتجين الفلسطينيين", "مدنيين سوريين", "صيادين مصريين": a generic actor's own nationality adjective
            // names its country, whatever country the article is about (the mention keeps its span: the adjective
            // stays free for the stages that read it).
            if (actor.IsGeneric && last + 1 < tokens.Count && Catalog.AdjectiveMatcher.LongestAt(tokens, keys, last + 1) is { } own)
            {
                // (the lambda captures a local of this block, not the pattern variable: that would put a closure on every token)
                string ownIso2 = own.Values[0].Iso2;
                actor = Catalog.ResolveGenericCountry(actor, ownIso2, year);
                candidates = candidates.Select(c => Catalog.ResolveGenericCountry(c, ownIso2, year)).ToList();
            }
            // ("ناشطون من قطاع غزة", "مسلحين من سوريا": the place they come from names their country)
            if (actor.IsGeneric && !actor.IsState && FromAPlace(document, last) is { } fromIso2)
            {
                actor = Catalog.ResolveGenericCountry(actor, fromIso2, year);
                candidates = candidates.Select(c => Catalog.ResolveGenericCountry(c, fromIso2, year)).ToList();
            }
            // ("مسجد قوات الطوارئ بمنطقة عسير": a state's force named at a place is that place's state's, whatever country
            // the article names most)
            if (actor is { IsGeneric: true, IsState: true } && AtAPlace(document, last) is { } atPlace)
            {
                // (a local of this block for the lambda: a captured pattern variable puts a closure on every token)
                string seatIso2 = atPlace;
                actor = Catalog.ResolveGenericByPlace(actor, seatIso2, year);
                candidates = candidates.Select(c => Catalog.ResolveGenericByPlace(c, seatIso2, year)).ToList();
            }
            if (actor.IsGeneric && country is not null)
            {
                actor = Catalog.ResolveGenericByPlace(actor, country, year) with { FilledFrom = actor.IsState ? null : actor };
                candidates = candidates.Select(c => Catalog.ResolveGenericByPlace(c, country, year)).ToList();
            }
            var mention = Mention(document, first, last, actor, candidates, rule);
            if (first != i) mention = mention with { NameSpan = new TextSpan(tokens[i].Span.Start, tokens[last].Span.End) };
            found.Add(mention);
            for (int k = first; k <= last; k++) taken[k] = true;
            i = last;
        }

        PeopleByNationality(document, keys, startsPhrase, taken, year, found);

        if (CountryMetonymy)
        {
            foreach (var m in Catalog.CountryMatcher.FindAll(tokens, keys, taken, startsPhrase))
            {
                var t = tokens[m.First];
                if (t.HasPrepositionClitic) continue;
                if (m.First > 0 && PlacePrepositions.Contains(keys[m.First - 1].LemmaK) && !EachOf(keys, m.First)) continue;
                // ("بتوقيت تركيا", "بتوقيت إيران": a country that names a clock's time is no side)
                if (ClockOfAPlace.Before(tokens, m.First)) continue;
                var n = m.Values[0];
                // The article must be as in the name: السورية is the adjective, not the country سورية.
                if (!ArticleAsWritten(t, n)) continue;
                found.Add(Mention(document, m.First, m.Last, Catalog.StateForce(n.Iso2, "military", year), Array.Empty<ActorRef>(), "country"));
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        DropMembersOfANamedGroup(tokens, found);
        UnitsOfANamedForce(tokens, found);
        document.Actors.AddRange(found);
        found.Clear();
    }

    private static readonly string ArmedAccusative = PhraseMatcher<ActorRef>.Key("مسلحا");

    // "إن قوات الأمن قتلت مسلحا", "قتلت اليوم الجمعة مسلحا": a verb that kills, wounds or seizes men, whose object the
    // accusative gunman is (the subject before the verb), the day told between them — after the subject, when it follows
    // the verb ("قتلت قوات الشرطة الامريكية الأربعاء مسلحا": the side, its adjective, then the day)
    private static bool ActedOnAfterTheDay(List<Token> tokens, bool[] taken, int i)
    {
        bool day = false;
        for (int k = i - 1; k >= 0 && k >= i - 7; k--)
        {
            if (ActsOnMen.Contains(tokens[k].Norm)) return day || k == i - 1;
            bool dayWord = tokens[k].Norm is "اليوم" or "امس" || ArabicCalendarWords.Weekdays.ContainsKey(tokens[k].Norm);
            if (dayWord) day = true;
            else if (!day || !(taken[k] || IsDefiniteNisba(tokens[k]))) return false;
        }
        return false;
    }

    // "الامريكية", "الأمريكي": a definite adjective of belonging, which follows the side it names.
    private static bool IsDefiniteNisba(Token t) =>
        t.IsWord && t.Norm.Length > 5 && t.Norm.StartsWith("ال", StringComparison.Ordinal) && (t.Norm.EndsWith("يه", StringComparison.Ordinal) || t.Norm.EndsWith("ي", StringComparison.Ordinal));

    // "مسلحا إسلاميا", "مسلحا متشددا": an adjective of an armed man's leaning names no side he belongs to
    private static readonly HashSet<string> ArmedLeanings = new(StringComparer.Ordinal) { "اسلاميا", "جهاديا", "تكفيريا", "ارهابيا" };

    private static readonly HashSet<string> ActsOnMen = new(StringComparer.Ordinal)
    {
        "قتلت", "قتل", "قتلوا", "تقتل", "يقتل", "اعتقلت", "اعتقل", "اعتقلوا", "تعتقل", "يعتقل", "اصابت", "اصاب", "اصابوا",
        "اسرت", "اسر", "اسروا", "اوقفت", "اوقف", "ضبطت", "ضبط", "احتجزت", "احتجز", "صفت", "صفي", "اردت", "اردي",
    };

    // "حوثيا", "كرديا", "عراقيا": an indefinite accusative adjective of belonging.
    private static bool IsAccusativeNisba(Token t) => t.IsWord && t.Norm.Length > 3 && t.Norm.EndsWith("يا", StringComparison.Ordinal);

    // A figure ends at token j: "27", "ثلاثة عشر".
    internal static bool EndsACount(Document document, int j)
    {
        if (document.Tokens[j].Kind == TokenKind.Number) return true;
        foreach (var n in document.Numbers)
            if (n.LastToken == j) return true;
        return false;
    }

    // "قتل 83 مسلحا من ميليشيات الحوثي", "128 مسلحا حوثيا", "مسلحين في تنظيم داعش": gunmen counted as members of a
    // group named right after them are that group, not an unidentified one of their own.
    /// <summary>
    /// "قوة أمنية تابعة لقوات البيشمركة", "دورية تابعة للجيش العراقي": a unit named by its kind, then the force it belongs
    /// to, is that force — one mention, the force's, not a security force of the country beside an ally.
    /// </summary>
    private static void UnitsOfANamedForce(List<Token> tokens, List<ActorMention> found)
    {
        for (int j = 0; j + 1 < found.Count; j++)
        {
            var unit = found[j];
            var owner = found[j + 1];
            int belong = unit.LastToken + 1;
            if (belong >= tokens.Count || !IsBelongingWord(tokens[belong])) continue;
            if (owner.FirstToken != belong + 1 || !tokens[owner.FirstToken].HasProclitic("ل") || owner.Actor.Inter == 7) continue;
            if (unit.LastToken - unit.FirstToken > 2 || !UnitWords.Contains(tokens[unit.FirstToken].NormWithoutArticle)) continue;
            found[j] = unit with { Actor = owner.Actor, Candidates = owner.Candidates, Rule = unit.Rule + "+owner" };
            found.RemoveAt(j + 1);
        }
    }

    /// <summary>Whether the word says the noun before it belongs to the side after it ("تابعة", "التابع").</summary>
    /// <remarks>(in any case and number: "مستودعا تابعا لحزب الله", "عناصر تابعين للتنظيم", "آليتين تابعتين للجيش")</remarks>
    internal static bool IsBelongingWord(Token t) =>
        t.Norm is "تابعه" or "التابعه" or "تابع" or "التابع" or "تابعا" or "تابعين" or "التابعين" or "تابعتين" or "التابعتين" or "تابعان" or "تابعتان";

    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "قوه", "قوات", "وحده", "وحدات", "دوريه", "دوريات", "مجموعه", "مجموعات", "فرقه", "كتيبه", "سريه", "عناصر", "رتل",
    };

    private static void DropMembersOfANamedGroup(List<Token> tokens, List<ActorMention> found)
    {
        for (int k = found.Count - 2; k >= 0; k--)
        {
            var m = found[k];
            if (m.Rule != "generic" || m.Actor.Inter != 3 || m.LastToken + 1 >= tokens.Count) continue;
            var next = found[k + 1];
            if (next.Rule == "generic" || next.Actor.Inter is not (1 or 2 or 3 or 4 or 8)) continue;
            bool adjective = next.FirstToken == m.LastToken + 1;
            bool memberOf = next.FirstToken == m.LastToken + 2 && tokens[m.LastToken + 1].Norm is "من" or "في";
            if (adjective || memberOf) found.RemoveAt(k);
        }
    }

    [ThreadStatic] private static List<ActorMention>? _found;

    /// <summary>
    /// "قتل فلسطينيان", "مقتل ثلاثة فلسطينيين", "إصابة 60 فلسطينيا": a nationality adjective standing alone — as a noun,
    /// after a word of killing, wounding or arrest, or its count — names people of that country: civilians, as ACLED codes
    /// people the text does not say are armed. (After a noun it is that noun's adjective: "مسؤول فلسطيني"; and the
    /// feminine form is mostly an adjective of a feminine noun: "ثلاثة مواقع سورية".)
    /// </summary>
    private void PeopleByNationality(Document document, FormKeys[] keys, bool[] startsPhrase, bool[] taken, int? year, List<ActorMention> found)
    {
        var tokens = document.Tokens;
        var numbers = document.Numbers;
        int n = 0;
        for (int i = 1; i < tokens.Count; i++)
        {
            // (most tokens start no phrase of any matcher, nationality adjectives included: the dense array first)
            if (!startsPhrase[i] || taken[i] || !tokens[i].IsWord || IsFeminineForm(tokens[i])) continue;
            // (the taking word right before, or before the count: "مقتل ثلاثة فلسطينيين" — a count alone is no
            // sign, "آلاف السوريين يواصلون النزوح", "مقاتلتا F-15 أمريكيتان")
            int head = i - 1;
            while (n < numbers.Count && numbers[n].LastToken < i - 1) n++;
            if (n < numbers.Count && numbers[n].LastToken == i - 1) head = numbers[n].FirstToken - 1;
            else if (tokens[i - 1].Kind == TokenKind.Number) head = i - 2;
            // ("قتل الاثنين 60 فلسطينيا", "قتل، الخميس، 60 فلسطينيا": a day between the taking word and the count)
            if (head > 0 && !PersonTakingWords.Contains(keys[head].LemmaK)) head = BeforeADay(document, head);
            // (a definite noun takes no genitive: "الاستهداف الروسي" is the Russian targeting)
            // ("القبض على 14 إيرانياً", "ألقت القبض على فلسطينيين": an arrest's victim after على)
            bool arrestedAfterAla = head > 0 && tokens[head].Norm == "علي" && tokens[head - 1].LemmaWithoutArticle == "قبض";
            bool objectAfterTheSubject = head > 0 && taken[head] && ObjectOfASubjectBefore(tokens, keys, found, head);
            if (!arrestedAfterAla && !objectAfterTheSubject && (head < 0 || !PersonTakingWords.Contains(keys[head].LemmaK) || tokens[head].Form.Analysis is { HasArticle: true })) continue;
            if (Catalog.AdjectiveMatcher.LongestAt(tokens, keys, i) is not { } nat) continue;
            if (Catalog.GenericOf("generic-civilians", nat.Values[0].Iso2, year) is not { } people) continue;
            found.Add(Mention(document, i, nat.Last, people, Array.Empty<ActorRef>(), "nationality"));
            for (int k = i; k <= nat.Last; k++) taken[k] = true;
            i = nat.Last;
        }
    }

    // "قتل الجيش الإسرائيلي ثلاثة فلسطينيين", "اعتقلت قوات الاحتلال 12 فلسطينيا": the count comes after the subject of an
    // active verb of taking (verb-subject-object), so the people are its object — the subject an actor found already,
    // ending at <paramref name="head"/>, and the verb right before it.
    private static bool ObjectOfASubjectBefore(IReadOnlyList<Token> tokens, FormKeys[] keys, List<ActorMention> found, int head)
    {
        for (int k = found.Count - 1; k >= 0; k--)
        {
            var m = found[k];
            if (m.LastToken != head) continue;
            // (the subject definite: after an indefinite noun the nationality is its adjective, "قتل شرطيين تركيين")
            return m.FirstToken > 0 && DefiniteArticle.On(tokens[head]) && ActiveTakingVerbs.Contains(keys[m.FirstToken - 1].LemmaK);
        }
        return false;
    }

    // Active verbs of taking whose object follows their subject: "قتل", "اعتقل", "أصاب", "اختطف".
    private static readonly HashSet<string> ActiveTakingVerbs = Keys("قتل", "اعتقل", "أصاب", "جرح", "اختطف", "خطف", "أعدم", "احتجز");

    // The word before a day (with its "يوم" and the commas around it) that ends at token k; k itself when none does.
    private static int BeforeADay(Document document, int k)
    {
        var tokens = document.Tokens;
        int end = tokens[k].IsComma ? k - 1 : k;
        foreach (var d in document.Dates)
        {
            if (d.LastToken != end) continue;
            int before = d.FirstToken - 1;
            if (before >= 0 && tokens[before].Norm == "يوم") before--;
            if (before >= 0 && tokens[before].IsComma) before--;
            return before >= 0 ? before : k;
        }
        return k;
    }

    // "فلسطينية", "السورية", "أمريكيتان": the feminine adjective, not a people.
    private static bool IsFeminineForm(Token t) =>
        t.Norm.EndsWith("يه", StringComparison.Ordinal) || t.Norm.EndsWith("يتان", StringComparison.Ordinal) || t.Norm.EndsWith("يتين", StringComparison.Ordinal);

    // Words whose victim follows them: the nouns of killing, wounding, arrest and abduction ("مقتل فلسطيني"), and the
    // verbs read as passives or with their victim as subject ("قتل فلسطيني", "أصيب فلسطينيان", "استشهد فلسطيني").
    // (Not active verbs: after "اعتقل" comes its subject, "أنه اعتقل 10 فلسطينيين" aside.)
    private static readonly HashSet<string> PersonTakingWords = Keys(
        "قتل", "مقتل", "استشهاد", "استشهد", "إصابة", "أصيب", "جرح", "إعدام", "اعتقال", "احتجاز", "اختطاف", "خطف", "ترحيل", "مصرع", "وفاة");

    /// <summary>Whether another actor's catalog name (not a generic row) starts inside the phrase at i and runs past its end.</summary>
    private bool AliasRunsPast(IReadOnlyList<Token> tokens, FormKeys[] keys, int i, int count, ActorRef actor)
    {
        for (int j = i + 1; j < i + count; j++)
            if (Catalog.AliasMatcher.LongestAt(tokens, keys, j) is { } a && j + a.Count > i + count
                && a.Values.Any(r => !r.IsGeneric) && a.Values.All(r => r.PlainName != actor.PlainName)) return true;
        return false;
    }

    /// <summary>Whether a name of <paramref name="nation"/> starts inside the phrase at i and runs past its end.</summary>
    /// <remarks>A method, not a lambda in the token loop: a lambda there would allocate its closure for every token.</remarks>
    private bool NameOfCountryInside(IReadOnlyList<Token> tokens, FormKeys[] keys, int i, int count, int? year, string nation)
    {
        for (int j = i + 1; j < i + count; j++)
            if (BestAt(tokens, keys, j, year) is { } later && j + later.Count > i + count && later.Actor.Country == nation) return true;
        return false;
    }

    // A definite feminine relational adjective (العسكرية، البحرية، الروسية) — but not "الإرهابية", said of the group too.
    // The country of the place right after "من" after token <paramref name="last"/> ("ناشطون من قطاع غزة"), or null.
    private static string? FromAPlace(Document document, int last)
    {
        var tokens = document.Tokens;
        if (last + 2 >= tokens.Count || tokens[last + 1].Norm != "من") return null;
        foreach (var p in document.Places)
            if (p.FirstToken == last + 2 && p.Place is { } place) return place.CountryCode;
        return null;
    }

    // The country of a place joined to the word by ب, itself or its "بمنطقة"-style word: "بعسير", "بمنطقة عسير" — the
    // force's own seat (not "في منطقة …", more often where it acted).
    private static string? AtAPlace(Document document, int last)
    {
        var tokens = document.Tokens;
        if (last + 1 >= tokens.Count || !tokens[last + 1].HasProclitic("ب")) return null;
        int at = RegionWords.Contains(tokens[last + 1].Lemma) ? last + 2 : last + 1;
        foreach (var p in document.Places)
            if (p.FirstToken == at && p.Place is { } place) return place.CountryCode;
        return null;
    }

    private static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal) { "منطقه", "مدينه", "محافظه", "ولايه", "اقليم", "اماره" };

    private static bool IsFeminineNisba(Token t) =>
        t.Form.Analysis is { HasArticle: true } && t.Norm.EndsWith("يه", StringComparison.Ordinal) && t.Norm.Length > 4 && t.Norm != "الارهابيه";

    private static ActorMention Mention(Document d, int first, int last, ActorRef actor, IReadOnlyList<ActorRef> candidates, string rule)
    {
        var span = new TextSpan(d.Tokens[first].Span.Start, d.Tokens[last].Span.End);
        return new ActorMention(span, d.Slice(span), first, last, actor, rule) { Candidates = candidates.Count > 1 ? candidates : Array.Empty<ActorRef>() };
    }

    private (int Count, ActorRef Actor, IReadOnlyList<ActorRef> Candidates, string Rule)? BestAt(IReadOnlyList<Token> tokens, FormKeys[] keys, int i, int? year,
        string? country = null)
    {
        (int Count, ActorRef Actor, IReadOnlyList<ActorRef> Candidates, string Rule)? best = null;

        var alias = Catalog.AliasMatcher.LongestAt(tokens, keys, i);
        // A longer claim source starting here (القيادة العامة للجيش) is not an actor.
        if (alias is { } shadow && Sources?.Matcher.LongestAt(tokens, keys, i) is { } src && src.Count > shadow.Count) alias = null;
        if (alias is { Values.Count: 1 } single)
        {
            // one row: it is the choice, and there are no other candidates
            var row = single.Values[0];
            best = (single.Count, row, Array.Empty<ActorRef>(), row.IsGeneric ? "generic" : "alias");
        }
        else if (alias is { } a)
        {
            // the specific rows when there are any, else the generic ones; the chosen one first, then the others in order
            var rows = a.Values;
            int specific = 0;
            foreach (var r in rows) if (!r.IsGeneric) specific++;
            bool generic = specific == 0;
            IReadOnlyList<ActorRef> pool = rows;
            if (specific > 0 && specific < rows.Count)
            {
                var onlySpecific = new List<ActorRef>(specific);
                foreach (var r in rows) if (!r.IsGeneric) onlySpecific.Add(r);
                pool = onlySpecific;
            }
            var chosen = ActorCatalog.Choose(pool, year);
            // (an alias rows of several countries share, "الجيش الوطني": the article's country's, when one of them is)
            if (country is not null && chosen.Country != country)
                foreach (var r in pool)
                    if (r.Country == country && (year is not int y || r.ValidIn(y))) { chosen = r; break; }
            var ordered = new List<ActorRef>(pool.Count) { chosen };
            foreach (var r in pool) if (r != chosen) ordered.Add(r);
            best = (a.Count, chosen, ordered, generic ? "generic" : "alias");
        }

        var composed = Compose(tokens, keys, i, year);
        if (composed is { } c && (best is null || c.Count > best.Value.Count || (c.Count == best.Value.Count && best.Value.Rule == "generic")))
            best = (c.Count, c.Actor, new[] { c.Actor }, "composed");
        return best;
    }

    /// <summary>Force noun (+ up to two modifiers) + nationality adjective or country name, at token <paramref name="i"/>.</summary>
    public (int Count, ActorRef Actor)? Compose(IReadOnlyList<Token> tokens, int i, int? year) => Compose(tokens, null, i, year);

    private (int Count, ActorRef Actor)? Compose(IReadOnlyList<Token> tokens, FormKeys[]? keys, int i, int? year)
    {
        var noun = Catalog.ForceNounMatcher.LongestAt(tokens, keys, i);
        if (noun is not { } f) return null;
        var force = f.Values[0];
        int j = f.Last + 1;
        for (int skipped = 0; skipped < 2 && j < tokens.Count && Modifiers.Contains((keys is null ? FormKeys.Of(tokens[j]) : keys[j]).K0); skipped++) j++;
        if (j >= tokens.Count) return null;
        var nat = Catalog.AdjectiveMatcher.LongestAt(tokens, keys, j) ?? Catalog.CountryMatcher.LongestAt(tokens, keys, j);
        if (nat is not { } n) return null;
        // A country name after a force noun must be attached directly (جيش سوريا, not قوات … في سوريا).
        var nationality = n.Values[0];
        var actor = Catalog.StateForce(nationality.Iso2, force.Kind, year, force.Air);
        return (n.Last - i + 1, actor);
    }

    private static readonly string[] ConjunctionPrefixes = { "", "و", "ف" };

    // The first word of each Arabic country name, normalised (per nationality; the catalog is fixed once loaded).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Nationality, string[]> FirstWords = new();

    private static bool ArticleAsWritten(Token t, Nationality n)
    {
        string norm = t.Norm;
        var firsts = FirstWords.GetValue(n, static n => n.CountryNamesAr.Select(name => ArabicNormalizer.Matching.Normalize(name.Split(' ')[0])).ToArray());
        foreach (var p in ConjunctionPrefixes)
        {
            if (!norm.StartsWith(p, StringComparison.Ordinal)) continue;
            var rest = norm.AsSpan(p.Length);
            foreach (var first in firsts)
                if (rest.SequenceEqual(first)) return true;
        }
        return false;
    }

    private static bool IsOpeningQuote(Token t) => t.Surface is "«" or "“" or "\"" or "'" or "‘";

    private bool IsMemberNoun(Token t) => t.IsWord && MemberNouns.Contains(FormKeys.Of(t).K0);
}
