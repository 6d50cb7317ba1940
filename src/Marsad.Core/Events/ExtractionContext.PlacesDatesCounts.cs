using Marsad.Core.Actors;
using Marsad.Core.Dates;
using Marsad.Core.Geo;
using Marsad.Core.Text;

namespace Marsad.Core.Events;

// Where, when and how many: the places of a trigger, its date and the killed and injured counts.
internal sealed partial class ExtractionContext
{
    /// <summary>
    /// The places of a trigger: town-level places after it in the sentence (each its own event), else the nearest
    /// before it, else the article's main place, else a region or country named in the sentence.
    /// </summary>
    public IReadOnlyList<PlaceMention> PlacesFor(Sentence s, TriggerMention t, TriggerMention? means = null)
    {
        if (!_sentencePlaces.TryGetValue(s.Index, out var here)) _sentencePlaces[s.Index] = here = SentencePlaces(s);
        var (inSentence, towns) = here;
        // ("عند مدخل منفذ صفوان الحدودي مع الكويت": the country across the border is no scene — its capital read for its
        // name neither; "عند الحدود مع غزة" may well be where it happened)
        if (towns.Exists(AcrossANationalBorder)) towns = towns.Where(p => !AcrossANationalBorder(p)).ToList();
        // ("القوات الموالية للرئيس هادي، الذي يعيش في المنفى في الرياض، قد استعادت السيطرة على المطار": where a
        // person lives is no scene)
        if (towns.Exists(Residence)) towns = towns.Where(p => !Residence(p)).ToList();
        // ("وقفة احتجاجية نظمها مسيحيو سهل نينوى الموصل … في منطقة عين كاوة بمحافظة أربيل": the place a crowd's people are
        // of — a noun of people right before it, in construct — says who protests, not where, when the sentence names
        // another; the people of a place an attack hit were mostly hit there)
        if (t.Entries.All(e => e.EventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots) && towns.Exists(PeopleOfIt) && !towns.TrueForAll(PeopleOfIt))
            towns = towns.Where(p => !PeopleOfIt(p)).ToList();
        // ("تجمع مائتا سائق من ساو باولو و70 من بيلو أوريزونتي للمشاركة في الاحتجاج": where a counted crowd came from is
        // no scene of its protest, even with no other place in the sentence)
        if (t.Entries.All(e => e.EventType is AcledTaxonomy.Protests or AcledTaxonomy.Riots) && towns.Exists(CrowdCameFrom))
        {
            towns = towns.Where(p => !CrowdCameFrom(p)).ToList();
            inSentence = inSentence.Where(p => !CrowdCameFrom(p)).ToList();
        }
        // ("استعادت السيطرة على كامل الغوطة الشرقية إلا دوما", "باستثناء مدينة دوما"): the place excepted is the one the
        // act left out
        if (towns.Count > 1 && towns.FindAll(p => !Excepted(s, p)) is { Count: > 0 } kept && kept.Count < towns.Count) towns = kept;
        // ("نقلوا إلى مستشفى منبج": where the dead and wounded were taken is no scene)
        if (towns.Exists(TakenTo)) towns = towns.Where(p => !TakenTo(p)).ToList();
        // ("توجهوا إلى مستشفى عسير المركزي وخميس مشيط المدني": a town in a hospital's name is no scene either, when the
        // sentence names another)
        // (a list only when one is found: this runs for every trigger)
        if (towns.Count > 1 && towns.Exists(InAHospitalsName) && towns.FindAll(p => !InAHospitalsName(p)) is { Count: > 0 } notHospitals) towns = notHospitals;
        // ("تجمعا لطلاب في المركز الثقافي بهدف التضامن مع مدينة كوباني": the town a gathering stands with is no scene)
        if (towns.Exists(StoodWith)) towns = towns.Where(p => !StoodWith(p)).ToList();
        if (inSentence.Exists(StoodWith)) inSentence = inSentence.Where(p => !StoodWith(p)).ToList();
        // ("وقال أمام الصحافيين في أنقرة «إن التفجير ناجم عن اعتداء انتحاري»", "في مؤتمر صحافي عقده في أنقرة"): where a
        // statement was made is no scene of the act it tells
        if (towns.Exists(SpokenAt)) towns = towns.Where(p => !SpokenAt(p)).ToList();
        if (inSentence.Exists(SpokenAt)) inSentence = inSentence.Where(p => !SpokenAt(p)).ToList();
        // ("تزامنا مع بدء افتتاح قناة السويس": a place in a clause of what the act coincided with — no act of its own in
        // it — is that other matter's, no scene)
        // ("وبالتزامن مع هجوم سوروتش فجر انتحاري نفسه … في جنوب مدينة كوباني": nor the place of another act told as what
        // the act coincided with — the place is that act's)
        if (towns.Exists(p => InACoincidence(p, t)))
        {
            towns = towns.Where(p => !InACoincidence(p, t)).ToList();
            inSentence = inSentence.Where(p => !InACoincidence(p, t)).ToList();
        }
        // ("وفي عدن أدانت الحكومة اليمنية بشدة التفجير الإرهابي": and so is where the condemner stands, before the verb
        // of condemning, for the act condemned after it)
        if (towns.Exists(p => CondemnedFrom(p, t)))
        {
            towns = towns.Where(p => !CondemnedFrom(p, t)).ToList();
            inSentence = inSentence.Where(p => !CondemnedFrom(p, t)).ToList();
        }
        // ("في بلدة سروج التركية المقابلة لمدينة كوباني (عين العرب) السورية": the town another faces across a border is a
        // landmark, no scene, when the sentence names the other)
        if (towns.Count > 1 && towns.Exists(FacedAcross) && !towns.TrueForAll(FacedAcross)) towns = towns.Where(p => !FacedAcross(p)).ToList();
        // A sea is the scene of an attack on a ship only ("المدينة الإستراتيجية على البحر الأحمر" just places a town), and
        // a ship's name is no scene ("استهدفت بارجة 'الدمام' السعودية").
        bool shipHit = t.Entries.Any(e => e.HitsAShip);
        if (towns.Exists(p => shipHit ? NamesAShip(p) : IsSea(p))) towns = towns.Where(p => shipHit ? !NamesAShip(p) : !IsSea(p)).ToList();
        // The places of this event end where the next event's trigger starts: a strong one other than this event's
        // own weapon noun ("استهدفت … بالمدفعية تجمعات القوات المتمركزة مدينتي السقيلبية والشيخ حديد").
        // (nor the missile an interception stopped: "اعتراض ثلاثة صواريخ بالستية فوق الرياض ونجران وجازان")
        int nextTrigger = Within(_triggers, o => o.FirstToken, t.LastToken + 1, s.EndToken)
            .Where(o => o != means && !o.IsWeak && !ObjectOfDefusing(t, o) && !StrikeJoinedTo(t, o)).Select(o => o.FirstToken).DefaultIfEmpty(s.EndToken).Min();
        // "احتجاجا على تدخل طهران": what follows a protest's reason word is the grievance, not the scene.
        // "… بعد أن تسببت بالونات حارقة في حرائق في إسرائيل", "قبل ساعات من قمة في طهران": a clause of another time tells
        // of another place.
        for (int i = t.LastToken + 1; i < nextTrigger; i++)
            if (ReasonWords.Contains(Tokens[i].Lemma) || OtherTime(i) || SinceAnAct(i) && !LastsSince(t) || CommentOpens(i) || AccountOfOthersActs(i) || StateClauseOpens(i)
                || OtherSideOpens(i) || AtATimeWhen(i)
                || RoadLeadsOn(i) && towns.Exists(p => p.FirstToken > t.LastToken && p.FirstToken < i && !AnotherBetween(p.LastToken, i))
                // (a town before it: a range after a region is where in the region, "في محافظة حجة … على الشريط الساحلي
                // الممتد من ميدي الى ساحل بحيص")
                || ExtentOpens(i) && towns.Exists(p => p.FirstToken > t.LastToken && p.FirstToken < i && p.GeoPrecision == 1)
                // ("بزيارة لمصابي التفجير الذي حدث في مسجد قوات الطوارئ بمنطقة عسير، وذلك في مستشفى قوى الأمن بالرياض": "وذلك
                // في" places the sentence's main act — the visit — once the act told inside it has its own place)
                || MainActPlacedAgain(i) && towns.Exists(p => p.FirstToken > t.LastToken && p.FirstToken < i)
                // ("نفذت غارة جوية قرب مدينة أوباري … بالتنسيق مع حكومة الوفاق الوطني الليبية في طرابلس": whom an act was
                // coordinated with, and where they sit, come after its own place)
                || InCoordinationWith(i) && towns.Exists(p => p.FirstToken > t.LastToken && p.FirstToken < i)) { nextTrigger = i; break; }
        var after = towns.Where(p => p.FirstToken > t.LastToken && p.FirstToken < nextTrigger).ToList();
        // "كثفوا من قصف المدينة من مواقعهم في الجراحي (وجبل راس)": where a strike is fired from is no scene of it.
        if (t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions) && towns.Any(p => FiredFrom(p) || LaunchedFrom(p, t)))
        {
            towns = WithoutFiringPositions(towns, t);
            after = after.Where(towns.Contains).ToList();
        }
        // ("شنت الطائرات الأميركية هجمات على داعش في الرقة انطلاقا من قاعدة إنجرليك": the ground set out from is no scene of
        // an attack of any kind either, when the sentence names another)
        else if (towns.Count > 1 && towns.Exists(FlownFrom) && !towns.TrueForAll(FlownFrom))
        {
            towns = towns.Where(p => !FlownFrom(p)).ToList();
            after = after.Where(towns.Contains).ToList();
        }
        // "من دوما، آخر معاقل المعارضة في الغوطة الشرقية بريف دمشق": regions named after a town only place it.
        // A village the gazetteer lacks, listed with towns ("مدينتي السقيلبية والشيخ حديد"), stays an event of its own.
        // A name the gazetteer lacks counts as a place of its own only when the text calls it a settlement.
        after = after.Where(p => !IsStandIn(p) || NamedAsSettlement(p) && !PartWords.Contains(Tokens[p.FirstToken].Lemma)).ToList();
        // ("ألقت المخابرات القبض على أحد المخططين لهجوم "ريحانلي" … في محافظة اللاذقية": the town an attack is named for,
        // right after its noun, is that attack's — no scene of another act beside a place of its own)
        if (after.Count > 1 && after.Exists(p => !NamesAnotherAttack(p, t))) after = after.Where(p => !NamesAnotherAttack(p, t)).ToList();
        // "في مدينة أجدابيا (840 كلم شرق طرابلس)": a place a distance is measured from is no scene beside the one measured
        if (after.Count > 1 && after.Exists(p => p.Relation != "distance from")) after = after.Where(p => p.Relation != "distance from").ToList();
        // "في تعز، ثالث أكبر مدينة في اليمن بعد صنعاء وعدن": the towns a place is ranked after are no scenes
        if (after.Count > 1) after = after.Where((p, i) => !RankedAfter(after, i)).ToList();
        // "في مأرب، وتحديدا في الجبهة الجنوبية الغربية بالجفينة": the place "specifically" names is the scene; the ones
        // before it only led up to it.
        if (after.Count > 1 && after.FindLastIndex(Specified) is > 0 and var specified) after = after.GetRange(specified, after.Count - specified);
        // "على الطريق الرابط بين زبيد والتحيتا", "بين مأرب وصنعاء": a road or a spot between two towns is one scene, placed
        // at the first ("الطريق الرابط بين التحيتا زبيد وبيت الفقيه": every end after the first, the list run on)
        if (after.Count > 1) after = WithoutLaterEndsBetween(after);
        // "تسلل … غرب مديرية بيت الفقيه نحو منطقة الجاح": where fighters were heading is no scene of the fight when the
        // sentence says where it was (a strike "باتجاه قرى الجريبة" lands where it was aimed, and keeps it)
        if (after.Count > 1 && t.Entries.All(e => e.EventType == AcledTaxonomy.Battles) && after.Exists(p => !HeadedFor(p)))
            after = after.Where(p => !HeadedFor(p)).ToList();
        // "السيطرة على مدينة قعطبة … وقطع الإمدادات عن الحوثية القادمة من صنعاء إلى تعز وإب": where supplies or fighters
        // come from and go to is no scene of the act
        if (after.Count > 1 && after.Exists(p => !InTransit(p))) after = after.Where(p => !InTransit(p)).ToList();
        // "في منطقة الجاح بمديرية بيت الفقية": the district or province joined by ب right after a town says where the
        // town is; it is no scene of its own.
        if (after.Count > 1) after = after.Where((p, i) => !DistrictOfThePlaceBefore(after, i)).ToList();
        // "قرى … التابعة لناحية كفري الحدودية مع محافظة كركوك وصلاح الدين": the units a place borders say where it lies;
        // they are no scenes of their own.
        if (after.Count > 1) after = after.Where((p, i) => !BordersThePlaceBefore(after, i)).ToList();
        // "قرى الجنينة والجيعة … بريف دير الزور": the countryside phrase places the villages; it is no scene itself.
        // ("في محيط بلدة حضر وتل كروم": a town the list names by its surroundings is still one of the list)
        // ("ومنطقة المجيلس وشرق مديرية حيس": a compass phrase opened by و is the next of the list)
        if (after.Any(IsStandIn))
            after = after.Where((p, i) => IsStandIn(p) || p.Relation is null or "around" or "near" or "outskirts of" && !LocatesStandIn(p, after)
                                          || i > 0 && p.Relation is "north of" or "south of" or "east of" or "west of" && OpensWithAndRelation(after[i - 1], p)).ToList();
        // ("في صعدة والجوف وحجة وعمران": a province listed among towns is one of the list; "في شمال مديرية حيس، وأخرى في
        // مديرية التحيتا": a town placed by a direction is a town still)
        if (after.Any(p => p.GeoPrecision == 1))
            after = after.Where((p, i) => p.GeoPrecision == 1 || p.Relation is not null && p.Place!.FeatureClass == "P" || IsStandIn(p) || ListedWith(after, i)).ToList();
        // Only regions: the first is the scene, the others restate it ("جبهات الساحل الغربي (محافظة الحديدة)") — unless
        // they are listed with it ("في محافظتي ديالى وذي قار").
        else if (after.Count(p => !IsStandIn(p)) > 1)
        {
            int region = after.FindIndex(p => !IsStandIn(p));
            var (lo, hi) = ListAround(after, region);
            after = after.Where((p, i) => i == region || IsStandIn(p) || i >= lo && i <= hi && !IsCountry(p)).ToList();
        }
        // An agreement or another strategic development is one event, whatever list of places it covers.
        // (bombs defused in two towns, missiles intercepted over three cities, are an event at each place, as ACLED codes
        // them: "اعتراض ثلاثة صواريخ بالستية فوق الرياض ونجران وجازان")
        if (after.Count > 1 && t.Entries.All(e => e.EventType == AcledTaxonomy.StrategicDevelopments && !e.DefusesExplosives && e.SubEventType != "Disrupted weapons use"))
            after = after.Take(1).ToList();
        if (after.Count > 0) return Distinct(after);
        // ("المساعدة العاجلة للعراق، الذي يشهد منذ أيام موجة احتجاجات": the place a relative clause of witnessing hangs on
        // is the scene of what it witnessed — a country too, before any town the sentence named earlier)
        if (WitnessedBy(s, t, inSentence) is { } witness) return new[] { witness };
        // ("مظاهرات غاضبة، في واحدة من أكبر الاحتجاجات التي يشهدها الأردن"): and the place that witnesses it in a relative
        // clause after it, the act its pronoun (a country the article's town lies in leaves the town the scene: "التظاهرات
        // التي يشهدها العراق" in an article on Basra)
        if (WitnessesIt(s, t) is { } witnessing && !(IsCountry(witnessing) && MainPlace?.Place!.CountryCode == witnessing.Place!.CountryCode))
            return new[] { witnessing };
        var before = towns.Where(p => p.LastToken < t.FirstToken).ToList();
        // ("في مدينة كربلاء، على بعد 75 كيلومترا جنوب بغداد. إذ تظاهر المئات": the town a distance is measured from is no
        // scene beside the one measured)
        if (before.Count > 1 && before.Exists(p => p.Relation != "distance from")) before = before.Where(p => p.Relation != "distance from").ToList();
        // ("شهدت مواقع الصلو وحيفان بريف تعز مواجهات": towns listed together before the act are each its scene)
        if (before.Count > 0)
        {
            int last = before.Count - 1;
            // (the region that places the list, "بريف تعز", is no scene of its own)
            while (last > 0 && IsRegionPlacing(before, last)) last--;
            var (lo, _) = ListAround(before, last);
            // ("غربي زبيد وشرقي وغربي التحيتا": towns placed by compass words are towns of the list)
            // (a village the gazetteer lacks is a town of the list too: "في مناطق دوما وحمورية وكفر بطنا")
            // ("في ظهران الجنوب بمنطقة عسير إثر قذائف": the town the region places, not the region)
            if (lo == last || !(TownOrItsSide(before[last]) || IsStandIn(before[last]))) return new[] { before[last] };
            var listed = before.GetRange(lo, last - lo + 1);
            return listed.TrueForAll(p => (TownOrItsSide(p) || IsStandIn(p)) && !IsCountry(p)) && ListedAsScenes(listed[0]) ? Distinct(listed) : new[] { before[last] };
        }
        if (towns.Count > 0) return new[] { towns[0] };
        // (a ship hit where the sentence names no water is in the sea the article names)
        if (shipHit && _places.Find(IsSea) is { } sea) return new[] { sea };
        // No town in the sentence: the town the article is about (a country named here is usually a party or a
        // backer, "بدعم من إيران", not the scene), else the country.
        // (but "في جنوب سوريا" in an article about Washington is the scene: a country the sentence puts the act in
        // wins over an article town of another country)
        // (only when the sentence names no other place: "غارات إسرائيلية على غزة بعد إطلاق صواريخ على جنوب إسرائيل" is in Gaza)
        // (the places of this act only, up to the next act's trigger: "اعتقلت قوات كردية في شمال سوريا … المتهم بالتخطيط
        // لاعتداءات 11 سبتمبر بالولايات المتحدة" — the United States is the other act's)
        // ("أوقفت قوى الأمن التونسية شخصين متورطين بهجوم جرى إحباطه في ألمانيا": with none before it, an arrest is where
        // the arresting state is — the capital, below)
        if (inSentence.Exists(p => p.FirstToken >= nextTrigger)
            && (inSentence.Exists(p => p.FirstToken < nextTrigger) || t.Entries.All(e => e.SubEventType == "Arrests")))
            inSentence = inSentence.FindAll(p => p.FirstToken < nextTrigger);
        var scene = inSentence.All(IsCountry)
            // ("بغارة أميركية شرقي اليمن": a country with a direction is where, in a headline too)
            ? inSentence.FirstOrDefault(p => Locative(p.FirstToken - 1) || p.Relation is not null && (Locative(p.FirstToken - 2) || p.Relation is "east of" or "west of" or "north of" or "south of"))
            : null;
        // ("وقتل سبعة آخرون في تفجير آخر شرقي المدينة": "the town", no town of the sentence's own, is the last one named
        // in the sentences just before — not the article's main place; so is "the same area")
        if (scene is null && PlacePointedBack(s, t, nextTrigger) is { } pointed) return new[] { pointed };
        if (MainPlace is not null && !(scene is not null && inSentence.All(p => p.Place!.CountryCode != MainPlace.Place!.CountryCode)))
            return new[] { MainPlace };
        if (scene is not null) return new[] { scene };
        // ("احتجاجات عمت أرجاء البلاد", "وتشهد مناطق عدة في المملكة احتجاجات واسعة"): "the country" or "the kingdom", with
        // no place of the sentence's own, is the country the article names most
        if (inSentence.Count == 0 && NamesTheCountry(s) && ArticleCountry() is { } home) return new[] { home };
        var country = inSentence.FirstOrDefault(IsCountry);
        return country is null ? Array.Empty<PlaceMention>() : new[] { country };
    }

    // "تزامنا مع" / "بالتزامن مع" a few words before the place, no punctuation between, and the act t not told between
    // them (no act at all, or another act the place names: "هجوم سوروتش")
    private bool InACoincidence(PlaceMention p, TriggerMention t)
    {
        for (int k = p.FirstToken - 1; k >= Math.Max(0, p.FirstToken - 6); k--)
        {
            var token = Tokens[k];
            if (token.Kind == TokenKind.Punctuation) return false;
            if (token.NormWithoutWa is "تزامنا" or "بالتزامن" && k + 1 < p.FirstToken && Tokens[k + 1].Norm == "مع")
            {
                if (t.FirstToken > k && t.FirstToken < p.FirstToken) return false;
                // (an act between is the place's own only when named by it, "هجوم سوروتش"; "تزامنا مع قصف مدفعي على منطقة
                // اللجاة" tells the coinciding act, whose own reading may lose it — the place stays a scene)
                foreach (var o in Within(_triggers, m => m.FirstToken, k + 1, p.FirstToken))
                    if (o.LastToken != p.FirstToken - 1) return false;
                return true;
            }
        }
        return false;
    }

    // A verb or noun of condemning a few words after the place and before the act: the place is the condemner's.
    private bool CondemnedFrom(PlaceMention p, TriggerMention t)
    {
        for (int k = p.LastToken + 1; k < t.FirstToken && k <= p.LastToken + 6; k++)
            if (Condemnation.At(Tokens, k)) return true;
        return false;
    }

    private bool InTransit(PlaceMention p) => WordShortlyBefore(p.FirstToken, 8, static t => TransitWords.Contains(t.Norm));

    // A word the test takes among the few words right before token first, with no punctuation between.
    private bool WordShortlyBefore(int first, int window, Func<Token, bool> test)
    {
        for (int i = first - 1; i >= Math.Max(0, first - window); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (test(Tokens[i])) return true;
        }
        return false;
    }

    private static readonly HashSet<string> TransitWords = new(StringComparer.Ordinal)
    {
        "القادمه", "القادم", "القادمين", "القادمون", "الاتيه", "الاتي", "المتجهه", "المتجه", "المتجهين", "المتوجهه", "المتوجه", "المتوجهين",
    };

    // "ألقت الأجهزة الأمنية البحرينية القبض على مواطنين اثنين، اعترفا بأنهما تدربا في إيران", "اعتقال رجلين بتهمة التخطيط
    // لهجمات في الرياض": what the held confessed to, or are charged with, was done elsewhere or is yet to be — its places
    // are no scenes of the act.
    private bool AccountOfOthersActs(int i) =>
        Tokens[i].Norm is "بتهمه" or "بتهم"
        || Tokens[i].Norm is "اعترف" or "اعترفا" or "اعترفوا" or "اعترفت" or "واعترف" or "واعترفا" or "واعترفوا" or "اقر" or "اقرا" or "اقروا"
           && i + 1 < Tokens.Count && (Tokens[i + 1].Norm.StartsWith("بان", StringComparison.Ordinal) || Tokens[i + 1].Norm.StartsWith("ان", StringComparison.Ordinal));

    // "في منطقة كرش …، أثناء سيرها على أحد الطرق المؤدية إلى قاعدة العند": where a road leads, past the place the act is
    // told at, is no scene of it ("وأخرى في الطريق المؤدي نحو مديرية التحيتا", with no other place, is where it was).
    private bool RoadLeadsOn(int i) =>
        Tokens[i].Norm is "الموديه" or "المودي" or "الموديان" && i + 1 < Tokens.Count && Tokens[i + 1].Norm is "الي" or "نحو";

    // ("وسلسة الجبال المطلة على الساحل من المضاربة في لحج إلى البرح في تعز إلى حيس في الحديدة": the ends of a range a
    // feature overlooks or stretches over, "من … إلى", say how far it reaches — no scenes beside the places taken)
    private bool ExtentOpens(int i)
    {
        if (Tokens[i].NormWithoutWa is not ("المطله" or "المطل" or "المطلين" or "الممتده" or "الممتد" or "تمتد" or "يمتد")) return false;
        for (int k = i + 1; k < Math.Min(Tokens.Count, i + 5); k++)
            if (Tokens[k].Norm == "من") return true;
        return false;
    }

    // ("في شمال مديرية حيس، وأخرى في الطريق المؤدي نحو التحيتا": "another" opens the next act, on that road)
    private bool AnotherBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++)
            if (Tokens[k].Norm is "واخري" or "واخر" or "واخرون" or "واخريات") return true;
        return false;
    }

    private bool NamesAnotherAttack(PlaceMention p, TriggerMention t)
    {
        int k = p.FirstToken - 1;
        while (k > t.LastToken && Tokens[k].Kind == TokenKind.Punctuation && Tokens[k].Surface is "\"" or "«" or "“") k--;
        return k > t.LastToken && PlaceRecognizer.NamedAttackNouns.Contains(Tokens[k].Lemma);
    }

    // "… من حي التواهي آخر معاقلهم في عدن، وهو ما يمكن رصده في تعز ومأرب": after a comma, a pronoun that opens a comment
    // on the act ("وهو ما", "وهذا") starts talk of other places, no scenes of it. ("خاصة في الكفرة وسبها", "لاسيما في …"
    // name the scenes themselves.)
    // ("سيطرت على أربع مناطق في محافظة إب الأمر الذي يقرب المقاومة أكثر من العاصمة صنعاء": "the matter which" opens
    // a comment on what the act brings, comma or not)
    private bool CommentOpens(int i) =>
        i + 1 < Tokens.Count
        && (Tokens[i].IsComma && Tokens[i + 1].Norm is "وهوما" or "وهذا" or "وهذه" or "وهو" or "وهي"
            || Tokens[i].Norm == "الامر" && Tokens[i + 1].Norm == "الذي");

    // ("… جراء القصف المكثف لطيران التحالف، من جهتها أكدت مصادر إخبارية أن … باتجاه مدينة شقرة"): after a comma, "من
    // جهتها", "من جانبه" opens another side's report — its places are no scenes of the act before it
    private bool OtherSideOpens(int i) =>
        i > 0 && i + 1 < Tokens.Count && Tokens[i - 1].Kind == TokenKind.Punctuation && Tokens[i].NormWithoutWa == "من"
        && Tokens[i + 1].Norm is "جهتها" or "جهته" or "جهتهم" or "جانبها" or "جانبه" or "جانبهم" or "ناحيتها" or "ناحيته";

    // ("… خلال قمعه مسيرات العودة على حدود قطاع غزة، في وقت أغلقت الشرطة أبواب المسجد الأقصى بالقدس"): after a comma,
    // "في وقت" or "في الوقت الذي" (at a time when) opens another act — its places are no scenes of the one before it
    // (not "في وقت سابق/متأخر", a time of this one)
    private bool AtATimeWhen(int i) =>
        i > 0 && i + 2 < Tokens.Count && Tokens[i - 1].IsComma && Tokens[i].NormWithoutWa == "في"
        && (Tokens[i + 1].Norm == "وقت" && !TimesOfTheActItself.Contains(Tokens[i + 2].Norm) || Tokens[i + 1].Norm == "الوقت" && Tokens[i + 2].Norm == "الذي");

    private static readonly HashSet<string> TimesOfTheActItself = new(StringComparer.Ordinal)
    {
        "سابق", "لاحق", "متاخر", "مبكر", "قريب", "قصير", "واحد", "مضي", "ما", "من", "لاحقا", "سابقا",
    };

    // "وطردت الحوثيين من آخر معاقلهم في محافظة ابين، وباتت قوات هادي تسيطر على عدن …": after a comma, a verb of
    // becoming opens a clause of what now holds — its places are no scenes of the act.
    private bool StateClauseOpens(int i) =>
        i + 1 < Tokens.Count && Tokens[i].IsComma && Tokens[i + 1].StartsWithWa && StateVerbs.Contains(Tokens[i + 1].Lemma);

    private static readonly HashSet<string> StateVerbs = new(StringComparer.Ordinal)
    {
        "باتت", "بات", "باتوا", "اصبحت", "اصبح", "اصبحوا", "صارت", "صار", "ظلت", "ظل", "مازالت", "مازال", "لاتزال", "لايزال",
    };

    // The place right before "، الذي/التي يشهد …" (or "تشهد", "شهد", "شهدت"), the verb a few words before the trigger.
    private PlaceMention? WitnessedBy(Sentence s, TriggerMention t, List<PlaceMention> inSentence)
    {
        for (int v = t.FirstToken - 1; v >= Math.Max(s.FirstToken + 2, t.FirstToken - 5); v--)
        {
            if (Tokens[v].Kind == TokenKind.Punctuation) return null;
            if (Tokens[v].Lemma is not ("يشهد" or "تشهد" or "شهد" or "شهدت")) continue;
            int k = v - 1;
            if (Tokens[k].Norm is not ("الذي" or "التي")) return null;
            k--;
            if (k > s.FirstToken && Tokens[k].IsComma) k--;
            foreach (var p in inSentence)
                if (p.LastToken == k) return p;
            return null;
        }
        return null;
    }

    // (any place the recognizer found there — a country witnessing is read as a party in the sentence's own places)
    private PlaceMention? WitnessesIt(Sentence s, TriggerMention t)
    {
        for (int v = t.LastToken + 1; v + 2 < Math.Min(s.EndToken, t.LastToken + 12); v++)
        {
            if (Tokens[v].Surface is "." or ":" or "؛" or ";") return null;
            if (Tokens[v].Norm is not ("الذي" or "التي" or "الذين")
                || Tokens[v + 1].Norm is not ("يشهدها" or "تشهدها" or "شهدها" or "شهدتها" or "يشهده" or "تشهده" or "شهده" or "شهدته")) continue;
            foreach (var p in Within(_places, p => p.FirstToken, v + 2, v + 3)) return p;
            return null;
        }
        return null;
    }

    private bool Residence(PlaceMention p)
    {
        for (int k = p.FirstToken - 1; k >= Math.Max(0, p.FirstToken - 4); k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (ResidenceWords.Contains(Tokens[k].Norm)) return true;
            // ("الحكومة التي تمارس عملها من الرياض": where a government in exile works from — not "توجهه إلى عمله في
            // شركة بالقاهرة", where a man was going)
            if (Tokens[k].Norm is "عملها" or "عمله" or "عملهم" && k + 1 < Tokens.Count && Tokens[k + 1].Norm == "من") return true;
        }
        return false;
    }

    // The place right after "مسيحيو", "أهالي", "سكان", "أبناء", "نازحو" (or after such a place: "مسيحيو سهل نينوى الموصل").
    private bool PeopleOfIt(PlaceMention p)
    {
        int k = p.FirstToken - 1;
        while (k >= 0 && Within(_places, q => q.FirstToken, Math.Max(0, k - 4), k + 1).FirstOrDefault(q => q.LastToken == k) is { } before) k = before.FirstToken - 1;
        return k >= 0 && PeopleNouns.Contains(Tokens[k].NormWithoutWa);
    }

    // "مائتا سائق من ساو باولو", "و70 من بيلو أوريزونتي": "من" before the place, a count right before it or before the
    // noun it counts.
    private bool CrowdCameFrom(PlaceMention p)
    {
        int k = p.FirstToken - 1;
        if (k < 1 || Tokens[k].Norm != "من") return false;
        foreach (var n in Within(_numbers, n => n.FirstToken, Math.Max(0, k - 4), k))
            if (n.LastToken == k - 1 || n.LastToken == k - 2 && Tokens[k - 1].Kind == TokenKind.ArabicWord && !Tokens[k - 1].Norm.StartsWith("ال", StringComparison.Ordinal))
                return true;
        return false;
    }

    // (nouns of a people in construct, no article: "أهالي الموصل", "مسيحيو نينوى")
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.Ordinal)
    {
        "مسيحيو", "مسيحيي", "اهالي", "سكان", "ابناء", "نازحو", "نازحي", "مهجرو", "مهجري", "لاجيو", "لاجيي", "اهل", "مواطنو", "مواطني",
    };

    // "أمام الصحافيين في أنقرة", "للصحفيين في الرياض", "في مؤتمر صحافي عقده في أنقرة": the press before the place, a
    // few words back in its clause.
    private bool SpokenAt(PlaceMention p)
    {
        for (int i = p.FirstToken - 1; i >= Math.Max(1, p.FirstToken - 5); i--)
        {
            var token = Tokens[i];
            if (token.Kind == TokenKind.Punctuation) return false;
            string word = token.LemmaWithoutArticle;
            if (word is "صحافيين" or "صحفيين" && (Tokens[i - 1].Norm is "امام" || token.HasProclitic("ل"))) return true;
            if (word is "صحافي" or "صحفي" && Tokens[i - 1].LemmaWithoutArticle is "مؤتمر") return true;
        }
        return false;
    }

    // "المقابلة لمدينة كوباني (عين العرب)": a word of facing a few words before the place, its settlement noun, its
    // other name's bracket between. (not "قبالة", off a coast or a port, which places a strike at sea: "قبالة ميناء درنة")
    private bool FacedAcross(PlaceMention p)
    {
        for (int i = p.FirstToken - 1; i >= Math.Max(0, p.FirstToken - 5); i--)
        {
            var token = Tokens[i];
            if (token.Kind == TokenKind.Punctuation && token.Surface != "(") return false;
            if (token.LemmaWithoutArticle is "مقابله" or "مقابل" or "محاذيه" or "محاذي") return true;
        }
        return false;
    }

    // "التضامن مع مدينة كوباني": the place a word of solidarity and "مع" stand before, its settlement noun between.
    private bool StoodWith(PlaceMention p)
    {
        int k = p.FirstToken - 1;
        if (k >= 0 && Tokens[k].Lemma is "مدينه" or "بلده" or "اهالي" or "سكان" or "شعب") k--;
        if (k >= 1 && Tokens[k].Norm == "مع" && Tokens[k - 1].LemmaWithoutArticle is "تضامن" or "تضامنا" or "متضامنين" or "متضامنا") return true;
        // ("استهداف ثكنات الجيش في معسكري نبل والزهراء نصرة لأهلنا في الزبداني": the town an act is done in support of,
        // its people a few words after "نصرة", is no scene of it)
        return WordShortlyBefore(p.FirstToken, 4, static t => t.Norm is "نصره" or "نصرة" or "ونصره");
    }

    // A verb of taking the casualties ("نقلوا", "أسعف") and "إلى" a few words before the place ("إلى مستشفى منبج").
    private bool TakenTo(PlaceMention p)
    {
        for (int k = p.FirstToken - 1; k >= Math.Max(1, p.FirstToken - 4); k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (Tokens[k].Norm is "الي" or "لي" && TakingVerbs.Contains(Tokens[k - 1].StartsWithWa && Tokens[k - 1].Norm.Length > 3 ? Tokens[k - 1].Norm[1..] : Tokens[k - 1].Norm))
                return true;
        }
        return false;
    }

    // The place follows "مستشفى" or "مستشفيات" within five words, with no stop and no "في" between: the name of a
    // hospital, or of a list of them.
    private bool InAHospitalsName(PlaceMention p)
    {
        for (int k = p.FirstToken - 1; k >= Math.Max(0, p.FirstToken - 5); k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation || Tokens[k].NormWithoutWa == "في") return false;
            if (Tokens[k].LemmaWithoutArticle is "مستشفي" or "مستشفيات") return true;
        }
        return false;
    }

    private static readonly HashSet<string> TakingVerbs = new(StringComparer.Ordinal)
    {
        "نقلوا", "نقل", "نقلت", "نقلهم", "نقلها", "نقله", "اسعفوا", "اسعف", "اسعفت", "اسعافهم", "اسعافه", "نقلهم", "بنقلهم", "بنقل", "نقلتهم",
    };

    private static readonly HashSet<string> ResidenceWords = new(StringComparer.Ordinal)
    {
        // (not "المقيمين في الكويت": the residents of a place hit are its victims)
        "يعيش", "تعيش", "يعيشون", "يقيم", "تقيم", "يقيمون", "المنفي", "منفاه",
    };

    private bool AcrossANationalBorder(PlaceMention p) =>
        p.Place is { } place && (place.FeatureCode == "PPLC" || place.FeatureCode.StartsWith("PCL", StringComparison.Ordinal)) && GeoLexicon.AcrossTheBorder(Tokens, p.FirstToken);

    private static bool IsSea(PlaceMention p) => p.Place?.FeatureCode == "SEA";

    private bool NamesAShip(PlaceMention p)
    {
        int k = p.FirstToken - 1;
        while (k >= 0 && Tokens[k].Norm is "'" or "\"" or "«" or "“" or "‘") k--;
        if (k < 0) return false;
        if (IsShipNoun(Tokens[k])) return true;
        // "بارجة حربية سعودية … تحمل اسم "الدمام""
        if (Tokens[k].Norm != "اسم") return false;
        for (int i = k - 1; i >= Math.Max(0, k - 10); i--)
            if (IsShipNoun(Tokens[i])) return true;
        return false;
    }

    // "قصفا جويا ومدفعيا على مواقع … في مناطق الجراحي والتحيتا": a strike adjective joined by و right after this strike
    // names a second means of it; the places after are both's, not the second's alone.
    private bool StrikeJoinedTo(TriggerMention t, TriggerMention o) =>
        o.FirstToken == t.LastToken + 1 && o.FirstToken == o.LastToken && Tokens[o.FirstToken].HasProclitic("و")
        && (StrikeAdjectives.IsGround(Tokens[o.FirstToken]) || StrikeAdjectives.IsAir(Tokens[o.FirstToken]))
        && t.Entries.All(e => e.EventType == AcledTaxonomy.Explosions);

    private static bool ObjectOfDefusing(TriggerMention t, TriggerMention o) =>
        o.FirstToken - t.LastToken <= 8 && t.Entries.Any(e => e.DefusesExplosives) && o.Entries.All(e => e.EventType == AcledTaxonomy.Explosions);

    /// <summary>The article's place in a country: its most named town there, else the country itself, else null.</summary>
    public PlaceMention? PlaceIn(string iso2)
    {
        var there = _places.Where(p => p.Place!.CountryCode == iso2 && !IsStandIn(p)).ToList();
        return MostNamed(there.Where(p => !IsCountry(p)).ToList())?.First ?? there.FirstOrDefault();
    }

    /// <summary>"جبهة صرواح", "في جبهة المصلوب", "محور كتاف": a front word with the place it names right after.</summary>
    public bool FrontOfPlace(TextSpan trigger)
    {
        if (TriggerIndex(trigger) is not (>= 0 and var k)) return false;
        var t = _triggers[k];
        if (t.FirstToken != t.LastToken || Tokens[t.FirstToken].Lemma is not ("جبهه" or "الجبهه" or "محور" or "جبهات" or "الجبهات")) return false;
        return Within(_places, p => p.FirstToken, t.LastToken + 1, t.LastToken + 2).Any();
    }

    // "بعد أن", "قبل أن", "قبل ساعات من", "بعد أيام من": the start of a clause of another time.
    private bool OtherTime(int i) =>
        Tokens[i].Norm is "بعد" or "قبل" or "وبعد" or "وقبل" && i + 1 < Tokens.Count
        && (Tokens[i + 1].Norm is "ان" || i + 2 < Tokens.Count && Tokens[i + 2].Norm == "من" && Tokens[i + 1].Lemma is "ساعات" or "ايام" or "اسابيع" or "ساعه" or "يوم" or "يومين");

    // A disappearance or a detention lasts since the day it began, and from where: "الذي اختفى منذ دخوله إلى قنصلية
    // بلاده في إسطنبول 2 أكتوبر" went missing there, that day.
    private static bool LastsSince(TriggerMention t) => AnyArrestOrAbduction(t) || t.Entries.Any(e => e.SubjectIsVictim);

    // "منذ طرده من أحياء في جنوب دمشق الشهر الماضي", "منذ سيطرتها على المدينة": "since" and a verbal noun with its
    // pronoun opens the account of an earlier act — its place and its day are that act's.
    private bool SinceAnAct(int i) =>
        Tokens[i].NormWithoutWa == "منذ" && i + 1 < Tokens.Count && Tokens[i + 1].Kind == TokenKind.ArabicWord
        && Tokens[i + 1].Form.Analysis is { Enclitic: not null } && !DateStartsAt(i + 1);

    // "في سوريا", "داخل إسرائيل", "في جنوب سوريا" (not "على جنوب إسرائيل", a target)
    private bool Locative(int k) => k >= 0 && Tokens[k].Norm is "في" or "داخل" or "بداخل";

    private readonly Dictionary<int, (List<PlaceMention> InSentence, List<PlaceMention> Towns)> _sentencePlaces = new();

    // The sentence's places that can be a scene (not inside an actor's name, not a backer), and of them the towns.
    private (List<PlaceMention> InSentence, List<PlaceMention> Towns) SentencePlaces(Sentence s)
    {
        int firstActor = FirstAtOrAfter(_actors, a => a.FirstToken, s.FirstToken);
        bool InsideActor(PlaceMention p)
        {
            for (int i = firstActor; i < _actors.Count && _actors[i].FirstToken < s.EndToken; i++)
                if (_actors[i].Rule != "anaphora" && _actors[i].Span.Overlaps(p.Span)) return true;
            return false;
        }
        var inSentence = new List<PlaceMention>();
        var candidates = new List<PlaceMention>();
        for (int i = FirstAtOrAfter(_places, p => p.FirstToken, s.FirstToken); i < _places.Count && _places[i].FirstToken < s.EndToken; i++)
        {
            var p = _places[i];
            if (p.LastToken >= s.EndToken || InsideActor(p) || NamesABacker(p) || InsideFirmName(p) || WhereSomethingMoves(p) || WhereAnEmbassyMoves(p)) continue;
            inSentence.Add(p);
            if (!IsCountry(p) && !GovernmentByCapital(p)) candidates.Add(p);
        }
        // "قلعة المضيق، شمال غربي حماة": a relative phrase right after a town only says where that town is.
        var towns = new List<PlaceMention>(candidates.Count);
        List<(PlaceMention Town, PlaceMention Locator)>? located = null;
        foreach (var p in candidates)
        {
            bool placesTheOther = false;
            // ("قلعة المضيق، شمال غربي حماة وسط سوريا", "في عدن جنوب اليمن": a country's quarter right after a town is
            // where that town lies)
            if (IsQuarterOfACountry(p))
                foreach (var q in candidates)
                    if (q != p && q.LastToken < p.FirstToken && p.FirstToken - q.LastToken <= 2 && !IsQuarterOfACountry(q)) { placesTheOther = true; break; }
            if (!placesTheOther && p.Relation is not null && !IsStandIn(p))
                foreach (var q in candidates)
                    // ("شرق حيس وشمال زبيد وغرب بيت الفقيه": a compass phrase joined by و is the next of a list, a place of its own)
                    // (not after a country's quarter, which it narrows: "في جنوب غرب سوريا قرب هضبة الجولان")
                    if (q != p && q.LastToken < p.FirstToken && (p.FirstToken - q.LastToken <= 4 && !OpensWithAndRelation(q, p) || Apposition(q, p)) && !IsQuarterOfACountry(q))
                    { placesTheOther = true; (located ??= new()).Add((q, p)); break; }
            // "غرب القرنة بالبصرة", "مديرية حيس بالحديدة": a place joined by ب right after another says where that one is
            if (!placesTheOther && p.FirstToken > 0 && Tokens[p.FirstToken].HasProclitic("ب"))
                foreach (var q in candidates)
                    // (a place in the same country, "مدينة الثورة بالحديدة"; not a building named like a town, "مستشفى الثورة بالحديدة")
                    if (q != p && q.LastToken == p.FirstToken - 1 && q.Place!.CountryCode == p.Place!.CountryCode
                        && !(q.FirstToken > 0 && BuildingWords.Contains(Tokens[q.FirstToken - 1].Lemma))) { placesTheOther = true; break; }
            // "قاعدة الشعيرات الجوية في حمص": the town after a site only says where the site is
            if (!placesTheOther && p.FirstToken > 0 && Tokens[p.FirstToken - 1].Norm == "في")
                foreach (var q in candidates)
                    if (q != p && q.LastToken < p.FirstToken && p.FirstToken - q.LastToken <= 3
                        && (q.Place!.FeatureClass != "P" || SeatAround(q, p))) { placesTheOther = true; break; }
            if (!placesTheOther) towns.Add(p);
        }
        // ("في المحافظة الواقعة جنوب غرب سوريا", "مواقع للجيش في جنوب غرب سوريا قرب هضبة الجولان"): a country's quarter
        // is only the widest frame — another place of that country the sentence names is where it happened
        if (towns.Count > 1 && towns.Exists(IsQuarterOfACountry))
            towns = towns.Where(p => !IsQuarterOfACountry(p) || !towns.Exists(q => !IsQuarterOfACountry(q) && q.Place!.CountryCode == p.Place!.CountryCode)).ToList();
        // ("بلدة صيدا الواقعة شرق درعا": the gazetteer's only Saida is Lebanon's Sidon; a town the text places by a compass
        // phrase is near that place, whatever namesake of it another country has — not a province's seat far off in the
        // same one, "حيس جنوب الحديدة")
        // ("بلدات في محيط مدينة درعا، بينها الطيبة والنعيمة وصيدا": so are the towns of a list "among them" opens after the
        // place the plural is around)
        for (int a = s.FirstToken + 1; a < s.EndToken; a++)
        {
            if (!PlaceRecognizer.AmongPluralSettlements(Tokens, s.FirstToken, a)) continue;
            var anchor = candidates.LastOrDefault(q => q.LastToken < a && a - q.LastToken <= 8 && q.Place!.FeatureClass == "P" && !IsStandIn(q));
            if (anchor is null) break;
            foreach (var town in candidates)
                if (town.FirstToken > a && town.FirstToken - a <= 16 && town.Place is { FeatureClass: "P" } && town.Place.CountryCode != anchor.Place!.CountryCode)
                    (located ??= new()).Add((town, anchor with { Confidence = 1 }));
            break;
        }
        if (located is not null)
            foreach (var (town, locator) in located)
                if (towns.IndexOf(town) is var k and >= 0 && locator.Place is { } near && town.Place is { } far
                    && far.CountryCode != near.CountryCode && far.FeatureClass == "P" && near.FeatureClass == "P" && locator.Confidence >= 0.5)
                    towns[k] = town with { Place = near, GeoPrecision = 2, Relation = "in the area of" };
        return (inSentence, towns);
    }

    // ("منطقة الضباب في تعز", "بلدة المليحة في ريف دمشق"): a province's seat or a province after a town of its own, close
    // by, only says where the town is.
    private static bool SeatAround(PlaceMention town, PlaceMention seat) =>
        seat.Place is { } big && town.Place is { } small && big.CountryCode == small.CountryCode && big.GeonameId != small.GeonameId
        && (big.FeatureCode is "PPLA" or "PPLC" or "ADM1" || seat.GeoPrecision > 1)
        && GeoDistance.Km(big.Latitude, big.Longitude, small.Latitude, small.Longitude) < 40;

    // "مدينة دوما، آخر جيب للمعارضة قرب دمشق": a comma after a town, then a phrase that describes it (no verb, no "و"
    // opening another clause) ending in the relative place — up to eight words.
    private bool Apposition(PlaceMention town, PlaceMention relative)
    {
        int comma = town.LastToken + 1;
        if (relative.FirstToken - town.LastToken > 9 || comma >= relative.FirstToken || Tokens[comma].Surface is not ("،" or ",")) return false;
        for (int i = comma + 1; i < relative.FirstToken; i++)
            if (Tokens[i].Kind == TokenKind.Punctuation || Tokens[i].HasProclitic("و") || Within(_triggers, t => t.FirstToken, i, i + 1).Any()) return false;
        return true;
    }

    private static readonly HashSet<string> BuildingWords = new(StringComparer.Ordinal)
    {
        "مستشفي", "مدرسه", "جامعه", "مسجد", "جامع", "كنيسه", "سجن", "فندق", "ملعب", "شارع", "ميدان", "ساحه", "جسر", "سوق", "مركز", "مصنع", "مطعم",
    };

    // The word before a place's name, past a settlement noun ("إلى مدينة X", "في بلدة X"), or -1.
    private int WordBeforeName(PlaceMention p)
    {
        int k = p.FirstToken - 1;
        return k >= 0 && GeoLexicon.Cues.ContainsKey(Tokens[k].Lemma) ? k - 1 : k;
    }

    // A place right after "باستثناء", "عدا" or "ما عدا", or after "إلا" in a sentence that denies nothing ("لم تشهد المعارك
    // إلا دوما" says where they were: only there). (Not after "سوى", which ends a town's name too: "بيت سوى وعربين".)
    private bool Excepted(Sentence s, PlaceMention p)
    {
        int k = WordBeforeName(p);
        if (k < s.FirstToken) return false;
        string word = Tokens[k].NormWithoutWa;
        if (word is "باستثناء" or "عدا" or "ماعدا" or "خلا") return true;
        return word == "الا" && _cues.Find(CueClass.Negation, s.FirstToken, k) is null;
    }

    // A place right after "بعد" that closes a ranking ("ثالث أكبر مدينة … بعد صنعاء"), or joined by و to such a place.
    private bool RankedAfter(List<PlaceMention> places, int i)
    {
        int k = places[i].FirstToken - 1;
        if (k > 0 && Tokens[k].Norm == "بعد")
        {
            for (int j = k - 1; j >= Math.Max(0, k - 6); j--)
                if (Tokens[j].Kind == TokenKind.Punctuation) return false;
                else if (RankingWords.Contains(Tokens[j].Norm)) return true;
            return false;
        }
        return i > 0 && places[i].FirstToken - places[i - 1].LastToken <= 2 && Tokens[places[i - 1].LastToken + 1].StartsWithWa
               && RankedAfter(places, i - 1);
    }

    private static readonly HashSet<string> RankingWords = new(StringComparer.Ordinal)
    {
        "اكبر", "ثاني", "ثالث", "رابع", "خامس", "كبري", "اهم", "اكثر",
    };

    // "الطريق الرابط بين زبيد والتحيتا", "طريق بين حلب ودمشق", "الخط الواصل بين …": the second town joined by و to the
    // first, after "بين" that a road word (and its "linking" word) stands before.
    private List<PlaceMention> WithoutLaterEndsBetween(List<PlaceMention> places)
    {
        var kept = new List<PlaceMention> { places[0] };
        bool between = false;
        for (int i = 1; i < places.Count; i++)
        {
            var (prev, p) = (places[i - 1], places[i]);
            between = SecondEndBetween(prev, p) || between && NextInList(prev, p);
            if (!between) kept.Add(p);
        }
        return kept;
    }

    // The next name of a list: within three words, joined by و or standing right after.
    private bool NextInList(PlaceMention first, PlaceMention second) =>
        second.FirstToken - first.LastToken <= 3 && (second.FirstToken == first.LastToken + 1 || JoinedByAnd(first.LastToken + 1, second.FirstToken));

    // The second name after "بين" (a road's other end, or the other town a spot lies between).
    private bool SecondEndBetween(PlaceMention first, PlaceMention second)
    {
        int k = WordBeforeName(first);
        return k >= 1 && Tokens[k].Norm == "بين" && NextInList(first, second);
    }

    // "نحو منطقة الجاح", "باتجاه مدينة الحديدة": a place named as where someone heads
    // ("في الطريق المؤدي نحو مديرية التحيتا": a road leading there is a scene)
    private bool HeadedFor(PlaceMention p) => WordBeforeName(p) is >= 1 and var k && Tokens[k].Norm is "نحو" or "باتجاه" or "تجاه" or "صوب"
        && Tokens[k - 1].Lemma is not ("مودي" or "موديه");

    // "نقل السفارة الأمريكية من تل أبيب إلى القدس": the ends of a move are no scene of what the sentence tells; nor is
    // where the wounded were flown, however long what they were hurt in runs ("نقلت طائرات الإخلاء الطبي أمس ثمانية
    // مصابين في حادث التفجير الذي تعرض له مسجد الطوارئ بأبها أول من أمس إلى مدينة الرياض").
    private bool WhereSomethingMoves(PlaceMention p)
    {
        int k = WordBeforeName(p);
        return k >= 1 && (Tokens[k].Norm is "من" or "الي" && WordShortlyBefore(k, 8, static t => t.Lemma is "نقل")
                          || Tokens[k].NormWithoutWa == "الي" && WordShortlyBefore(k, 25, static t => t.Lemma is "نقل" or "نقلت" or "نقلوا" or "اجلي" or "اجلت"));
    }

    // ("وتحديدا في الجبهة الجنوبية الغربية بالجفينة", "وبالتحديد في قرية …": a few words of its own between)
    private bool Specified(PlaceMention p) =>
        WordShortlyBefore(p.FirstToken, 6, static t => t.Norm is "تحديدا" or "وتحديدا" or "بالتحديد" or "وبالتحديد");

    // "بعيد وصوله من لندن", "لدى عودته من إسطنبول", "قادما من بيروت": where someone came from is no scene of what met
    // him, nor a town the story is about. (Asked once, when the article's places are gathered: no scene is looked for
    // among the places it leaves out.)
    private bool CameFrom(PlaceMention p)
    {
        if (TookOffFrom(p)) return true;
        int k = WordBeforeName(p);
        if (k >= 2 && Tokens[k].Norm.StartsWith("ال", StringComparison.Ordinal) && Tokens[k].Norm.EndsWith("يه", StringComparison.Ordinal)
            && Tokens[k - 1].Norm is "العاصمه" or "عاصمه") k -= 2;
        // ("وصول تعزيزات الحوثيين من صنعاء وذمار إلى الصالح": the arrival's subject between)
        return k >= 1 && Tokens[k].Norm == "من" && WordShortlyBefore(k, 4, static t => ArrivalWords.Contains(t.Norm));
    }

    // "ثلاث مقاتلات أقلعت من قاعدة في ديار بكر … وقصفت", "انطلقت من قاعدة إنجرليك": the base aircraft took off from
    // is no scene of what they struck. After "انطلقت" the base noun must follow "من" ("انطلقت المسيرة من المسجد" starts
    // a march where it is).
    private bool TookOffFrom(PlaceMention p)
    {
        for (int i = p.FirstToken - 1; i >= Math.Max(1, p.FirstToken - 8); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (Tokens[i].Norm != "من") continue;
            string verb = Tokens[i - 1].Norm;
            if (verb.StartsWith('و')) verb = verb[1..];
            bool fromBase = i + 1 < p.FirstToken && AirBaseNouns.Contains(Tokens[i + 1].LemmaWithoutArticle);
            return TakeOffVerbs.Contains(verb) && (fromBase || verb.Contains("قلع", StringComparison.Ordinal));
        }
        return false;
    }

    private static readonly HashSet<string> TakeOffVerbs = new(StringComparer.Ordinal)
    {
        "اقلعت", "اقلع", "اقلعتا", "اقلعوا", "تقلع", "يقلع", "انطلقت", "انطلق", "انطلقتا", "تنطلق", "تنطلقان", "ينطلق",
    };

    private static readonly HashSet<string> AirBaseNouns = new(StringComparer.Ordinal) { "قاعده", "مطار", "حامله" };

    private static readonly HashSet<string> ArrivalWords = new(StringComparer.Ordinal)
    {
        "وصوله", "وصولها", "وصولهم", "وصول", "عودته", "عودتها", "عودتهم", "قادما", "قادمه", "قادمين", "عايدا", "عايده", "عايدين",
        // ("بتهمة تهريب متفجرات من إيران", "شحنة أسلحة مهربة من إيران": where goods were smuggled from is no scene)
        "تهريب", "بتهريب", "وتهريب", "لتهريب", "تهريبها", "مهربه", "المهربه", "مهربا", "شحنه", "شحنات",
    };

    // "مؤسسة قزوين للقروض", "بنك بغداد": a place that names a firm is no scene.
    private bool InsideFirmName(PlaceMention p) =>
        p.FirstToken > 0 && Tokens[p.FirstToken - 1].Lemma is "موسسه" or "شركه" or "بنك" or "مصرف" or "صندوق";

    // "ميليشيات موالية لطهران", "الفصائل التابعة لأنقرة", "المدعومة من واشنطن": a place named as a backer is a government.
    private bool NamesABacker(PlaceMention p)
    {
        // ("مزارع تابعة لمديرية التحيتا": what belongs to a district, a province or a town lies in it)
        if (SettlementNouns.Contains(Tokens[p.FirstToken].LemmaWithoutArticle) || Tokens[p.FirstToken].Lemma is "محافظه" or "ولايه") return false;
        int k = p.FirstToken - 1;
        if (k >= 0 && Tokens[k].Norm == "من") k--;
        // ("غارات للتحالف الدولي بقيادة واشنطن": the capital leading a coalition names its leader)
        return k >= 0 && (BackerWords.Contains(Tokens[k].Lemma) || Tokens[k].Norm is "بقياده" or "بزعامه" or "تقوده" or "يقوده");
    }

    // "احتجاجات نقل السفارة الأمريكية إلى القدس", "افتتاح السفارة الأمريكية في القدس", "نقل سفارتها من تل أبيب": the
    // cities an embassy moves from or to are the grievance, not where the protest or the shooting is.
    private bool WhereAnEmbassyMoves(PlaceMention p)
    {
        for (int k = p.FirstToken - 1; k >= Math.Max(1, p.FirstToken - 8); k--)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (!Tokens[k].Norm.Contains("سفار", StringComparison.Ordinal)) continue;
            int verb = k - 1;
            // ("الذي نقلت فيه الولايات المتحدة سفارتها من تل أبيب إلى مدينة القدس": the verb in any person, its subject between)
            for (int v = verb; v >= Math.Max(0, k - 5); v--)
                if (Tokens[v].Lemma is "نقل" or "افتتاح" or "تدشين" or "فتح" or "نقلها" or "افتتاحها"
                    || Tokens[v].Norm is "نقلت" or "ونقلت" or "تنقل" or "ينقل" or "افتتحت" or "وافتتحت" or "فتحت") return true;
            return false;
        }
        return false;
    }

    private static readonly HashSet<string> OccupiedPrepositions = new(StringComparer.Ordinal)
    {
        "فيها", "فيه", "عليها", "عليه", "بها", "به", "منها", "منه",
    };

    private static readonly HashSet<string> ReasonWords = new(StringComparer.Ordinal)
    {
        "احتجاجا", "تنديدا", "رفضا", "استنكارا", "تضامنا", "للمطالبه", "مطالبين", "مطالبه", "اعتراضا",
        // ("استهدف موقعا شمالي غزة، ردا على … حريق في مستوطنة ناحل عوز": what an act answers happened elsewhere)
        "ردا",
        // ("الاحتجاجات في مدينة البصرة …، رغم الوعود التي قدمتها الحكومة المركزية في بغداد": what a concession sets
        // against the act is told of another place)
        "رغم", "بالرغم", "برغم",
    };

    private static readonly HashSet<string> BackerWords = new(StringComparer.Ordinal)
    {
        "موالي", "مواليه", "الموالي", "المواليه", "الموالين", "موالين", "تابع", "تابعه", "التابع", "التابعه", "حليف", "حليفه", "حلفاء",
        "مدعوم", "مدعومه", "المدعوم", "المدعومه", "المدعومين", "مدعومين",
    };

    // "قالت دمشق", "إن تل أبيب قصفت", "اتهمت موسكو": a capital speaking or acting is its government, not a place.
    private bool GovernmentByCapital(PlaceMention p)
    {
        bool capital = p.Place!.FeatureCode.StartsWith("PPLC", StringComparison.Ordinal);
        if (!capital && !p.Place.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal)) return false;
        // ("وقالت موسكو إن", "وكانت دمشق قد حرصت على …")
        if (CapitalSpeaks(p)) return true;
        int before = p.FirstToken - 1, after = p.LastToken + 1;
        bool reported = before >= 0 && _cues.IsAt(CueClass.Reporting, before, p.FirstToken, out _);
        bool spokenOf = reported || before >= 0 && (Tokens[before].Norm is "ان" or "انه" or "بان" or "اتهمت" or "اتهم" or "حملت"
                                                    // ("كما تريد واشنطن التخلص منهم", "وترفض أنقرة"): a capital that wills something
                                                    || capital && StanceVerbs.Contains(Tokens[before].Lemma)
                                                    // ("شعارات مناهضة لنظام طهران": its regime, its government)
                                                    || capital && Tokens[before].Lemma is "نظام" or "النظام" or "حكومه" or "سلطات" or "حكام");
        // ("وفي صنعاء انفجرت قنبلة": a capital after "في" is where the act that follows it happened, not who did it)
        // ("وفي العاصمة صنعاء انفجرت": with its cue word between)
        int preposition = before >= 1 && Tokens[before].Norm is "العاصمه" or "مدينه" or "المدينه" ? before - 1 : before;
        bool inIt = preposition >= 0 && Tokens[preposition].Norm is "في" or "وفي" or "ففي";
        bool acts = !inIt && after < Tokens.Count && Within(_triggers, t => t.FirstToken, after, after + 1).Any()
                    || after < Tokens.Count && _cues.IsAt(CueClass.Reporting, after, after + 3, out _)
                    // ("وواشنطن تنفي تنفيذها": a capital that denies speaks for its government)
                    || after < Tokens.Count && _cues.IsAt(CueClass.Negation, after, after + 2, out _);
        // A seat of government that is no capital ("إن تل أبيب قصفت") only when it both is spoken of and acts, or says
        // something itself ("ما قالت تل أبيب إنه", "وأعلنت تل أبيب أن").
        return capital ? spokenOf || acts || PairedWithACapital(p) || !MarkedAsAPlace(p) : spokenOf && acts || reported && WordsSaidAt(after);
    }

    // "في طهران", "بطهران", "العاصمة طهران", "شمال دمشق", "باتجاه الرياض", "على صنعاء", "شوارع طهران": a capital that
    // is a scene has a word of place before it. Bare, a verb's subject or object ("تشتبه واشنطن", "حذرت موسكو
    // واشنطن", "تصنفهم أنقرة", "التحالف بقيادة واشنطن"), it is its government.
    private bool MarkedAsAPlace(PlaceMention p)
    {
        if (p.Relation is not null || Tokens[p.FirstToken].HasProclitic("ب")) return true;
        // (the first word of its sentence, a headline's "دمشق تشهد …", is left as it was, unless it speaks: "واشنطن: …")
        int before = p.FirstToken - 1;
        if (before < 0 || Tokens[before].Kind == TokenKind.Punctuation && Tokens[before].Surface is not ("،" or ","))
            return !(p.LastToken + 1 < Tokens.Count && Tokens[p.LastToken + 1].Surface == ":");
        // ("العاصمة السورية دمشق": a cue, or a cue and its adjective)
        for (int k = before; k >= Math.Max(0, before - 1); k--)
        {
            string word = Tokens[k].LemmaWithoutArticle, norm = Tokens[k].Norm;
            if (GeoLexicon.Cues.ContainsKey(norm) || GeoLexicon.Cues.ContainsKey(Tokens[k].Lemma) || GeoLexicon.Relations.ContainsKey(norm)
                || GeoLexicon.Prepositions.Contains(norm) || SceneWords.Contains(word) || SceneWords.Contains(norm)) return true;
        }
        // ("واستهدف 3 منها الرياض": the object of a trigger a few words before, its subject between; right after the
        // verb, "سيطرت أنقرة على", the capital is the subject)
        foreach (var t in Within(_triggers, t => t.FirstToken, p.FirstToken - 5, p.FirstToken - 1))
            if (t.LastToken < p.FirstToken - 1 && t.Entries.Any(e => e.EventType == AcledTaxonomy.Explosions) && PlainObject(t.LastToken + 1, p.FirstToken))
                return true;
        // ("في حلب ودمشق": the next of a list of places takes the first's mark)
        int i = FirstAtOrAfter(_places, x => x.FirstToken, p.FirstToken);
        return i > 0 && _places[i - 1] is { } prior && prior.LastToken + 1 == p.FirstToken && Tokens[p.FirstToken].StartsWithWa && MarkedAsAPlace(prior);
    }

    // Tokens [from, to) hold the verb's subject and nothing that opens a clause ("يستهدف الوحدات الذين تصنفهم أنقرة").
    private bool PlainObject(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (Tokens[k].Kind == TokenKind.Punctuation || Tokens[k].Norm is "الذي" or "التي" or "الذين" or "ان" or "انه" or "بان" || Tokens[k].StartsWithWa)
                return false;
        return true;
    }

    // Words of place or direction before a capital that is a scene, beyond the gazetteer's cues and prepositions.
    private static readonly HashSet<string> SceneWords = new(StringComparer.Ordinal)
    {
        "علي", "صوب", "اتجاه", "حول", "خارج", "سماء", "اجواء", "شوارع", "شارع", "ساحه", "ساحات", "ميدان", "وسط", "قلب", "انحاء", "ارجاء", "احياء",
        "سجن", "سجون", "جامعه", "بازار", "سوق", "مطار", "ضاحيه", "حي", "بلديه", "مدخل", "مداخل", "فنادق", "فندق",
    };

    // "وقالت موسكو إن", "وكانت دمشق قد حرصت": a capital the subject of a verb of saying, or of one "قد" opens.
    private bool CapitalSpeaks(PlaceMention p) =>
        p.Place!.FeatureCode.StartsWith("PPLC", StringComparison.Ordinal)
        && (p.FirstToken > 0 && _cues.IsAt(CueClass.Reporting, p.FirstToken - 1, p.FirstToken, out _)
            || p.LastToken + 1 < Tokens.Count && Tokens[p.LastToken + 1].Norm == "قد");

    private static readonly HashSet<string> StanceVerbs = new(StringComparer.Ordinal)
    {
        "تريد", "يريد", "ارادت", "ترفض", "رفضت", "تسعي", "سعت", "تطالب", "طالبت", "تدعم", "دعمت", "تعتبر", "اعتبرت", "تري", "رات",
        "تهدد", "هددت", "تحذر", "حذرت", "تدعو", "دعت", "دعا", "يدعو", "قررت", "تقرر", "وافقت", "توافق", "فرضت", "تفرض", "استدعت", "تستضيف", "تخشي",
    };

    // A seat of government as the subject of a verb of saying, its words after it: "ما قالت تل أبيب إنه".
    private bool Says(PlaceMention p) =>
        p.Place!.FeatureCode.StartsWith("PPLA", StringComparison.Ordinal) && p.FirstToken > 0 && WordsSaidAt(p.LastToken + 1)
        && _cues.IsAt(CueClass.Reporting, p.FirstToken - 1, p.FirstToken, out _);

    // The words said start at token k: "إنه", "أن", "بأن".
    private bool WordsSaidAt(int k) => k < Tokens.Count && Tokens[k].Norm is "ان" or "انه" or "انها" or "انهم" or "بان" or "بانه";

    // "الخلافات بين طهران وموسكو", "وقالت دمشق وموسكو", "تهديد دمشق مع حليفتها موسكو": two countries' capitals joined
    // are their governments, as is a capital named as someone's ally.
    private bool PairedWithACapital(PlaceMention p)
    {
        if (p.Place is not { } own || !own.FeatureCode.StartsWith("PPLC", StringComparison.Ordinal)) return false;
        if (p.FirstToken > 0 && AllyWord(Tokens[p.FirstToken - 1].Norm)) return true;
        int i = FirstAtOrAfter(_places, x => x.FirstToken, p.FirstToken);
        bool Capital(PlaceMention x) => x.Place is { } place && place.FeatureCode.StartsWith("PPLC", StringComparison.Ordinal)
                                        && place.CountryCode != p.Place!.CountryCode;
        // (the second joined by و: "دمشق وموسكو"; "مع حليفتها موسكو" and "بين X وY" read the same way)
        if (i > 0 && _places[i - 1] is { } before && Capital(before) && before.LastToken + 1 == p.FirstToken && Tokens[p.FirstToken].HasProclitic("و"))
            return true;
        // ("تهديد دمشق مع حليفتها موسكو": the capital whose ally the next one is)
        return i + 1 < _places.Count && _places[i + 1] is { } next && Capital(next)
               && (p.LastToken + 1 == next.FirstToken && Tokens[next.FirstToken].HasProclitic("و")
                   || next.FirstToken - p.LastToken <= 3 && AllyWord(Tokens[next.FirstToken - 1].Norm));
    }

    private static bool AllyWord(string norm) =>
        norm is "حليفه" or "حليفتها" or "حليفها" or "حليفتيها" or "حليفته" or "وحليفتها" or "وحليفها";

    private static IReadOnlyList<PlaceMention> Distinct(List<PlaceMention> places) =>
        places.GroupBy(PlaceKey).Select(g => g.First()).ToList();

    /// <summary>
    /// Which place an event is at: the gazetteer place, except that villages the gazetteer lacks, placed at the town
    /// of their context, are each a place of their own.
    /// </summary>
    public static string PlaceKey(PlaceMention p) => p.Place is null ? "?" + p.Surface
        : IsStandIn(p) ? p.Place.GeonameId + "|" + p.Surface : p.Place.GeonameId.ToString();

    // "قرى الجنينة والجيعة وشمرة الحصان", "مديريات الحالي والدريهمي", "مدينتي السقيلبية والشيخ حديد": a settlement
    // noun before the name or the list it ends; "في محيط الكلية البحرية ومواقع أخرى" names no settlement.
    private bool NamedAsSettlement(PlaceMention p)
    {
        for (int i = p.FirstToken - 1; i >= 0 && i >= p.FirstToken - 10; i--)
        {
            var token = Tokens[i];
            if (token.Kind == TokenKind.Punctuation && token.Surface is not ("-" or "ـ")) return false;
            // ("بلدات …، بينها X وY": "among them" after a plural of settlements opens a list of its kind)
            if (SettlementNouns.Contains(token.Lemma) || PlaceRecognizer.AmongPluralSettlements(Tokens, 0, i)) return true;
        }
        return false;
    }

    // "رصدت الدفاعات إطلاق صاروخ باليستي من (مدينة صعدة) باتجاه أراضي المملكة": the place this trigger's launch came
    // from, on its way towards another (no other act told between them: "قصف غزة بعد إطلاق صاروخ منها باتجاه بئر السبع").
    private bool LaunchedFrom(PlaceMention p, TriggerMention t)
    {
        if (p.FirstToken <= t.LastToken || Within(_triggers, u => u.FirstToken, t.LastToken + 1, p.FirstToken).Any()) return false;
        int k = WordBeforeName(p);
        if (k >= 0 && Tokens[k].Norm == "(") k--;
        if (k < 0 || Tokens[k].Norm != "من") return false;
        for (int j = p.LastToken + 1; j < Math.Min(Tokens.Count, p.LastToken + 4); j++)
            if (Tokens[j].Norm is "باتجاه" or "تجاه" or "نحو" or "صوب") return true;
        // ("قذائف الهاون أطلقها ناشطون من قطاع غزة صباح اليوم قد سقطت جنوبي إسرائيل": where they fell follows)
        for (int j = p.LastToken + 1; j < Math.Min(Tokens.Count, p.LastToken + 7) && Tokens[j].Kind != TokenKind.Punctuation; j++)
            if (Tokens[j].Lemma is "سقطت" or "سقط" or "سقطا" or "تسقط" or "يسقط") return _places.Exists(q => q.FirstToken > j && q.FirstToken <= j + 3);
        // ("أطلقوا قذائف هاون من قطاع غزة على جنوب إسرائيل": "على" and the place it lands on, right after the one it left)
        return p.LastToken + 2 < Tokens.Count && Tokens[p.LastToken + 1].Norm == "علي"
            && _places.Exists(q => q.FirstToken == p.LastToken + 2 || q.FirstToken == p.LastToken + 3 && Tokens[p.LastToken + 2].Lemma is "مناطق" or "مستوطنات" or "بلدات");
    }

    private List<PlaceMention> WithoutFiringPositions(List<PlaceMention> towns, TriggerMention t)
    {
        var kept = new List<PlaceMention>(towns.Count);
        for (int i = 0; i < towns.Count; i++)
        {
            if (!FiredFrom(towns[i]) && !LaunchedFrom(towns[i], t)) { kept.Add(towns[i]); continue; }
            i = ListAround(towns, i).Hi;   // and the places listed after it
        }
        return kept;
    }

    private bool JoinedByAnd(int from, int to)
    {
        for (int k = from; k <= to; k++)
            if (Tokens[k].Norm == "و" || Tokens[k].HasProclitic("و")) return true;
        return false;
    }

    // Whether the place at index i is one of a list joined by و ("صعدة والجوف وحجة وعمران") that names a town.
    private bool ListedWith(List<PlaceMention> places, int i)
    {
        if (IsCountry(places[i])) return false;
        var (lo, hi) = ListAround(places, i);
        for (int k = lo; k <= hi; k++)
            if (k != i && places[k].GeoPrecision == 1) return true;
        return false;
    }

    // A list the text opens as places where something is ("في", "شهدت مدن", "بمخيم"), not as the ends of a line ("الخط
    // الرابط بين") or the names of backers ("بفضل دعم موسكو وطهران").
    private bool ListedAsScenes(PlaceMention first)
    {
        int k = first.FirstToken;
        if (Tokens[k].HasProclitic("ب")) return true;
        // (the list opens with its compass words: "في المناطق الواقعة غربي زبيد وشرقي التحيتا")
        while (k > 0 && IsCompassWord(Tokens[k - 1])) k--;
        if (k > 0 && Tokens[k - 1].Lemma is "الواقعه" or "الواقع") k--;
        for (int i = k - 1; i >= Math.Max(0, k - 2); i--)
            if (Tokens[i].Norm is "بين" or "وبين") return false;
        for (int i = k - 1; i >= Math.Max(0, k - 2); i--)
            if (Locative(i) || Tokens[i].Norm == "وفي" || SettlementNouns.Contains(Tokens[i].Lemma) || Tokens[i].Lemma is "مواقع" or "جبهات" or "محافظتي" or "محافظتا" or "مديريتا") return true;
        return false;
    }

    private bool BordersThePlaceBefore(List<PlaceMention> places, int k)
    {
        if (k == 0) return false;
        int i = places[k].FirstToken - 1, end = places[k - 1].LastToken;
        // (the next of a list the bordering word opened: "كركوك وصلاح الدين")
        if (i == end && Tokens[places[k].FirstToken].StartsWithWa) return BordersThePlaceBefore(places, k - 1);
        if (i > end && Tokens[i].Lemma is "محافظه" or "محافظات" or "ولايه" or "مدينه" or "منطقه" or "مديريه" or "قضاء" or "ناحيه") i--;
        if (i > end && Tokens[i].Norm == "مع") i--;
        return i == end + 1 && BorderingWords.Contains(Tokens[i].Norm);
    }

    private static readonly HashSet<string> BorderingWords = new(StringComparer.Ordinal)
    {
        "الحدوديه", "الحدودي", "حدوديه", "حدودي", "المحاذيه", "المحاذي", "المتاخمه", "المتاخم", "المجاوره", "المجاور",
    };

    private bool DistrictOfThePlaceBefore(List<PlaceMention> places, int k)
    {
        if (k == 0) return false;
        int gap = places[k].FirstToken - places[k - 1].LastToken;
        var cue = Tokens[places[k].FirstToken - 1];
        // ("في منطقة الفازة غربي مديرية التحيتا في جبهة الحديدة": the front a place is on places it)
        if (gap <= 8 && cue.Lemma is "جبهه" or "الجبهه" or "جبهات" or "الجبهات" or "محور"
            && !PunctuationBetween(places[k - 1].LastToken, places[k].FirstToken)) return true;
        // ("مخيم اليرموك للاجئين الفلسطينيين الواقع في جنوب دمشق": "located in" says where the place before it is — one
        // the gazetteer knows: "بلدة الطيبة الواقعة جنوب شرق مدينة درعا" is placed by Daraa, its scene)
        // (but no province lies in a town: "جامعة الانبار الواقعة في مدينة الرمادي" names a site by its province, and the
        // town is its scene)
        if (gap <= 8 && !IsStandIn(places[k - 1]) && !PunctuationBetween(places[k - 1].LastToken, places[k].FirstToken) && LocatedInBetween(places[k - 1].LastToken + 1, places[k].FirstToken))
            return !ProvinceNamingASiteIn(places[k - 1], places[k]);
        // ("المنطقة الخضراء شديدة التحصين في بغداد": a site's two-word description may stand before في and the town)
        if (ProvinceSeatPlacing(places[k - 1], places[k])) return true;
        // ("حي التواهي آخر معقل للحوثيين في عدن": the last stronghold of a side "in" a town is a part of it)
        if (gap <= 6 && cue.Norm == "في" && !PunctuationBetween(places[k - 1].LastToken, places[k].FirstToken)
            && LastStrongholdBetween(places[k - 1].LastToken + 1, places[k].FirstToken - 1)) return true;
        // ("في منطقة الجاح بمديرية بيت الفقيه": the unit joined by ب right after a place; "في منطقة الحبيبية بمدينة الصدر":
        // after a quarter the gazetteer lacks, its town too — the town places the quarter, no second scene)
        if (gap == 2 && cue.HasProclitic("ب") && (cue.Lemma is "مديريه" or "محافظه" or "قضاء" or "ناحيه" or "ولايه"
                                                   || (IsStandIn(places[k - 1]) ? cue.Lemma is "مدينه" or "بلده" : cue.Lemma == "ريف")))
            return true;
        if (VillagePlacedByTown(places[k - 1], places[k])) return true;
        if (gap > (cue.Norm == "في" ? 4 : 3) || IsStandIn(places[k - 1]) || PunctuationBetween(places[k - 1].LastToken, places[k].FirstToken)) return false;
        // ("منطقة الجاح التابعة لمديرية بيت الفقيه": the district the place belongs to)
        if (gap == 3 && cue.HasProclitic("ل") && cue.Lemma is "مديريه" or "محافظه" or "قضاء" or "ناحيه" or "ولايه"
            && Tokens[places[k].FirstToken - 2].Norm is "التابعه" or "التابع" or "تابعه" or "تابع") return true;
        // ("داخل المنطقة الخضراء الحصينة في بغداد", "مطار الحديدة في مدينة الحديدة"): a site or quarter, then "في" and the
        // town around it (a few kilometres off), says where the site is
        // ("حي القدم في العاصمة دمشق": a settlement word may stand between في and the town; "خور المكسر في وسط عدن", "حي
        // الشعار وسط حلب": or the town's centre)
        bool inTown = cue.Norm is "في" or "وسط" || gap == 3 && cue.Norm is "العاصمه" or "مدينه" or "المدينه" or "وسط" && Tokens[places[k].FirstToken - 2].Norm == "في";
        return inTown && places[k - 1].Place is { } site && places[k].Place is { } town
               && site.FeatureCode != "PPL" && town.FeatureCode.StartsWith("PPL", StringComparison.Ordinal)
               && GeoDistance.Km(site.Latitude, site.Longitude, town.Latitude, town.Longitude) <= 20;
    }

    // A province, then "الواقعة في" and a town ("جامعة الانبار الواقعة في مدينة الرمادي"): "في" right before the town or its
    // town noun — not a bearing from it, "لحج التي تقع إلى الشمال من عدن".
    private bool ProvinceNamingASiteIn(PlaceMention province, PlaceMention town)
    {
        var cue = Tokens[town.FirstToken - 1];
        return province.Place is { FeatureCode: "ADM1" } && town is { GeoPrecision: 1, Relation: null, Place.FeatureClass: "P" }
               && (cue.Norm == "في" || Tokens[town.FirstToken - 2].Norm == "في" && GeoLexicon.Cues.GetValueOrDefault(cue.LemmaWithoutArticle) == "town");
    }

    // ("في قرية دوما بمدينة نابلس", "في قرية (دوما) بمدينة نابلس": a village or small town named by its noun, then the town
    // whose district it lies in joined by "بمدينة" — the town places it, no second scene)
    private bool VillagePlacedByTown(PlaceMention village, PlaceMention town)
    {
        int start = village.FirstToken, end = village.LastToken;
        if (end + 1 < town.FirstToken && Tokens[end + 1].Surface == ")") end++;
        if (start > 0 && Tokens[start - 1].Surface == "(") start--;
        var cue = Tokens[town.FirstToken - 1];
        return town.FirstToken - end == 2 && cue.HasProclitic("ب") && cue.Lemma == "مدينه"
               && start > 0 && Tokens[start - 1].LemmaWithoutArticle is "قريه" or "بلده";
    }

    private bool LastStrongholdBetween(int from, int to)
    {
        for (int i = from; i + 1 < to; i++)
            if (Tokens[i].Norm is "اخر" or "اخري" && StrongholdWords.Contains(Tokens[i + 1].Norm)) return true;
        return false;
    }

    private static readonly HashSet<string> StrongholdWords = new(StringComparer.Ordinal)
    {
        "معقل", "معاقل", "معاقلهم", "معاقلها", "معاقله", "معقلهم", "معقلها", "معقله", "جيب", "جيوب", "حصون", "معقلين",
    };

    private bool LocatedInBetween(int from, int to)
    {
        for (int i = from; i < to; i++)
            if (Tokens[i].Norm is "الواقع" or "الواقعه" or "واقع" or "واقعه" or "يقع" or "تقع" or "الكاين" or "الكاينه") return true;
        return false;
    }

    // A region right after the place before it and not joined to it by و ("الصلو وحيفان بريف تعز"): it places that one.
    private bool IsRegionPlacing(List<PlaceMention> places, int k) =>
        k > 0 && (places[k].GeoPrecision > 1 && (places[k].FirstToken - places[k - 1].LastToken <= 2 || InRegionNoun(places[k - 1], places[k])
                                                 || PlacedByARelationBetween(places[k - 1], places[k]))
                  && !JoinedByAnd(places[k - 1].LastToken + 1, places[k].FirstToken) && !PunctuationBetween(places[k - 1].LastToken, places[k].FirstToken)
                  || ProvinceSeatPlacing(places[k - 1], places[k]));

    // ("قرية برقين جنوب غربي مدينة جنين في الضفة الغربية"): between the place and the region after it, only the place's
    // own bearing from a town — compass words, a settlement noun, the town — and "في" before the region
    private bool PlacedByARelationBetween(PlaceMention before, PlaceMention region)
    {
        int from = before.LastToken + 1, to = region.FirstToken - 1;
        if (to - from < 2 || to - from > 6 || Tokens[to].NormWithoutWa != "في" || !GeoLexicon.CompassWords.Contains(Tokens[from].Norm)) return false;
        for (int i = from + 1; i < to; i++)
        {
            var token = Tokens[i];
            if (GeoLexicon.CompassWords.Contains(token.Norm) || token.Lemma is "مدينه" or "بلده" or "قريه" or "محافظه" or "منطقه") continue;
            bool inPlace = false;
            foreach (var p in _places)
                if (p.FirstToken <= i && p.LastToken >= i) { inPlace = true; i = p.LastToken; break; }
            if (!inPlace) return false;
        }
        return true;
    }

    // ("ظهران الجنوب في منطقة عسير", "الطوال بمنطقة جازان"): a region named by its noun — after في, or with ب joined —
    // right after a place.
    private bool InRegionNoun(PlaceMention before, PlaceMention region)
    {
        int gap = region.FirstToken - before.LastToken;
        var cue = Tokens[region.FirstToken - 1];
        if (cue.Lemma is not ("منطقه" or "محافظه" or "ولايه" or "اقليم")) return false;
        return gap == 2 && cue.HasProclitic("ب") || gap == 3 && Tokens[before.LastToken + 1].Norm == "في";
    }

    // "وذلك في", "وذلك بـ": the words that place a sentence's main act again after the act told inside it.
    // (or the visit to its wounded: "مصابي الحادث الإرهابي الذي وقع في مسجد قوات الطوارئ الخاصة بعسير، … خلال زيارتهم
    // المصابين أمس في مستشفى قوى الأمن بالرياض")
    private bool MainActPlacedAgain(int i) =>
        Tokens[i].Norm == "وذلك" && i + 1 < Tokens.Count && (Tokens[i + 1].Norm is "في" or "خلال" or "عند" or "اثناء" || Tokens[i + 1].HasProclitic("ب"))
        || VisitOpens(i);

    // "خلال زيارتهم", "أثناء زيارته": a visit told at <paramref name="i"/>.
    private bool VisitOpens(int i) =>
        Tokens[i].NormWithoutWa is "خلال" or "اثناء" or "لدي" && i + 1 < Tokens.Count && Tokens[i + 1].Lemma.StartsWith("زيار", StringComparison.Ordinal);

    // ("مصابي الحادث الإرهابي … خلال زيارتهم المصابين أمس في مستشفى قوى الأمن"): a day after the visit to the act's
    // wounded, told after the act, is the visit's
    private bool OfTheVisitAfter(TriggerMention t, DateMention d) => d.FirstToken > t.LastToken && OfAVisit(d, t.LastToken + 1);

    // "خلال زيارتهم المصابين أمس": the day follows a visit told within three words before it.
    private bool OfAVisit(DateMention d, int from = 0)
    {
        for (int i = Math.Max(from, d.FirstToken - 4); i + 1 < d.FirstToken; i++)
            if (VisitOpens(i)) return true;
        return false;
    }

    // "جبهة طور الباحة في لحج", "مديرية حيفان بتعز": the seat of a province, named by في or ب right after a place of that
    // province, is the province the place lies in (its name the province's) — no scene of its own.
    private bool ProvinceSeatPlacing(PlaceMention before, PlaceMention seat)
    {
        if (before.Place is not { } place || seat.Place is not { FeatureCode: "PPLA" } town || place.GeonameId == town.GeonameId
            || place.CountryCode != town.CountryCode || place.Admin1Code is null || place.Admin1Code != town.Admin1Code) return false;
        int gap = seat.FirstToken - before.LastToken;
        return gap == 2 && Tokens[seat.FirstToken - 1].Norm == "في" || gap == 1 && Tokens[seat.FirstToken].HasProclitic("ب") || InRegionNoun(before, seat);
    }

    // The first and last index of the list joined by و that the place at index i is in.
    private (int Lo, int Hi) ListAround(List<PlaceMention> places, int i)
    {
        // ("شرق حيس وشمال زبيد", "غربي زبيد وشرقي وغربي التحيتا": compass words between the names of a list)
        // ("خمس غارات قرب الموصل وثلاث قرب الرمادي": a count joined by و and a relative word, the noun counted left out)
        bool Joined(PlaceMention a, PlaceMention b) => (b.FirstToken - a.LastToken <= 2 || b.FirstToken - a.LastToken <= 4 && OnlyCompassWords(a.LastToken + 1, b.FirstToken)
                                                        || b.FirstToken - a.LastToken == 3 && CountThenRelation(a.LastToken + 1))
                                                       && JoinedByAnd(a.LastToken + 1, b.FirstToken)
                                                       // ("في مديريات الظاهر، وباقم، والبقع": a comma before the و of the next)
                                                       && (!PunctuationBetween(a.LastToken, b.FirstToken)
                                                           || b.FirstToken - a.LastToken == 2 && Tokens[a.LastToken + 1].IsComma && Tokens[b.FirstToken].StartsWithWa);
        int lo = i, hi = i;
        while (lo > 0 && Joined(places[lo - 1], places[lo])) lo--;
        while (hi + 1 < places.Count && Joined(places[hi], places[hi + 1])) hi++;
        return (lo, hi);
    }

    // "وثلاث قرب", "واثنتان في": a count joined by و right before a relative word or "في".
    private bool CountThenRelation(int k) =>
        k + 1 < Tokens.Count && Tokens[k].StartsWithWa && Document.Numbers.Exists(n => n.FirstToken == k)
        && (GeoLexicon.Relations.ContainsKey(Tokens[k + 1].Norm) || Tokens[k + 1].Norm == "في");

    // "وشمال", "و جنوب", "وقرب", "وغربي مدينة": the relative phrase of the later place opens with و — it is the next of a
    // list (not "ومحيطه قرب مدينة تدمر", where the و goes on with the place before).
    private bool OpensWithAndRelation(PlaceMention before, PlaceMention p)
    {
        for (int k = p.FirstToken - 1; k > before.LastToken; k--)
        {
            string norm = Tokens[k].Norm;
            // ("ومناطق شمال حيس", "وأحياء جنوب دمشق")
            // ("خمس غارات قرب الموصل وثلاث قرب الرمادي": a count joined by و opens the next of a list, its noun left out)
            if (GeoLexicon.Relations.ContainsKey(norm))
                return Tokens[k].HasProclitic("و") || Tokens[k - 1].Norm == "و" || Tokens[k - 1].Norm is "ومناطق" or "واحياء" or "وقري" or "ومواقع"
                       || CountThenRelation(k - 1);
            if (norm.StartsWith('و') && GeoLexicon.Relations.ContainsKey(norm[1..])) return true;
        }
        return false;
    }

    private bool OnlyCompassWords(int from, int to)
    {
        // ("ومنطقة المجيلس وشرق مديرية حيس": a cue noun after the compass word)
        for (int k = from; k < to; k++)
            if (!IsCompassWord(Tokens[k]) && !(k > from && IsCompassWord(Tokens[k - 1]) && (GeoLexicon.Cues.ContainsKey(Tokens[k].Norm) || GeoLexicon.Cues.ContainsKey(Tokens[k].Lemma))))
                return false;
        return true;
    }

    // (the segmenter leaves و on some of them: "وشرق")
    private static bool IsCompassWord(Token t) => IsCompass(t.Lemma) || t.Norm.StartsWith('و') && IsCompass(t.Norm[1..]);

    private static bool IsCompass(string word) =>
        GeoLexicon.Relations.TryGetValue(word, out var r) && r is "north of" or "south of" or "east of" or "west of";

    // "شمال العراق", "وسط سوريا": a region the gazetteer names by a compass word and its country (places-extra.tsv).
    private bool IsQuarterOfACountry(PlaceMention p) =>
        p.Place!.FeatureCode == "RGN" && p.Relation is null && (IsCompassWord(Tokens[p.FirstToken]) || Tokens[p.FirstToken].Lemma == "وسط");

    // The place a sentence with none of its own points back at, or null: the town "المدينة"/"البلدة"/"القرية" after the
    // trigger means (the last town named in the three sentences before — not a capital speaking for its government,
    // "أنقرة تقول", nor one inside a name); the place "في المنطقة نفسها" means (the last named as a place, however far
    // back); and the place of the sentence before, for one opened by "إذ".
    private PlaceMention? PlacePointedBack(Sentence s, TriggerMention t, int end)
    {
        bool pointing = false, same = false;
        for (int i = t.LastToken + 1; i < end && !pointing; i++)
            pointing = Tokens[i].Norm is "المدينه" or "البلده" or "القريه" or "بالمدينه" or "بالبلده" or "بالقريه";
        // ("وهاجمت جبهة النصرة، الجمعة، مقرا للفرقة 30 في المنطقة نفسها، ووقعت اشتباكات": "the same area", anywhere in the
        // sentence before the next act, says outright that the place was named before — however far back, a region as
        // well as a town)
        for (int i = s.FirstToken; i < end && !same; i++) same = SamePlaceAgain(i, end);
        // ("وارتفعت الشعارات ذاتها في مدينة كربلاء. إذ تظاهر صباح أمس المئات": a sentence opened by "إذ" goes on the one
        // before — its place is that one's)
        if (!pointing && !same && s.Index > 0 && Tokens[s.FirstToken].Norm is "اذ")
        {
            var before = Document.Sentences[s.Index - 1];
            return _places.LastOrDefault(p => p.FirstToken >= before.FirstToken && p.LastToken < s.FirstToken && NamedBeforeAsAPlace(p)
                                              && p.Relation != "distance from");
        }
        if (!pointing && !same || s.Index == 0) return null;
        if (same)
        {
            int last = _places.FindLastIndex(p => p.LastToken < s.FirstToken && NamedBeforeAsAPlace(p));
            if (last < 0) return null;
            // (the region that places a town, "قرب مدينة أعزاز في ريف حلب الشمالي", is where the town is: the town was named)
            if (last > 0 && (_places[last].Place!.FeatureClass == "A" || _places[last].Relation is not null) && _places[last - 1] is { Place.FeatureClass: "P" } town
                && _places[last].FirstToken - town.LastToken <= 3 && !IsCountry(town)) return town;
            return _places[last];
        }
        int from = Document.Sentences[Math.Max(0, s.Index - 3)].FirstToken;
        return _places.LastOrDefault(p => p.FirstToken >= from && p.LastToken < s.FirstToken && p.Place is { } place && p.GeoPrecision == 1
                                          && !IsCountry(p) && place.FeatureClass == "P" && !SpeaksAsGovernment(p) && !InsideAName(p));
    }

    // A place a later sentence can point back at: no country, no capital speaking for its government, none inside a
    // name, and named as a place.
    private bool NamedBeforeAsAPlace(PlaceMention p) =>
        p.Place is not null && !IsCountry(p) && !SpeaksAsGovernment(p) && !InsideAName(p) && NamedAsAPlace(p);

    // A place named as where something is — after a cue ("مدينة"), a locative word, or joined by ب — not a capital
    // named bare as its government ("وزودته واشنطن بصواريخ").
    private bool NamedAsAPlace(PlaceMention p)
    {
        int k = p.FirstToken - 1;
        if (k >= 0 && GeoLexicon.Cues.ContainsKey(Tokens[k].Lemma)) return true;
        if (Tokens[p.FirstToken].HasProclitic("ب")) return true;
        return k >= 0 && Tokens[k].Norm is "في" or "وفي" or "قرب" or "بالقرب" or "داخل" or "حول" or "محيط" or "بمحيط" or "شمال" or "جنوب" or "شرق" or "غرب"
            or "شمالي" or "جنوبي" or "شرقي" or "غربي" or "ريف" or "بريف";
    }

    // "في المنطقة نفسها", "في المكان ذاته", "في نفس المنطقة", "في ذات البلدة": a place pointed back at as the one named before.
    private bool SamePlaceAgain(int i, int end)
    {
        string area = Tokens[i].NormWithoutArticle;
        if (area is not ("منطقه" or "مكان" or "مدينه" or "بلده" or "قريه" or "محافظه" or "ناحيه" or "مديريه")) return false;
        return i + 1 < end && Tokens[i + 1].Norm is "نفسها" or "ذاتها" or "نفسه" or "ذاته"
               || i > 0 && Tokens[i - 1].Norm is "نفس" or "ذات";
    }

    // A town, or the side of a town a compass word names ("غربي زبيد"): a scene that may be one of a list.
    private static bool TownOrItsSide(PlaceMention p) =>
        p.GeoPrecision == 1 || p.Relation is "north of" or "south of" or "east of" or "west of" && p.Place!.FeatureClass == "P";

    // "من مواقعهم في الجراحي", "انطلاقا من الأراضي السورية", "من مناطق سيطرتهم في": the place a side fires from.
    private bool FiredFrom(PlaceMention p)
    {
        if (FlownFrom(p)) return true;
        int k = WordBeforeName(p);
        // ("قصفت إحدى طائرات سلاح الجو من قاعدة طبرق الجوية أحد المراكب قبالة ميناء درنة": the base or airport it flew from)
        if (k >= 0 && Tokens[k].Norm == "من"
            && (k + 1 < p.FirstToken && Tokens[k + 1].Lemma is "قاعده" or "مطار" || p.Place?.FeatureCode is "AIRB" or "AIRP" or "MILB" && k == p.FirstToken - 1))
            return true;
        if (k < 2 || Tokens[k].Norm != "في") return false;
        // ("من مواقعهم في", "من مناطق سيطرتهم في")
        int m = k - 1;
        if (m >= 1 && Tokens[m].Lemma is "سيطرتهم" or "سيطرتها" or "سيطره" or "تمركزهم" or "تمركزها") m--;
        return m >= 1 && LaunchPositions.Contains(Tokens[m].Norm) && Tokens[m - 1].Norm == "من";
    }

    // "انطلاقا من الأراضي السورية", "سمحت للولايات المتحدة باستخدام قاعدة انجرليك", "فتحت قاعدة إنجرليك الجوية للطائرات
    // الأمريكية": the ground a force sets out from, a base lent or opened to it — where its aircraft fly from, not the
    // article's scene (a base told with a bare "من" may be one left or passed by: "الانسحاب من قاعدة العند").
    private bool FlownFrom(PlaceMention p)
    {
        int k = WordBeforeName(p);
        if (k >= 1 && Tokens[k].Norm == "من" && Tokens[k - 1].Norm is "انطلاقا" or "انطلاق") return true;
        // ("إثر هجوم شنته من عدن", "انطلقت القوات من عدن"): launched or set out from it
        if (k >= 1 && Tokens[k].Norm == "من" && Tokens[k - 1].NormWithoutWa is "شنته" or "شنها" or "شنوه" or "شنوها" or "انطلق" or "انطلقت" or "انطلقوا")
            return true;
        // (the base's word inside a name the gazetteer knows with it, "قاعدة إنجرليك", or a cue before the name)
        int b = IsBaseWord(Tokens[p.FirstToken]) ? p.FirstToken : p.FirstToken >= 1 && IsBaseWord(Tokens[p.FirstToken - 1]) ? p.FirstToken - 1 : -1;
        return b >= 1 && BaseLendingWords.Contains(Tokens[b - 1].Norm);
    }

    private static bool IsBaseWord(Token t) => t.Lemma is "قاعده" or "قواعد" or "مطار";

    private static readonly HashSet<string> BaseLendingWords = new(StringComparer.Ordinal)
    {
        "استخدام", "باستخدام", "لاستخدام", "استخدمت", "استخدم", "تستخدم", "يستخدم", "فتح", "بفتح", "فتحت", "تفتح", "استعمال", "باستعمال",
    };

    private static readonly HashSet<string> LaunchPositions = new(StringComparer.Ordinal)
    {
        "مواقع", "مواقعهم", "مواقعها", "موقعهم", "موقعها", "مناطق", "مناطقهم", "مناطقها", "معاقلهم", "معاقلها", "مراكزهم", "مراكزها",
        "منصات", "منصاتهم", "تمركزات", "تجمعاتهم",
    };

    // "في منطقة المنقم بمديرية الدريهمي": the town right after a name the gazetteer lacks is where the geoparser stood
    // that name; it says where the village is and is no scene of its own.
    // ("مديريتي بعدان والسدة": a place joined by و to the village the gazetteer lacks is the list's next place, not
    // where the village lies)
    private bool LocatesStandIn(PlaceMention p, List<PlaceMention> places) =>
        !(Tokens[p.FirstToken].StartsWithWa || p.FirstToken > 0 && Tokens[p.FirstToken - 1].Norm == "و")
        && places.Any(q => IsStandIn(q) && q.Place!.GeonameId == p.Place!.GeonameId && q.LastToken < p.FirstToken
                           && (p.FirstToken - q.LastToken <= 3 || OnlyLocatingWordsBetween(q.LastToken, p.FirstToken)));

    // ("منطقة كهبوب الجبلية، بين محافظتي لحج وتعز", "قرية المشابيح القريبة من سوق الملاحيظ": words that say where the
    // name before lies, and the settlement or site noun of the next)
    private bool OnlyLocatingWordsBetween(int from, int to)
    {
        if (to - from > 6 || to <= from + 1) return false;
        bool locating = false;
        for (int i = from + 1; i < to; i++)
            if (LocatingWords.Contains(Tokens[i].Norm)) locating = true;
            else if (!(Tokens[i].IsComma || i >= to - 2 && (GeoLexicon.Cues.ContainsKey(Tokens[i].Lemma) || BuildingWords.Contains(Tokens[i].Lemma)))) return false;
        return locating;
    }

    private static readonly HashSet<string> LocatingWords = new(StringComparer.Ordinal)
    {
        "بين", "القريبه", "القريب", "قرب", "بالقرب", "من", "المحاذيه", "المحاذي", "بمحاذاه", "التابعه", "التابع", "الواقعه", "الواقع",
    };

    // "بلدة حمورية وأجزاء من بلدات سقبا": words for parts and groups of places, not names.
    private static readonly HashSet<string> PartWords = new(StringComparer.Ordinal)
    {
        "اجزاء", "جزء", "اطراف", "محيط", "ضواحي", "مواقع", "احياء", "مناطق", "بلدات", "قري", "مدن", "بعض", "عدد", "معظم", "غالبيه", "كامل", "باقي", "بقيه",
    };

    /// <summary>A town named at token <paramref name="i"/>: its settlement word ("بلدة", "قريتي", "مدينة") and a place named with it or right after.</summary>
    public bool TownNamedAt(int i) =>
        i + 1 < Tokens.Count && SettlementNouns.Contains(Tokens[i].Lemma) && Within(_places, p => p.FirstToken, i, i + 3).Any();

    private static readonly HashSet<string> SettlementNouns = new(StringComparer.Ordinal)
    {
        "مدينه", "مدينتي", "مدن", "بلده", "بلدتي", "بلدات", "قريه", "قريتي", "قري", "مديريه", "مديريتي", "مديريات", "ناحيه", "نواحي",
        "حي", "حيي", "احياء", "مخيم", "مخيمات", "منطقه", "منطقتي", "مناطق", "مستوطنه", "مستوطنات", "عزبه", "قضاء", "بلدتا", "قريتا", "مدينتا",
    };

    // The geoparser's relation for a name it could not find, placed at the town of its context (PlaceRecognizer).
    private static bool IsStandIn(PlaceMention p) => p.Relation == "in the area of";

    // "في البلاد", "أرجاء البلاد", "في المملكة", "بالمملكة": the article's country, named by the word for a country.
    private bool NamesTheCountry(Sentence s)
    {
        for (int k = s.FirstToken + 1; k < s.EndToken; k++)
        {
            string w = Tokens[k].NormWithoutWa;
            if (w is "بالبلاد" or "بالمملكه") return true;
            if (w is "البلاد" or "المملكه" && Tokens[k - 1].NormWithoutWa is "في" or "انحاء" or "ارجاء" or "مختلف" or "كافه" or "عموم") return true;
        }
        return false;
    }

    // The country the article names most (the first named of equals). (Asked only by a sentence with no place of its own
    // that names "the country": no cache needed.)
    private PlaceMention? ArticleCountry() => MostNamed(_places.FindAll(IsCountry))?.First;

    internal static bool IsCountry(PlaceMention p) => p.Place!.FeatureCode.StartsWith("PCL", StringComparison.Ordinal);

    /// <summary>The article's one country when it names no town and only one country: its first mention, else null.</summary>
    public PlaceMention? OnlyCountry()
    {
        if (MainPlace is not null) return null;
        PlaceMention? only = null;
        foreach (var p in _places)
        {
            if (!IsCountry(p)) return null;
            if (only is null) only = p;
            else if (only.Place!.CountryCode != p.Place!.CountryCode) return null;
        }
        return only;
    }

    private static PlaceMention? FindMainPlace(List<PlaceMention> places)
    {
        // Names the gazetteer lacks stand at their context's town: they do not make it the article's town.
        // ("في محافظة صلاح الدين شمالي العاصمة بغداد": a town named only to say where another place lies is not the
        // article's town)
        var towns = new List<PlaceMention>();
        for (int i = 0; i < places.Count; i++)
            // (a sea is where ships are hit, never the article's town)
            if (!IsCountry(places[i]) && places[i].GeoPrecision <= 2 && !IsStandIn(places[i]) && !IsSea(places[i]) && !LocatesThePlaceBefore(places, i)) towns.Add(places[i]);
        var town = MostNamed(towns);
        // "الجيش اليمني حقق انتصارات في محافظة حجة … في حجة … في محافظه حجة" and one front elsewhere: an article told
        // mostly of a province is about that province, not about a town it names in passing.
        var regions = new List<PlaceMention>();
        foreach (var p in places)
            if (!IsCountry(p) && p.GeoPrecision == 3 && !IsStandIn(p)) regions.Add(p);
        var region = MostNamed(regions);
        // (and an article that names no town and no other region is about its one region: "شمال سيناء" once in a statement)
        if (region is { } r && r.Count > (town?.Count ?? 0) && (r.Count >= 2 || town is null && regions.TrueForAll(p => p.Place!.GeonameId == r.First.Place!.GeonameId))) return r.First;
        return town?.First;
    }

    // The place named most often, the first named of equals: its first mention and how many times it is named.
    // (A count per place and one pass in order, keeping a place only when it beats the best so far: the same pick as
    // the stable GroupBy/OrderByDescending(count)/ThenBy(first start) it replaces, for a fraction of the allocations.)
    private static (PlaceMention First, int Count)? MostNamed(List<PlaceMention> mentions)
    {
        if (mentions.Count == 0) return null;
        var counts = new Dictionary<long, int>();
        foreach (var p in mentions) counts[p.Place!.GeonameId] = counts.GetValueOrDefault(p.Place!.GeonameId) + 1;
        (PlaceMention First, int Count)? best = null;
        foreach (var p in mentions)
        {
            // (each place is met first at its first mention; its later mentions find it removed)
            if (!counts.Remove(p.Place!.GeonameId, out int count)) continue;
            if (best is not { } b || count > b.Count || count == b.Count && p.Span.Start < b.First.Span.Start) best = (p, count);
        }
        return best;
    }

    // A town with a compass phrase ("شمالي العاصمة بغداد") right after another place only says where that one lies.
    // (not a countryside, "قرية هجين بريف دير الزور": that names the region the article is about)
    private static bool LocatesThePlaceBefore(List<PlaceMention> places, int i)
    {
        var p = places[i];
        if (p.Relation is not ("north of" or "south of" or "east of" or "west of" or "distance from") || i == 0) return false;
        var before = places[i - 1];
        // (a name the gazetteer lacks, "منطقة نهم شرق صنعاء", stands at that town: the town is its only place)
        // ("أبين، جنوب شرق العاصمة اليمنية صنعاء": the compass words and the cue stand between)
        return !IsCountry(before) && !IsStandIn(before) && before.LastToken < p.FirstToken && p.FirstToken - before.LastToken <= 6;
    }

    /// <summary>
    /// The day another sentence gives the same event: "بعد الهجوم المفترض بالسلاح الكيميائي في دوما السبت الماضي" dates
    /// the undated "الهجوم الكيميائي الذي نسبته تقارير إلى النظام في دوما" of a later sentence — a mention of the same
    /// kind of event at the same place with a recent day in its sentence, whether or not it made an event itself.
    /// Null when no other sentence dates it, or when two give different days (two events, not one retold).
    /// </summary>
    public (PartialDate Date, TextSpan Span)? DayFromAnotherReport(string subEventType, PlaceMention place, IReadOnlyList<TextSpan> ownSentences,
        TextSpan ownTrigger, IEnumerable<TriggerMention> triggers)
    {
        // Only a definite singular noun refers back to one known event ("الهجوم الكيميائي", "الغارة", "التفجير"); a
        // plural or a verb may tell of a wave or a campaign that goes on ("الاحتجاجات", "غارات جوية", "قتلوا").
        if (TriggerIndex(ownTrigger) is not (>= 0 and var k) || !RefersBack(_triggers[k])) return null;
        string key = PlaceKey(place);
        (PartialDate Date, TextSpan Span)? found = null;
        foreach (var t in triggers)
        {
            if (!t.Entries.Any(e => e.SubEventType == subEventType || e.IsStrike && subEventType is AcledTaxonomy.AirStrike or AcledTaxonomy.Shelling)) continue;
            // a weak word tells of an act only as the weapon of a strong one ("الهجوم المفترض بالسلاح الكيميائي"), not
            // as a topic ("زيارة منظمة حظر الأسلحة الكيميائية")
            if (t.IsWeak && !Within(_triggers, o => o.FirstToken, t.FirstToken - 6, t.LastToken + 7)
                    .Any(o => !o.IsWeak && o.Sentence == t.Sentence)) continue;
            var s = Document.Sentences[t.Sentence];
            if (ownSentences.Contains(s.Span)) continue;
            if (DateFor(s, t, out var span) is not { Precision: DatePrecision.Day } day || span is null) continue;
            // a day that close to the mention is its own ("… في دوما السبت الماضي"), not the day of the sentence's
            // verb ("ورحبت دمشق الثلاثاء بزيارة … للتحقيق في التقارير حول الهجوم الكيميائي")
            var d = Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).First(d => d.Span == span.Value);
            if (Math.Min(Math.Abs(d.FirstToken - t.LastToken), Math.Abs(t.FirstToken - d.LastToken)) > 6) continue;
            // (the place named in that sentence: the article's main place, which PlacesFor falls back on, dates nothing)
            if (!PlacesFor(s, t).Any(p => PlaceKey(p) == key && p.FirstToken >= s.FirstToken && p.FirstToken < s.EndToken)) continue;
            // (the dearer tests last: a mention that is background, a question, a linked headline or suppressed dates nothing)
            if (IsBackground(s) || IsQuestion(s) || IsLinkToAnotherStory(s) || IsSuppressed(s, t)) continue;
            if (found is { } f && f.Date.Date != day.Date) return null;
            found = (day, span.Value);
        }
        return found;
    }

    // (the noun may follow a light verb: "شن الهجوم الكيميائي")
    private bool RefersBack(TriggerMention t)
    {
        bool definite = false;
        for (int i = t.FirstToken; i <= t.LastToken; i++)
        {
            var token = Tokens[i];
            if (token.Lemma.EndsWith("ات", StringComparison.Ordinal) || BrokenPlurals.Contains(token.Lemma)) return false;
            definite |= token.Form.Analysis is { HasArticle: true };
        }
        return definite;
    }

    // Plurals of event nouns not formed with ات.
    private static readonly HashSet<string> BrokenPlurals = new(StringComparer.Ordinal) { "معارك", "ضحايا", "قتلي", "جرحي" };

    // Tokens added to the distance of a day before the act's word when choosing the nearest (DateFor).
    private const int BeforePenalty = 2;

    // The cue is a verb of condemning, demanding or chanting and the act it reports is a protest.
    private bool CrowdsOwnWords(int cue, TriggerMention t) =>
        t.Entries.All(e => e.EventType == AcledTaxonomy.Protests) && CrowdVerbs.Contains(Tokens[cue].NormWithoutWa);

    private static readonly HashSet<string> CrowdVerbs = new(StringComparer.Ordinal)
    {
        "ندد", "نددت", "نددوا", "طالب", "طالبت", "طالبوا", "هتف", "هتفت", "هتفوا", "رفع", "رفعت", "رفعوا", "احتج", "احتجت", "احتجوا",
    };

    /// <summary>The trigger's date: the nearest date in its sentence, else the publication date (week precision).</summary>
    public PartialDate? DateFor(Sentence s, TriggerMention t, out TextSpan? span, int answer = -1)
    {
        span = null;
        // (an answered event's day is its own, not the answer's: "شنت غارات السبت ردا على هجوم كيماوي")
        int end = GrievanceAfter(s, t) ?? AnswerAfter(s, t) ?? s.EndToken;
        var dates = Within(_dates, d => d.FirstToken, Math.Max(s.FirstToken, answer + 1), end).Where(d => d.LastToken < end).ToList();
        var pub = Document.Published;
        // ("واستهدفت الغارات، التي تأتي ضمن عملية عسكرية أطلقتها قوات النخبة في فبراير الماضي، مواقع للتنظيم": a day in a
        // relative clause set off by commas dates what the clause tells, not the act it describes)
        if (dates.Count > 0)
            dates = dates.Where(d => !InAsideRelative(s, d.FirstToken, t) && !FirstTimeSince(s, d, t) && !SinceInARelativeAfter(s, d, t) && !OfAnActSince(s, d, t) && !InResultClause(s, d, t)
                                     && !OfTheVisitAfter(t, d)).ToList();
        // (a day long past in a "بعدما" clause, when the sentence gives the act a recent day of its own)
        if (dates.Count > 1 && dates.Exists(d => IsRecent(d.Date) && !OfAnActBefore(s, d, t)))
            dates = dates.Where(d => IsRecent(d.Date) || !OfAnActBefore(s, d, t)).ToList();
        // ("وأفاد المرصد، السبت، بأنه وثق مقتل 8 مدنيين … ما رفع الحصيلة منذ 18 فبراير إلى 1002": a day something is
        // counted or has gone on since is the start of a span; another day the sentence gives is the act's)
        if (dates.Count > 1)
        {
            var spanStarts = dates.Where(d => Since(s, d)).ToList();
            if (spanStarts.Count > 0 && spanStarts.Count < dates.Count) dates = dates.Except(spanStarts).ToList();
        }
        // "أعلن الجيش الأميركي، الأربعاء، مقتل القيادي … في الغارة التي شنتها طائرة أميركية … السبت الماضي": the day
        // after the reporting verb and its source is the report's, when the sentence gives the act a day of its own.
        // (not a crowd's own words at its protest: "ندد الآلاف مساء السبت في تظاهرة في تل أبيب بقانون أقره الكنيست في 19
        // تموز" — the condemning is the protest, and its day the protest's)
        if (dates.Count > 1 && ReportBounds(s) is { } report && t.FirstToken >= report.Content && !CrowdsOwnWords(report.Cue, t))
        {
            var own = dates.Where(d => !(d.FirstToken > report.Cue && d.LastToken < report.Content)).ToList();
            if (own.Count > 0) dates = own;
        }
        // "23 فبراير/شباط، نظم طلاب … اعتصامات بعد صلاة الجمعة": a sentence that opens with a day and month (an entry of a
        // chronology) is of that day; a weekday in it is that date's, not the latest one before publication.
        if (dates.Count > 1 && dates[0] is { Kind: DateExpressionKind.Absolute, Date.Precision: DatePrecision.Day } opening && opening.FirstToken == s.FirstToken)
            dates = dates.Where(d => d.Kind != DateExpressionKind.Weekday).ToList();
        // ("اختطف الرهائن خلال هجمات الأربعاء الدامي … في 25 من شهر يوليو الماضي": a weekday that is the weekday of a full
        // date the sentence gives names that date, not the latest such day before publication)
        if (dates.Count > 1 && dates.Exists(d => d is { Kind: DateExpressionKind.Absolute, Date.Precision: DatePrecision.Day }))
        {
            var named = dates.Where(d => d.Kind == DateExpressionKind.Weekday
                                         && dates.Exists(a => a is { Kind: DateExpressionKind.Absolute, Date.Precision: DatePrecision.Day } && a.Date.Date.DayOfWeek == d.Date.Date.DayOfWeek
                                                              && a.Date.Date != d.Date.Date)).ToList();
            if (named.Count > 0) dates = dates.Except(named).ToList();
        }
        // "اعترضت صاروخا استهدف نجران الأحد، وأسقطت صاروخا آخر استهدف جيزان الجمعة": a clause joined by "، و" has its
        // own day when it names one
        if (dates.Count > 1)
        {
            var (lo, hi) = JoinedClause(s, t);
            var own = dates.Where(d => d.FirstToken >= lo && d.LastToken < hi).ToList();
            if (own.Count > 0 && own.Count < dates.Count) dates = own;
        }
        if (dates.Count > 0)
        {
            // (a day after the act's word is bound to it more tightly than one as near before it, which mostly follows a verb of
            // its own: "وصلت … الاثنين رفات 38 عاملا خطفوا وقتلوا … عام 2014")
            var nearest = dates.OrderBy(d => Math.Min(Math.Abs(d.FirstToken - t.LastToken), Math.Abs(d.LastToken - t.FirstToken)) + (d.LastToken < t.FirstToken ? BeforePenalty : 0)).First();
            span = nearest.Span;
            if (!IsRecent(nearest.Date)) return null;                              // background
            // ("قتل 174 مدنيا جراء القتال الدائر … خلال شهر يوليو": what a whole month counts is a tally, no event)
            // (a month named, not "خلال الشهر الجاري", which may date one strike: "أعلن البنتاغون عن غارة مماثلة … خلال الشهر الجاري")
            if (nearest is { Kind: DateExpressionKind.Absolute, Date.Precision: >= DatePrecision.Month } && ThroughoutSpan(s, nearest)) return null;
            if (nearest is { InAPastYearsStory: true, Kind: not DateExpressionKind.Absolute }) return null;   // a day counted in a past year's story
            if (pub is { } p && nearest.Date.Date > p.AddDays(1)) return null;    // future
            // ("يستعد ناشطون غدا الجمعة للخروج في مظاهرة": tomorrow's act is a plan, a day after the paper's date or not)
            if (Tokens[nearest.FirstToken].NormWithoutWa is "غدا" or "الغد") return null;
            // "اشتباكات عنيفة مستمرة منذ الأربعاء": a day an act has gone on since is its start; the act is reported
            // going on, on the day of the report.
            if (pub is { } today && StillGoingSince(s, nearest)) return new PartialDate(today, DatePrecision.Day);
            // ("وتستهدف القوات الحكومية منذ 19 نيسان مواقع التنظيم": an act told in the present since a day goes on — the
            // report's day, at a week's precision)
            if (pub is { } now && Since(s, nearest) && (ImperfectVerb(t) || WitnessedSince(s, nearest)))
                return ReportDay(now);
            // ("وقتل 38 فلسطينيا منذ أواخر مارس … برصاص القوات الإسرائيلية": the dead counted since a day weeks back are a
            // tally of all that has gone on since, whichever word of the act the sentence gives after it)
            if (pub is { } reported && Since(s, nearest) && nearest.Date.Date.DayNumber < reported.DayNumber - 7
                && _cues.Find(CueClass.Killed, s.FirstToken, nearest.FirstToken) is not null && nearest.FirstToken < t.FirstToken) return null;
            return nearest.Date;
        }
        // ("وفي وقت سابق من ذلك اليوم قتل ثلاثة أشخاص", "وفي اليوم نفسه قتل جندي تركي": the day the sentences before gave)
        if (SameDayAsBefore(s) is { } sameDay) return sameDay;
        // ("وقع الحادث في 10 فبراير، بعد تسلل طائرة إيرانية" then "وأسقطت إسرائيل الطائرة الإيرانية، ثم شنت هجوما"): the day
        // the article says the incident happened dates what the sentences right after it tell
        if (IncidentDayBefore(s) is { } incidentDay) return incidentDay;
        // ("شنت الولايات المتحدة في 14 نيسان غارات ردا على الهجوم الكيميائي": what an answer long past answered is older still)
        if (answer >= 0 && Within(_dates, d => d.FirstToken, s.FirstToken, answer).Any(d => !IsRecent(d.Date))) return null;
        if (GoesOnAPastYearsStory(s)) return null;
        if (pub is not { } published) return null;
        // ("حصلت سكاي نيوز عربية على لقطات تظهر سيطرة المقاومة، السبت، …" filed after midnight, then "تخوض المقاومة معارك
        // ضارية" with no day): what the article goes on to tell with no day of its own is of the day its lead gives
        return ReportDay(published);
    }

    // The last day (a recent one) the two sentences before gave, when this one refers back to it: "اليوم نفسه", "اليوم
    // ذاته", "ذلك اليوم", "نفس اليوم".
    private PartialDate? SameDayAsBefore(Sentence s)
    {
        bool refersBack = false;
        for (int i = s.FirstToken; i < s.EndToken && !refersBack; i++)
            refersBack = DateRecognizer.SameDayAsTold(Tokens, i);
        if (!refersBack || s.Index == 0) return null;
        int from = Document.Sentences[Math.Max(0, s.Index - 2)].FirstToken;
        DateMention? last = null;
        foreach (var d in Within(_dates, d => d.FirstToken, from, s.FirstToken)) last = d;
        return last is { Date.Precision: DatePrecision.Day } && IsRecent(last.Date) && !last.InAPastYearsStory ? last.Date : null;
    }

    // The day of "وقع الحادث في 10 فبراير" in one of the two sentences before, with no other day told since.
    private PartialDate? IncidentDayBefore(Sentence s)
    {
        for (int j = s.Index - 1; j >= Math.Max(0, s.Index - 2); j--)
        {
            var p = Document.Sentences[j];
            var dates = Within(_dates, d => d.FirstToken, p.FirstToken, p.EndToken).ToList();
            if (dates.Count == 0) continue;
            for (int i = p.FirstToken; i + 1 < p.EndToken; i++)
            {
                if (!(IncidentVerbs.Contains(Tokens[i].Norm) || IncidentVerbs.Contains(Tokens[i].NormWithoutWa))
                    || !IncidentNouns.Contains(Tokens[i + 1].Norm)) continue;
                var day = dates.FirstOrDefault(d => d.FirstToken > i + 1 && d.FirstToken - i <= 6);
                return day is { Date.Precision: DatePrecision.Day, InAPastYearsStory: false } && IsRecent(day.Date) ? day.Date : null;
            }
            return null;
        }
        return null;
    }

    private static readonly HashSet<string> IncidentVerbs = new(StringComparer.Ordinal) { "وقع", "وقعت", "جري", "جرت", "حدث", "حدثت" };

    private static readonly HashSet<string> IncidentNouns = new(StringComparer.Ordinal)
    {
        "الحادث", "الحادثه", "الهجوم", "الاعتداء", "الانفجار", "التفجير", "الهجمات", "الاشتباك", "الاشتباكات",
    };

    // "سيطرت قوات النظام على مطار أبو الظهور، لتستعيده للمرة الأولى منذ خسارته عام 2015", "لأول مرة منذ عام 2011": the
    // year an act is the first since, after it, is the record's starting point — not the act's date.
    private bool FirstTimeSince(Sentence s, DateMention d, TriggerMention t)
    {
        if (d.FirstToken <= t.LastToken) return false;
        for (int i = d.FirstToken - 1; i >= Math.Max(s.FirstToken, d.FirstToken - 4); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (Tokens[i].Norm is not ("منذ" or "ومنذ")) continue;
            for (int r = Math.Max(s.FirstToken, i - 3); r < i; r++)
                if (RankWords.Contains(Tokens[r].Lemma) || RankWords.Contains(Tokens[r].Norm) || Tokens[r].Norm is "لاول" or "ولاول") return true;
            return false;
        }
        return false;
    }

    /// <summary>
    /// The day of the report, for what it tells with no day of its own: its lead's day when that is the day before
    /// publication, else the publication day — at a week's precision.
    /// </summary>
    public PartialDate ReportDay(DateOnly published) => new(LeadDay() ?? published, DatePrecision.Week);

    private DateOnly? _leadDay;
    private bool _leadDayFound;

    // The day the article's lead (its first four sentences, title included) gives, when it is the day before publication
    // (a story filed after midnight, or "أمس"): the day of the news, which ACLED's coders give its undated details.
    // (two days back the lead more often retells an earlier act: "اعتقال مشتبه بهم في الهجوم … يوم السبت")
    private DateOnly? LeadDay()
    {
        if (_leadDayFound) return _leadDay;
        _leadDayFound = true;
        if (Document.Published is not { } pub || Document.Sentences.Count == 0) return null;
        int end = Document.Sentences[Math.Min(3, Document.Sentences.Count - 1)].EndToken;
        foreach (var d in Within(_dates, d => d.FirstToken, 0, end))
        {
            if (d.Date.Precision != DatePrecision.Day || d.InAPastYearsStory) return null;
            int back = pub.DayNumber - d.Date.Date.DayNumber;
            // ("قال الجيش الأمريكي اليوم الأحد إن … نفذت 20 غارة … أمس السبت": the day of the report, right after its
            // source, is not the day of the news the lead tells)
            if (back == 0 && IsDayOfTheReport(d)) continue;
            // (nor the day of a visit to the wounded: "خلال زيارتهم المصابين أمس في مستشفى قوى الأمن")
            if (OfAVisit(d)) continue;
            return _leadDay = back == 1 ? d.Date.Date : null;
        }
        return null;
    }

    // The date stands between a reporting verb with its source and what the source says.
    private bool IsDayOfTheReport(DateMention d) =>
        Document.SentenceAt(Tokens[d.FirstToken].Span.Start) is { } s && ReportBounds(s) is { } report
        && d.FirstToken > report.Cue && d.LastToken < report.Content;

    // The token of the sentence's own reporting verb and the first token of what its source says, when the sentence has
    // a claim of its own (not one inherited from the sentence before).
    private (int Cue, int Content)? ReportBounds(Sentence s) =>
        Document.Claims.TryGetValue(s.Index, out var claim) && claim is { Inherited: false }
            ? (FirstAtOrAfter(Tokens, k => k.Span.Start, claim.CueSpan.Start), ClaimContentStart(claim))
            : null;

    // The stretch of the sentence between the "، و" joints around the trigger, in tokens [lo, hi).
    // Token <paramref name="at"/> lies in a relative clause set off by commas ("، التي … ،") that the trigger is outside of.
    private bool InAsideRelative(Sentence s, int at, TriggerMention t)
    {
        int open = -1;
        for (int i = at - 1; i > s.FirstToken; i--)
        {
            if (Tokens[i].Norm is not ("،" or ",")) continue;
            if (Tokens[i + 1].Norm is "التي" or "الذي" or "الذين" or "اللتين" or "اللذين") open = i;
            break;
        }
        if (open < 0 || t.LastToken >= open && t.FirstToken <= at) return false;
        // ("الغارة الأخيرة، التي وقعت في أبريل الماضي،": a clause telling when the act named just before it happened dates it)
        // (but "وبعد أسبوع من الهجوم، الذي وقع يوم 7 أبريل، شنت …": a clause on another noun dates that one)
        if (t.LastToken < open && t.LastToken >= open - 2 && open + 2 < s.EndToken && HappenedVerbs.Contains(Tokens[open + 2].Lemma)) return false;
        int close = s.EndToken;
        for (int i = at + 1; i < s.EndToken; i++)
            if (Tokens[i].IsComma) { close = i; break; }
        // (a clause that runs to the sentence's end may hold the act itself: only one closed by a comma is aside)
        return close < s.EndToken && !(t.FirstToken > open && t.LastToken < close);
    }

    private static readonly HashSet<string> HappenedVerbs = new(StringComparer.Ordinal)
    {
        "وقع", "وقعت", "جري", "جرت", "حدث", "حدثت", "نفذ", "نفذت", "نفذها", "نفذه", "شن", "شنت", "شنها", "شنه", "استهدف", "استهدفت",
        "اسفر", "اسفرت", "ادي", "ادت", "اودي", "اودت",
    };

    private (int Lo, int Hi) JoinedClause(Sentence s, TriggerMention t)
    {
        int lo = s.FirstToken, hi = s.EndToken;
        for (int i = t.FirstToken; i > s.FirstToken; i--)
            if (Tokens[i - 1].IsComma && Tokens[i].HasProclitic("و")) { lo = i; break; }
        for (int i = t.LastToken + 1; i + 1 < s.EndToken; i++)
            if (Tokens[i].IsComma && Tokens[i + 1].HasProclitic("و")) { hi = i; break; }
        return (lo, hi);
    }

    // "في 21 آذار/مارس 2003، أسفرت الغارات عن انفجارات … في يوم واحد، قامت الطائرات الأمريكية بألف طلعة": a sentence
    // with no date of its own, right after (two sentences at most) one whose last date is a day of a past year's story
    // (see DateMention.InAPastYearsStory), goes on with that story; it is not news of the day of publication.
    private bool GoesOnAPastYearsStory(Sentence s)
    {
        if (Document.Published is not { } pub) return false;
        // ("في الغضون، أصيب 18 مجندا إثر انفجار عبوة ناسفة": a sentence that turns to another report goes on no story)
        if (Document.Cues.IsAt(CueClass.TopicShift, s.FirstToken, s.EndToken, out _)) return false;
        for (int k = s.Index - 1; k >= Math.Max(0, s.Index - 2); k--)
        {
            var before = Document.Sentences[k];
            DateMention? last = null;
            foreach (var d in Within(_dates, d => d.FirstToken, before.FirstToken, before.EndToken)) last = d;
            if (last is null) continue;
            return last.InAPastYearsStory && !IsRecent(last.Date);
        }
        return false;
    }

    /// <summary>Does the sentence name a day, month or year (a date of its own for what it tells)?</summary>
    public bool SentenceHasDate(Sentence s) => Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).Any();

    /// <summary>A date named in the sentence before token <paramref name="before"/>, not after "منذ", whose whole span
    /// lies more than 30 days before the report.</summary>
    public bool OldDateBefore(Sentence s, int before, DateOnly reported)
    {
        foreach (var d in Within(_dates, d => d.FirstToken, s.FirstToken, before))
        {
            if (d.Kind != DateExpressionKind.Absolute || Since(s, d)) continue;
            // (the last day the date can mean: a month's end, a year's end)
            var end = d.Date.Precision switch
            {
                DatePrecision.Year => new DateOnly(d.Date.Date.Year, 12, 31),
                DatePrecision.Month => new DateOnly(d.Date.Date.Year, d.Date.Date.Month, DateTime.DaysInMonth(d.Date.Date.Year, d.Date.Date.Month)),
                _ => d.Date.Date,
            };
            if (end.DayNumber < reported.DayNumber - 30) return true;
        }
        return false;
    }

    // The date tells the act a "منذ طرده" clause after the trigger opens (SinceAnAct), no comma or stop between (not one
    // that lasts since: LastsSince).
    private bool OfAnActSince(Sentence s, DateMention d, TriggerMention t)
    {
        if (LastsSince(t)) return false;
        for (int i = d.FirstToken - 1; i > t.LastToken && i >= s.FirstToken; i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation) return false;
            if (SinceAnAct(i)) return true;
        }
        return false;
    }

    // ("وأعلن الجيش التركي، السبت، السيطرة الكاملة على مدينة عفرين، بعدما بدأ في 20 يناير الماضي حملة عسكرية"): a day
    // in a "بعدما" / "بعد أن" clause after the trigger dates the earlier act that clause tells, its verb of its own. Only a
    // day long past is set aside, and only for a recent day outside the clause — the act it led to is no background then.
    // (a recent one is mostly the act's day too: "اختفى بعد أن دخل إلى القنصلية … في 2 أكتوبر"; with no other day the
    // clause tells a story long past: "قتل المئات … خلال المواجهات … بعد أن أطاح به الجيش المصري في 2013")
    private bool OfAnActBefore(Sentence s, DateMention d, TriggerMention t)
    {
        for (int i = d.FirstToken - 1; i > t.LastToken && i >= s.FirstToken; i--)
            if (Tokens[i].NormWithoutWa is "بعدما" or "عقبما" || Tokens[i].NormWithoutWa is "بعد" or "عقب" && i + 1 < d.FirstToken && Tokens[i + 1].Norm == "ان")
                return true;
        return false;
    }

    // A day named right after "منذ" (since): the start of a span, not the day of an act ("منذ أواخر مارس": past the part
    // of the month).
    private bool Since(Sentence s, DateMention date)
    {
        int k = date.FirstToken - 1;
        if (k > s.FirstToken && ArabicCalendarWords.MonthParts.Contains(Tokens[k].Norm)) k--;
        return k >= s.FirstToken && Tokens[k].Norm is "منذ" or "ومنذ";
    }

    // "خلال شهر يوليو", "طوال يوليو": a date told as the span something went on throughout.
    private bool ThroughoutSpan(Sentence s, DateMention date)
    {
        for (int i = date.FirstToken - 1; i >= Math.Max(s.FirstToken, date.FirstToken - 2); i--)
        {
            if (Tokens[i].Norm is "خلال" or "طوال" or "طيله" or "وخلال") return true;
            if (Tokens[i].Norm is not ("شهر" or "الشهر")) return false;
        }
        return false;
    }

    // ("قتلوا جراء قصف للطيران على … مدينة الحسكة التي تشهد منذ 25 من شهر يونيو اشتباكات": the day since which the place a
    // relative clause after the act hangs on has seen something is no day of the act)
    private bool SinceInARelativeAfter(Sentence s, DateMention date, TriggerMention t)
    {
        if (date.FirstToken <= t.LastToken || !Since(s, date)) return false;
        for (int i = t.LastToken + 1; i < date.FirstToken; i++)
            if (IsRelativePronoun(Tokens[i].Norm)) return true;
        return false;
    }

    // "خرجت مظاهرات في عشر محافظات، لتزيد سخونة العراق كصيفه هذا العام": a day after the act, past a comma and a verb
    // of result with ل ("لتزيد", "ليرتفع"), dates what that clause tells, not the act.
    private bool InResultClause(Sentence s, DateMention date, TriggerMention t)
    {
        if (date.FirstToken <= t.LastToken) return false;
        for (int i = t.LastToken + 1; i + 1 < date.FirstToken; i++)
        {
            if (!Tokens[i].IsComma) continue;
            var next = Tokens[i + 1];
            if (next.HasProclitic("ل") && ResultVerbs.Contains(next.Lemma)) return true;
        }
        return false;
    }

    // (verbs of what an act adds up to — not of another act, "لترد الأخيرة بغارات … الثلاثاء", whose day is shared)
    private static readonly HashSet<string> ResultVerbs = new(StringComparer.Ordinal)
    {
        "تزيد", "يزيد", "ترتفع", "يرتفع", "تصل", "يصل", "تبلغ", "يبلغ", "تصبح", "يصبح", "تضاف", "يضاف", "تضيف", "يضيف",
    };

    // ("التي تشهد منذ 25 يونيو اشتباكات عنيفة ومستمرة": what a place has seen since a day is going on on the day of the report)
    private bool WitnessedSince(Sentence s, DateMention date) =>
        date.FirstToken - 2 >= s.FirstToken && Tokens[date.FirstToken - 2].Lemma is "تشهد" or "يشهد" or "شهدت" or "شهد" or "تعيش" or "يعيش";

    private bool StillGoingSince(Sentence s, DateMention date)
    {
        if (date.Kind is not (DateExpressionKind.Weekday or DateExpressionKind.Relative) || !Since(s, date)) return false;
        for (int i = Math.Max(s.FirstToken, date.FirstToken - 4); i < date.FirstToken - 1; i++)
            if (Tokens[i].Lemma is "مستمر" or "مستمره" or "متواصل" or "متواصله" or "يزال" or "تزال" or "تستمر" or "يستمر" or "تتواصل" or "يتواصل") return true;
        return false;
    }

    /// <summary>
    /// "مما تسبب بسقوط قتلى وعشرات الجرحى": in the sentence of the trigger, dead or wounded told only as a plural — no figure, no side, no negation
    /// ("دون وقوع إصابات") — in a sentence that names no military target (مواقع، تجمعات، معاقل) and no fighters or
    /// commanders: the people of the place struck.
    /// </summary>
    public bool UnnamedCasualties(TextSpan trigger)
    {
        int index = TriggerIndex(trigger);
        if (index < 0) return false;
        var s = Document.Sentences[_triggers[index].Sentence];
        bool unnamed = false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (MilitaryWords.Contains(Tokens[i].Lemma)) return false;
            if (_cues.IsAt(CueClass.TargetHead, i, s.EndToken, out _) || _cues.IsAt(CueClass.HeldPlace, i, s.EndToken, out _)) return false;
            if (Tokens[i].Lemma is not ("قتلي" or "جرحي" or "ضحايا" or "مصابين")) continue;
            for (int k = Math.Max(s.FirstToken, i - 3); k < i; k++)
                if (Tokens[k].Norm is "دون" or "بدون" or "لا" or "لم" || Tokens[k].Kind == TokenKind.Number) return false;
            // "قتلى في صفوف الحوثيين", "ضحايا من المدنيين", "قتلى مدنيون": the dead are somebody's
            if (i + 1 < s.EndToken && (Tokens[i + 1].Norm is "في" or "من" or "بين" || Within(_actors, a => a.FirstToken, i + 1, i + 2).Any())) return false;
            unnamed = true;
        }
        return unnamed;
    }

    /// <summary>
    /// "اوقع 32 قتيلا ومئة جريح", "مقتل 12 شخصا": a toll whose figure counts plain dead — "قتيلا", "شخصا" — with no side
    /// after them ("من المسلحين", "في صفوف الجيش", an actor).
    /// </summary>
    public bool PlainDeadCounted(TextSpan count)
    {
        int k = FirstAtOrAfter(Tokens, t => t.Span.Start, count.End);
        if (k >= Tokens.Count || Tokens[k].Lemma is not ("قتيلا" or "قتيل" or "قتلي" or "شخصا" or "اشخاص" or "شخص")) return false;
        int next = k + 1;
        return !(next < Tokens.Count && (Tokens[next].Norm is "من" or "في" or "بين" or "بينهم" || Within(_actors, a => a.FirstToken, next, next + 1).Any()));
    }

    /// <summary>
    /// "قتل 18 مدنيا … في غارات جوية": the civilians a toll counts (the actor named right after its figure), or null.
    /// </summary>
    public ActorRef? CiviliansCounted(TextSpan count, string? where)
    {
        int k = FirstAtOrAfter(Tokens, t => t.Span.Start, count.End);
        // ("قتل أكثر من 100 مدني": the singular after a hundred, no actor by itself — "زي مدني" is plain clothes)
        if (k < Tokens.Count && Tokens[k].Norm == "مدني" && where is not null) return CiviliansOf(where, Document.Published?.Year);
        int i = FirstAtOrAfter(_actors, a => a.FirstToken, k);
        if (i >= _actors.Count || _actors[i].FirstToken != k || _actors[i].Actor.Inter != 7) return null;
        return MembersOfAGroup(_actors[i]) ? null : _actors[i].Actor;
    }

    // ("3 أشخاص ينتمون لتنظيم القاعدة", "ثلاثة ناشطين في سرايا القدس": people of an armed group are its members)
    // (the next actor named, right after the word that ties the people to it)
    private bool MembersOfAGroup(ActorMention people)
    {
        int after = people.LastToken + 1;
        if (after >= Tokens.Count || Tokens[after].Norm is not ("في" or "من" or "ينتمون" or "ينتمي" or "تابعين" or "التابعين" or "يتبعون")) return false;
        int next = FirstAtOrAfter(_actors, a => a.FirstToken, after);
        return next < _actors.Count && _actors[next].FirstToken <= after + 1 && _actors[next].Actor.Inter is not (7 or 5 or 6);
    }

    /// <summary>
    /// The civilians of <paramref name="where"/> when the sentence names civilians and tells of dead, wounded or people
    /// choking ("حالات اختناق بين المدنيين", "إصابة مدنيين"), else null.
    /// </summary>
    public ActorRef? CiviliansHurtIn(Sentence s, string where)
    {
        bool named = false;
        foreach (var a in Within(_actors, a => a.FirstToken, s.FirstToken, s.EndToken))
            if (a.Actor.Inter == 7 && a.Rule != "person" && !MembersOfAGroup(a)) { named = true; break; }
        if (!named) return null;
        bool hurt = _cues.Find(CueClass.Killed, s.FirstToken, s.EndToken) is not null || _cues.Find(CueClass.Injured, s.FirstToken, s.EndToken) is not null;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            // ("دون وقوع إصابات بين المدنيين", "لم يسفر عن ضحايا": no one hurt; not CueClass.Negation, whose "لا" is in
            // "ما لا يقل عن 15 مدنيا" and "لا تزال الفرق تنتشل الضحايا" — two civilian targets lost when tried)
            if (Tokens[i].Norm is "دون" or "بدون" or "لم" or "عدم" or "ولم" or "ودون" || Tokens[i].Lemma is "لم" or "دون" or "عدم") return null;
            hurt |= Tokens[i].Lemma is "اختناق" or "الاختناق";
        }
        return hurt ? CiviliansOf(where, Document.Published?.Year) : null;
    }

    // Fighters, commanders and military sites: dead among them are a side's, not the people's.
    private static readonly HashSet<string> MilitaryWords = new(StringComparer.Ordinal)
    {
        "عنصر", "عنصرا", "عناصر", "مقاتل", "مقاتلا", "مقاتلين", "مقاتلون", "مقاتلي", "مقاتلو", "مسلح", "مسلحا", "مسلحين", "مسلحون", "مسلحي", "مسلحو",
        "جندي", "جنديا", "جنديين", "جنديان", "جنود", "عسكري", "عسكريا", "عسكريين", "عسكريون", "عسكريه", "ضابط", "ضباط", "قايد", "قاده", "قيادي", "قياديين",
        "ارهابي", "ارهابيين", "ارهابيون", "ميليشيات", "ميليشيا", "مليشيات", "مليشيا", "مرتزقه", "مطار", "قاعده", "ثكنه", "معسكر",
    };

    /// <summary>
    /// Killed or injured count for an event in sentence <paramref name="s"/>: numbers right after the cue ("مقتل 12")
    /// or a few words before it ("خمسة من أفراد الأمن قتلوا"); the lowest when figures disagree, as ACLED codes. A
    /// plural with no figure ("سقوط قتلى") counts 3, the least an Arabic plural can mean.
    /// </summary>
    public (int? Count, TextSpan? Span, bool Estimated) CountFor(CueClass cls, Sentence s) => CountIn(cls, s, s.FirstToken, s.EndToken);

    /// <summary>
    /// The count for a trigger: from its own clause when that clause tells of dead or wounded ("قتل 3 مدنيين في غارة
    /// على حلب، بينما قتل جندي برصاص قناص" gives the strike 3 and the sniper 1), else from the whole sentence ("شنت
    /// الطائرات غارات على صعدة، ما أدى إلى مقتل 5").
    /// </summary>
    public (int? Count, TextSpan? Span, bool Estimated) CountFor(CueClass cls, Sentence s, TriggerMention t)
    {
        // "شن غارات جوية في غزة، بعد مقتل جندي برصاص قناص": the deaths an act came after are its cause, not its toll;
        // only what the sentence tells before them counts.
        if (CauseAfter(cls, s, t) is { } cause) return Count(cls, s, s.FirstToken, cause, out _);
        if (GrievanceAfter(s, t) is { } grievance) return Count(cls, s, s.FirstToken, grievance, out _);
        if (AnswerAfter(s, t) is { } answered && _cues.Find(cls, answered, s.EndToken) is not null) return Count(cls, s, s.FirstToken, answered, out _);
        // (most sentences are one clause: asked once per sentence, not worked out per trigger)
        if (!HasClauses(s)) return CountFor(cls, s);
        var (start, end) = Clause(s, t);
        if (start == s.FirstToken && end == s.EndToken) return CountFor(cls, s);
        // (only when another clause tells of an act of its own: "فيما تحدثت مصادر أخرى عن سقوط 9 قتلى" is another
        // figure for the same one, and the lowest stands)
        if (_cues.Find(cls, start, end) is null || !Within(_triggers, u => u.FirstToken, s.FirstToken, s.EndToken).Any(u => u.FirstToken < start || u.FirstToken >= end))
            return CountFor(cls, s);
        // (a figure or one person of its own: a plural with no figure, "في حصيلة أولية", says less than the sentence)
        var own = CountIn(cls, s, start, end);
        return own.Count is null || own is { Count: PluralWithNoFigure, Estimated: true } ? CountFor(cls, s) : own;
    }

    // The word of a cause ("بعد", "عقب", "إثر", "غداة", "ردا على") right before the casualty word that follows the trigger.
    private int? CauseAfter(CueClass cls, Sentence s, TriggerMention t)
    {
        for (int i = t.LastToken + 1; i + 1 < s.EndToken; i++)
        {
            if (_cues.IsAt(cls, i, s.EndToken, out _)) return null;
            int cue = Tokens[i].Norm == "ردا" && Tokens[i + 1].Norm == "علي" ? i + 2 : i + 1;
            if ((Tokens[i].Norm is "بعد" or "عقب" or "اثر" or "غداه" or "اعقاب" || cue == i + 2) && cue < s.EndToken
                && _cues.IsAt(cls, cue, s.EndToken, out _))
                return i;
        }
        return null;
    }

    // Nouns of acts a figure may count ("3 هجمات", "5 غارات"): the figure is how many, not how many died.
    private static readonly HashSet<string> CountedActs = new(StringComparer.Ordinal)
    {
        "هجمات", "هجوم", "هجومين", "غارات", "غاره", "غارتين", "ضربات", "ضربه", "قذايف", "قذيفه", "صواريخ", "صاروخ", "صاروخين",
        "عمليات", "تفجيرات", "انفجارات", "اعتداءات",
    };

    // Nouns of places and things a figure may count ("18 موقعا", "140 هدفاً", "5 آليات"): no one's dead.
    private static readonly HashSet<string> CountedThings = new(StringComparer.Ordinal)
    {
        "موقعا", "موقع", "مواقع", "هدفا", "هدف", "اهداف", "اليه", "اليات", "مركبه", "مركبات", "عربه", "عربات", "منزلا", "منازل",
        "مبني", "مباني", "مبان", "نقطه", "نقاط", "مقرا", "مقرات", "منشاه", "منشات", "مخزنا", "مخازن", "نفقا", "انفاق",
        // ("ودمرت ثلاث مضافات", "تدمير 4 أوكار": the hideouts, depots and vehicles of a raid)
        "مضافه", "مضافات", "مضافتين", "وكرا", "اوكار", "كهفا", "كهوف", "مستودعا", "مستودعات", "معسكرا", "معسكرات", "سياره", "سيارات",
        "عبوه", "عبوات", "دراجه", "دراجات",
        // ("قضت 30 رأسا من الأغنام إثر تعرضها لسقوط مقذوفات": head of livestock are no dead people)
        "راسا", "راس", "روس",
    };

    // What a plural of dead with no figure counts: ACLED's lowest reading.
    private const int PluralWithNoFigure = 3;

    // The plurals of the dead (and of the hurt, for the count of the injured), with the article or without.
    private static readonly HashSet<string> PluralsOfTheDead = DefiniteArticle.WithAndWithout("قتلي", "شهداء", "جرحي", "مصابين", "ضحايا", "بشريه", "ارواح");

    private bool HasClauses(Sentence s)
    {
        _hasClauses ??= new sbyte[Document.Sentences.Count];
        if (_hasClauses[s.Index] == 0)
        {
            bool any = false;
            for (int i = s.FirstToken; i < s.EndToken && !any; i++) any = ClauseBoundary(i, s.EndToken) > 0;
            _hasClauses[s.Index] = (sbyte)(any ? 2 : 1);
        }
        return _hasClauses[s.Index] == 2;
    }

    private sbyte[]? _hasClauses;

    private (int? Count, TextSpan? Span, bool Estimated) CountIn(CueClass cls, Sentence s, int from, int to)
    {
        // every trigger of a sentence (or clause) asks the same question
        var key = ((long)from << 40) | ((long)s.Index << 5) | (long)cls;
        if (!_counts.TryGetValue(key, out var count)) _counts[key] = count = Count(cls, s, from, to, out _);
        return count;
    }

    private readonly Dictionary<long, (int? Count, TextSpan? Span, bool Estimated)> _counts = new();

    /// <summary>True when "دون" (without) stands right before the cue at <paramref name="i"/>, or before the "وقوع"/"سقوط"
    /// (falling), "أي" (any) and "أنباء عن" (news of) that lead to it: "دون أنباء عن خسائر بشرية".</summary>
    private bool NoneOf(int i, Sentence s)
    {
        for (int k = i - 1; k >= Math.Max(s.FirstToken, i - 5); k--)
        {
            if (Tokens[k].Norm is "دون" or "بدون" or "ودون" or "وبدون") return true;
            if (Tokens[k].Norm is not ("وقوع" or "سقوط" or "اي" or "ايه" or "انباء" or "عن" or "ورود" or "معلومات")) return false;
        }
        return false;
    }

    /// <summary>
    /// "ارتفعت حصيلة القتلى إلى 12، بعد وفاة اثنين من الجرحى متأثرين بجراحهما": a toll risen to a figure as the wounded
    /// died is the act's count now — not the first toll told with it, nor the dead it rose by (a rising toll is no
    /// disagreement, whose lowest figure would stand). Only then: a toll that rises with no word of the wounded dying is
    /// as often a running total ("وارتفع عدد القتلى المدنيين إلى 32" since a campaign began).
    /// </summary>
    private Numbers.NumberMention? RisenTo(CueClass cls, Sentence s, int from, int to)
    {
        if (cls != CueClass.Killed || !WoundedDied(s)) return null;
        for (int k = from; k < to; k++)
        {
            // (not "لترتفع بذلك حصيلة هذا القصف إلى 1517": a total the act's own toll adds to)
            if (Tokens[k].HasProclitic("ل") || Tokens[k].LemmaWithoutArticle is not ("ارتفع" or "ارتفعت" or "ارتفاع" or "يرتفع" or "ترتفع")) continue;
            for (int j = k + 1; j < Math.Min(to - 1, k + 7); j++)
            {
                // (not a running total: "ارتفعت حصيلة القتلى منذ بدء الحملة إلى 900")
                if (Tokens[j].Kind == TokenKind.Punctuation || Tokens[j].Norm is "منذ" or "خلال") break;
                if (Tokens[j].Norm != "الي") continue;
                var n = Within(_numbers, x => x.FirstToken, j + 1, j + 2).FirstOrDefault();
                if (n is null || n.Value is < 1 or > 100000) break;
                // (the toll's own word: between the rise and إلى, "حصيلة القتلى", or right after the figure, "إلى 12 قتيلا")
                bool ofTheDead = _cues.Find(cls, k, j) is not null || n.LastToken + 1 < to && _cues.IsAt(cls, n.LastToken + 1, to, out _);
                // ("إلى 47 قتيلا وجريحا": the dead and wounded together tell no toll)
                if (!ofTheDead || DeadAndWoundedTogether(n.LastToken + 1 < to && _cues.IsAt(cls, n.LastToken + 1, to, out int cue) ? cue : n.LastToken, s)) break;
                // (nor a total since a day: "إلى 46 قتيلا منذ 17 يونيو")
                if (Enumerable.Range(n.LastToken + 1, Math.Max(0, Math.Min(to, n.LastToken + 5) - n.LastToken - 1)).Any(i => Tokens[i].Norm is "منذ" or "خلال")) break;
                return n;
            }
        }
        return null;
    }

    // "منذ" within four words after the figure (its noun between), then a year, "عام" or the start of a war or revolt.
    private bool DeadSinceAYear(Numbers.NumberMention n, Sentence s)
    {
        for (int k = n.LastToken + 1; k + 1 < Math.Min(s.EndToken, n.LastToken + 5); k++)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (Tokens[k].NormWithoutWa != "منذ") continue;
            var next = Tokens[k + 1];
            return next.Norm is "عام" or "العام" or "سنه" or "بدء" or "بدايه" or "اندلاع" or "انطلاق"
                   || next.Kind == TokenKind.Number && next.Surface.Length == 4;
        }
        return false;
    }

    // "بالتنسيق مع", "بالتعاون مع" at i.
    private bool InCoordinationWith(int i) =>
        Tokens[i].NormWithoutWa is "بالتنسيق" or "بالتعاون" && i + 1 < Tokens.Count && Tokens[i + 1].Norm == "مع";

    // "بعد وفاة اثنين من الجرحى متأثرين بجراحهما", "بعدما توفي متظاهران متأثران بجروحهما": the wounded died of their wounds.
    private bool WoundedDied(Sentence s)
    {
        for (int i = s.FirstToken; i + 1 < s.EndToken; i++)
            if (Tokens[i].Norm.StartsWith("متاثر", StringComparison.Ordinal) && Tokens[i + 1].Lemma is "جراح" or "جروح" or "اصابه" or "اصابات")
                return true;
        return false;
    }

    private (int? Count, TextSpan? Span, bool Estimated) Count(CueClass cls, Sentence s, int from, int to, out bool cueFound)
    {
        int? best = null;
        TextSpan? span = null;
        TextSpan? plural = null, single = null, pair = null;
        bool singleByPronoun = false;
        bool vague = false, withOthers = false, pluralDefinite = false;
        cueFound = false;
        // (the figure right after the last cue, when it stands as the count: where it ends and what it is)
        int firstEnd = -1, firstValue = 0;
        // (the side whose dead the figure standing counts, and where it ends)
        ActorMention? earlierSide = null;
        int earlierEnd = -1;
        if (RisenTo(cls, s, from, to) is { } risen) { cueFound = true; return ((int)risen.Value, risen.Span, false); }
        for (int i = from; i < to; i++)
        {
            if (!_cues.IsAt(cls, i, to, out int last)) continue;
            // ("انفجرتا ... لكن دون سقوط ضحايا", "بدون وقوع أي قتلى": no one died — not a plural of dead)
            if (NoneOf(i, s)) { i = last; continue; }
            cueFound = true;
            // "معلنا مقتل "52 تكفيريا" و"استشهاد ضابط وضابط صف وجندي"": a second word of death joined by و right after the
            // first's count counts other dead — the two add up
            if (firstEnd >= 0 && best == firstValue && JoinedByWa(firstEnd, i) && OwnCountAfter(last, s) is > 0 and var more)
            {
                best = firstValue + more;
                vague = false;
                firstEnd = -1;
                i = last;
                continue;
            }
            // A plural of dead with no figure — "قتلى", "عدد من القتلى" (a number of), "خسائر بشرية" — is several:
            // ACLED's coders take the lowest reading, 3. (With the article too: "عزاءه لأسر الشهداء", "وسقط الضحايا".)
            for (int k = i; k <= last; k++)
                if ((PluralsOfTheDead.Contains(Tokens[k].Lemma) || PluralsOfTheDead.Contains(Tokens[k].NormWithoutWa))
                    // ("ضحايا مؤسسة قزوين للقروض": victims of something that is no act of violence are no dead)
                    && !(Tokens[k].LemmaWithoutArticle == "ضحايا" && VictimsOfNoViolence(k, s))
                    && plural is null)
                {
                    plural = Tokens[k].Span;
                    pluralDefinite = Tokens[k].NormWithoutWa.StartsWith("ال", StringComparison.Ordinal);
                }
            // "قتل عدد من مسلحي الميليشيات", "لقي عدد من الحوثيين مصرعهم": "a number of" the dead is several too.
            // ("قتل وجرح عدد من ميليشيات الحوثي": across the wounded joined to the dead)
            bool woundedJoined = last + 1 < s.EndToken && Tokens[last + 1].Norm is "وجرح" or "واصيب" or "وجرحي" or "واصابه";
            bool woundedBetween = woundedJoined && NumberOf(last + 2, s);
            // ("مقتل وجرح العشرات منهم", "مقتل وإصابة عدة أشخاص": tens or several dead and wounded together, some dead among
            // them — the lowest reading of a plural)
            if (woundedJoined && last + 2 < s.EndToken && Tokens[last + 2].LemmaWithoutArticle is "عشرات" or "عده" or "ميات")
                plural ??= Tokens[last + 2].Span;
            if (NumberOf(last + 1, s) || NumberOf(i - 2, s) || NumberOf(i - 3, s) || woundedBetween)
                plural ??= Tokens[last + 1 < s.EndToken && NumberOf(last + 1, s) ? last + 1 : woundedBetween ? last + 2 : i].Span;
            // "مقتل طفل": one person named in the singular right after the cue is one (when no figure is given).
            // ("بمقتل القيادي الميداني الحوثي", "قتل القائد": the article on him too)
            if (last + 1 < s.EndToken && SingularPersons.Contains(Tokens[last + 1].LemmaWithoutArticle)) single ??= Tokens[last + 1].Span;
            // ("مقتل ضابط ومجند": two named in the singular, joined by و, are two)
            // (both indefinite, the second no name's start: "قتل العقيد ومساعده" is not this)
            if (pair is null && last + 2 < s.EndToken && single == Tokens[last + 1].Span && Tokens[last + 2].StartsWithWa
                && Tokens[last + 1].Form.Analysis is not { HasArticle: true } && Tokens[last + 2].Form.Analysis is not { HasArticle: true }
                && SingularPersons.Contains(Tokens[last + 2].Lemma) && SingularPersons.Contains(Tokens[last + 1].Lemma))
                pair = new TextSpan(Tokens[last + 1].Span.Start, Tokens[last + 2].Span.End);
            // ("اغتال مسلحون مجهولون ناشطا مدنيا", "اغتيل القيادي في الحركة": a verb of assassinating told with no figure
            // killed one man, whoever stands between it and him)
            if (i == last && Tokens[i].Lemma is "اغتال" or "اغتالت" or "اغتالوا" or "اغتيل" or "اغتيلت") single ??= Tokens[i].Span;
            // ("أطلق مجهولون النار على شاب، ما أدى إلى مقتله", "أدى إلى استشهادها": the death of one man or woman, told by
            // the pronoun on its noun)
            // (one man the pronoun recalls may be one of a toll told in another report: a figure there wins, as over an estimate)
            for (int k = i; k <= last && single is null; k++)
                if (Tokens[k].Form.Analysis is { Enclitic: "ه" or "ها" } && Tokens[k].LemmaWithoutArticle is "مقتل" or "استشهاد" or "وفاه")
                    (single, singleByPronoun) = (Tokens[k].Span, true);
            // ("لقي قيادي بارز في مليشيات الحوثي مصرعه", "لقي القيادي الحوثي هشام الخالد، أحد أهم القيادات الميدانية
            // والمسؤول عن طوق المدينة، مصرعه": the one named right after لقي, whatever apposition stands between him and his
            // death — the nearest لقي only)
            if (single is null && Tokens[i].Lemma is "مصرع" or "حتف" && Tokens[i].Form.Analysis is { Enclitic: "ه" or "ها" })
                for (int k = i - 1; k >= Math.Max(from, i - 24) && k > s.FirstToken && !MetDeathVerb(Tokens[k], oneMan: true); k--)
                    if (MetDeathVerb(Tokens[k - 1], oneMan: true))
                    {
                        if (SingularPersons.Contains(Tokens[k].LemmaWithoutArticle)) single = Tokens[k].Span;
                        break;
                    }
            // ("الجنيدي، لقي مصرعه مع عدد من مرافقيه", "الوشلي، قتل مع عدد من مرافقيه في غارة": one man — the singular
            // pronoun of his death, or a singular verb of killing — with others, whatever name stood before)
            if (single is null && (Tokens[last].Lemma is "مصرع" or "حتف" && Tokens[last].Form.Analysis is { Enclitic: "ه" }
                                   || i == last && KillingVerbs.IsOneKilled(Tokens[i].Norm)) && WithCompanionsAt(last + 1, s))
                single = Tokens[i].Span;
            // ("مسعفة قتلت برصاص الجيش": and one right before a verb of killing with no و of its own)
            if (i > from && SingularPersons.Contains(Tokens[i - 1].LemmaWithoutArticle) && !Tokens[i].StartsWithWa) single ??= Tokens[i - 1].Span;
            // ("لقي قيادي مصرعه مع عدد من أتباعه", "مقتل قيادي حوثي مع مرافقيه": he and some others, the others' lowest
            // reading)
            int with = last + 1;
            while (with < Math.Min(s.EndToken, last + 4) && Tokens[with].Norm != "مع") with++;
            if (!PunctuationBetween(last, with)
                && (WithCompanionsAt(with, s)
                    // ("قتلت المسعفة مع أفراد من أسرتها": some of a family, not "مع أفراد الشرطة")
                    || with + 2 < s.EndToken && Tokens[with].Norm == "مع" && Tokens[with + 1].Norm == "افراد" && Tokens[with + 2].Norm == "من")) withOthers = true;
            // ("قتل، الأربعاء، 16 عنصرا": a day set off by commas between the word and its figure is passed over)
            // (not after "حصيلة", a toll that may count the wounded: "حصيلة اليوم الجمعة بلغت 968 مصابا")
            int told = Tokens[i].LemmaWithoutArticle != "حصيله" ? DayRightAfter(last, s) : last;
            // ("قتلت قوات الأمن الإيرانية 5 مسلحين": an active verb of killing, its subject between it and the figure —
            // and a day after the subject, "قتل الجيش الإسرائيلي، الأربعاء، 3 فلسطينيين")
            int subjectEnd = SubjectAfterKillingVerb(i, last, s);
            if (subjectEnd > told) told = DayRightAfter(subjectEnd, s);
            // ("أعدم تنظيم ولاية سيناء مواطنا": one person in the singular right after the subject is one dead)
            if (subjectEnd > 0 && subjectEnd + 1 < s.EndToken && SingularPersonIn(Tokens[subjectEnd + 1])) single ??= Tokens[subjectEnd + 1].Span;
            Numbers.NumberMention? counted = null;
            int countedValue = 0, countedStart = 0;
            // ("مقتل جندي وثلاثة مدنيين": one named in the singular right after the cue is a figure a joined one adds to)
            if (single is { } one && last + 1 < s.EndToken && one == Tokens[last + 1].Span)
                (counted, countedValue, countedStart) = (new Numbers.NumberMention(one, 1, Numbers.NumberQualifier.Exact, last + 1, last + 1), 1, one.Start);
            foreach (var n in Within(_numbers, n => n.FirstToken, from, to))
            {
                // ("وقتل شخص و12 جريحا": a figure of the wounded, by its own noun, counts no dead)
                if (cls == CueClass.Killed && n.LastToken + 1 < s.EndToken && n.LastToken + 1 != i && WoundedNouns.Contains(Tokens[n.LastToken + 1].NormWithoutArticle)) continue;
                // "قتل خمسة جنود و12 مسلحا", "مقتل 11 مدنيا و3 من عناصر الدفاع المدني": the dead of two groups, each
                // with its figure, joined by و, add up
                if (counted is not null && JoinedFigure(counted, n, s, nounItself: countedValue == 1 && counted.Span == single))
                {
                    if (best is null || best == countedValue) { best = countedValue + (int)n.Value; span = new TextSpan(countedStart, n.Span.End); vague = false; }
                    countedValue += (int)n.Value;
                    counted = n;
                    continue;
                }
                // (not a figure the other casualty word takes: "مقتل طفل وإصابة ثمانية")
                bool after = n.FirstToken > last && (n.FirstToken - last <= 3 || n.FirstToken - told <= 2) && !OtherCasualtyCueBetween(cls, last + 1, n.FirstToken);
                // (nor one the other word counts before it: "جرح أكثر من 20 في حصيلة أولية")
                // ("12 مدنيا على الأقل من عائلة واحدة قتلوا": "at least" after the figure's noun adds no distance)
                int atLeast = n.LastToken + 3 < i && Tokens[n.LastToken + 2].Norm == "علي" && Tokens[n.LastToken + 3].Norm == "الاقل" ? 2 : 0;
                bool before = n.LastToken < i && (i - n.LastToken - atLeast <= 5 && !PunctuationBetween(n.LastToken, i) || MetTheirDeath(n, i))
                              && !OtherCasualtyCueBetween(cls, Math.Max(s.FirstToken, n.FirstToken - 2), n.FirstToken)
                              // (nor the crowd that buries them: "آلاف اليمنيين يشيعون جثامين الأطفال")
                              && !FuneralBetween(n.LastToken + 1, i)
                              // ("شيع آلاف الفلسطينيين السبت مسعفة قتلت": the crowd a funeral verb opens with — not the
                              // dead a funeral's verbal noun names, "تشييع العنصرين الأمنيين اللذين قتلا")
                              && !(n.FirstToken > s.FirstToken && Tokens[n.FirstToken - 1].Lemma is "شيع" or "شيعت" or "شيعوا" or "يشيع" or "يشيعون" or "تشيع");
                // ("ارتفاع حصيلة الضحايا إلى 47 قتيلا وجريحا": a figure of the dead and wounded together tells no toll)
                // (some dead among them all the same: the lowest reading of a plural, as with no figure)
                if (before && DeadAndWoundedTogether(last, s)) { before = false; plural ??= Tokens[last].Span; }
                // ("ارتفعت إلى قتيلين", "سقط قتيلان": the cue a dual, its own count)
                bool itself = n.FirstToken >= i && n.LastToken <= last;
                if (!(after || before || itself) || n.Value is < 0 or > 100000) continue;
                // ("أسفرت 3 هجمات بغاز الكلور عن مقتل نحو 100 شخص": a figure before the cue that counts acts is no toll)
                if (!after && n.LastToken + 1 < s.EndToken && CountedActs.Contains(Tokens[n.LastToken + 1].Lemma)) continue;
                // ("أفاد مراسل فرانس24 بمقتل العميد", "أسفر 2 عن مقتل": a figure right before the cue's preposition is none of
                // its count — a count follows "بمقتل", "عن مقتل")
                if (!after && !itself && (n.LastToken + 1 == i && Tokens[i].HasProclitic("ب") || n.LastToken + 2 == i && Tokens[i - 1].Norm == "عن")) continue;
                // ("شن غارات استهدفت 150 موقعا", "دمر 737 موقعاً لميليشيات الحوثي": a figure of sites, targets or vehicles)
                if (n.LastToken + 1 < s.EndToken && CountedThings.Contains(Tokens[n.LastToken + 1].Lemma)) continue;
                // ("قتل مدني بقذائف عدة", "بعد غارات عدة": "several" right after such an indefinite noun counts it — it
                // stands after what it counts; "خلف الهجوم قتيلين" counts the dead. Not after "موقعا", as often
                // "inflicting" as "a site")
                if (n.FirstToken == n.LastToken && Tokens[n.FirstToken].Norm == "عده" && n.FirstToken > s.FirstToken
                    && Tokens[n.FirstToken - 1] is { Form.Analysis: not { HasArticle: true } } noun && noun.Lemma != "موقعا"
                    && (CountedActs.Contains(noun.Lemma) || CountedThings.Contains(noun.Lemma))) continue;
                // ("12 مدنيا على الأقل من عائلة واحدة قتلوا", "في غارة واحدة": "one" after a noun is its adjective — one
                // family, one strike — no count of the dead)
                if (!after && !itself && OneAsAdjective(n, s)) continue;
                if (Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken).Any(d => d.Span.Overlaps(n.Span))) continue;
                // "احتجاجات 2011": a year the date layer did not read (no word counted follows it) is no toll
                if (n.Value is >= 1950 and <= 2030 && n.FirstToken == n.LastToken && Tokens[n.FirstToken].Surface.Length == 4
                    && (n.LastToken + 1 >= s.EndToken || Tokens[n.LastToken + 1].Kind != TokenKind.ArabicWord)) continue;
                // "مقتل 11 شخصا بينهم أربعة أطفال", "مقتل 23 عنصرا، هم خمسة من قوات النظام و18 …": a part of a total
                // given is no conflicting figure
                // (the total stands for it: "54 شخصا على الأقل، بينهم 28 مدنيا قتلوا")
                var figure = n;
                if (TotalOf(n.FirstToken, s) is { } total) figure = total;
                // ("مسؤولة عن مقتل الآلاف", "قتل التحالف الآلاف من أطفال سورية": thousands with no figure sum up years of
                // acts — no one act's toll)
                if (n.FirstToken == n.LastToken && Tokens[n.FirstToken].Lemma is "الاف" or "الالاف") continue;
                // "بعد ثلاثة أيام من مقتل 14 شخصا": a figure of days, hours or years is a span of time
                if (n.LastToken + 1 < s.EndToken && TimeUnits.Contains(Tokens[n.LastToken + 1].Lemma)) continue;
                // ("تمرد أدى إلى قتل 40 ألف شخص منذ عام 1984", "منذ اندلاع الحرب"): the dead since a year or since a war
                // began sum it up — no one act's toll
                if (DeadSinceAYear(n, s)) continue;
                int value = (int)figure.Value;
                // ("ثلاثة موظفين وأربعة حراس أمن قد قتلوا": figures joined by و before the cue add up too)
                if (before && figure == n)
                {
                    var cur = n;
                    for (var p = PreviousNumber(n, s); p is not null && JoinedFigure(p, cur, s, nounItself: false); cur = p, p = PreviousNumber(p, s))
                    {
                        value += (int)p.Value;
                        figure = figure with { Span = new TextSpan(p.Span.Start, figure.Span.End) };
                    }
                    // ("مواطنا واثنان من أبنائه قتلوا": and one in the singular right before the first)
                    if (Tokens[cur.FirstToken].StartsWithWa && cur.FirstToken > s.FirstToken
                        && SingularPersonIn(Tokens[cur.FirstToken - 1]))
                    {
                        value += 1;
                        figure = figure with { Span = new TextSpan(Tokens[cur.FirstToken - 1].Span.Start, figure.Span.End) };
                    }
                }
                // ("مقتل 10 مدنيين وجندي من تشاد", "12 مدنيا على الأقل وجنديا تشاديا واحدا قتلوا": and one in the singular
                // joined right after the figure's noun)
                if (figure == n && SingularJoinedAfter(n, s)) value += 1;
                // ("لقي 24 عنصرا من ميليشيات الحوثي مصرعهم …، بينما قتل 2 من رجال المقاومة": the dead of each side, one
                // clause each across "بينما", are one fight's — they add up, no conflicting figures)
                var side = SideCounted(figure, s);
                if (best is { } earlier && earlierSide is not null && side is not null && earlierSide.Actor.PlainName != side.Actor.PlainName
                    && figure.FirstToken > earlierEnd && ContrastClause.Between(Tokens, earlierEnd, Math.Min(figure.FirstToken, i)))
                {
                    best = earlier + value;
                    span = new TextSpan(span!.Value.Start, figure.Span.End);
                    vague = false;
                    earlierSide = null;
                    continue;
                }
                if (best is null || value < best) { best = value; span = figure.Span; vague = figure.FirstToken == figure.LastToken && VagueCounts.Contains(Tokens[figure.FirstToken].Lemma); }
                // (the parts of a total given, "28 قتيلا هم خمسة مدنيين وعشرة مقاتلين", add up to it, not to more)
                if ((after || itself) && figure == n) (counted, countedValue, countedStart) = (n, value, figure.Span.Start);
                else counted = null;
                if (after && figure == n && best == value) (firstEnd, firstValue) = (CountedNounEnd(n, s), value);
                if (best == value) (earlierSide, earlierEnd) = (side, figure.LastToken);
            }
            i = last;
        }
        // ("استشهاد الرقيب ماجد … داعية الله أن يتقبله مع الشهداء": the martyrs with the article are all who fell, ever — one
        // named dead is the count)
        if (best is null && plural is not null && !(pluralDefinite && single is not null)) return (PluralWithNoFigure, plural, true);
        if (best is null && pair is not null) return withOthers ? (2 + PluralWithNoFigure, pair, true) : (2, pair, false);
        if (best is null && single is not null) return withOthers ? (1 + PluralWithNoFigure, single, true) : (1, single, singleByPronoun);
        // "عشرات" reads as 12 (ACLED), an estimate that a report's own figure ("أكثر من 70") replaces when they merge
        return (best, span, vague);
    }

    // The armed side a figure counts the dead of, named right after it: "24 عنصرا من ميليشيات الحوثي", "2 من رجال
    // المقاومة" — or null.
    private ActorMention? SideCounted(Numbers.NumberMention n, Sentence s)
    {
        int end = Math.Min(s.EndToken, n.LastToken + 5);
        for (int k = n.LastToken + 1; k < end; k++)
            if (Tokens[k].Kind == TokenKind.Punctuation) return null;
        foreach (var a in Within(_actors, a => a.FirstToken, n.LastToken + 1, end))
            if (a.Actor.Inter is not 7 && Tokens[a.FirstToken - 1].Norm == "من") return a;
        return null;
    }

    // The last token of a figure's counted noun: the figure itself, or the word right after it ("52 تكفيريا").
    private int CountedNounEnd(Numbers.NumberMention n, Sentence s) =>
        n.LastToken + 1 < s.EndToken && Tokens[n.LastToken + 1].Kind == TokenKind.ArabicWord ? n.LastToken + 1 : n.LastToken;

    // A word at b joined by و to what ends at a: its own و, or a lone و between, with nothing but quotation marks beside.
    private bool JoinedByWa(int a, int b)
    {
        bool wa = Tokens[b].StartsWithWa;
        for (int k = a + 1; k < b; k++)
            if (Tokens[k].Norm == "و" && !wa) wa = true;
            else if (Tokens[k].Surface is not ("\"" or "«" or "»" or "“" or "”")) return false;
        return wa;
    }

    // The dead a word of death counts right after it: a figure ("واستشهاد 3 جنود"), else persons in the singular joined by
    // و ("واستشهاد ضابط وضابط صف وجندي" three); 0 when it counts none.
    private int OwnCountAfter(int last, Sentence s)
    {
        int k = last + 1;
        while (k < s.EndToken && Tokens[k].Surface is "\"" or "«" or "“") k++;
        if (Within(_numbers, n => n.FirstToken, k, k + 1).FirstOrDefault() is { } n && n.Value is >= 1 and <= 1000) return (int)n.Value;
        int persons = 0;
        for (; k < s.EndToken && k <= last + 12; k++)
        {
            // ("ضابط وضابط صف (رتبة أقل من ضابط) وجندي": a bracketed gloss is passed over)
            if (Tokens[k].Surface == "(")
            {
                while (k < s.EndToken && Tokens[k].Surface != ")") k++;
                continue;
            }
            if (Tokens[k].Kind == TokenKind.Punctuation) break;
            if (SingularPersonIn(Tokens[k])) persons++;
            else if (persons == 0 || Tokens[k].StartsWithWa) break;
        }
        return persons;
    }

    /// <summary>
    /// A person in the singular joined by و right after the noun a figure counts (and its adjective, or "على الأقل"):
    /// "10 مدنيين وجندي", "12 مدنيا على الأقل وجنديا تشاديا". Not a figure's word itself ("وثلاثة") nor a noun of
    /// another act ("وإصابة طفل").
    /// </summary>
    private bool SingularJoinedAfter(Numbers.NumberMention n, Sentence s)
    {
        int k = n.LastToken + 1;
        if (k >= s.EndToken || Tokens[k].Kind != TokenKind.ArabicWord) return false;
        // ("جنديان وضابط": a dual is its own noun, the singular right after it)
        if (Tokens[k].StartsWithWa)
        {
            if (n.FirstToken != n.LastToken || !DualPersonNoun(Tokens[n.FirstToken])) return false;
        }
        else
        {
            k++;   // the counted noun
            for (int skipped = 0; k < s.EndToken && skipped < 2 && !Tokens[k].StartsWithWa && Tokens[k].Kind == TokenKind.ArabicWord; skipped++)
            {
                // (its adjective, or "على الأقل")
                if (Tokens[k].Norm == "علي" && k + 1 < s.EndToken && Tokens[k + 1].Norm == "الاقل") { k += 2; continue; }
                if (Tokens[k].Form.Analysis is { HasArticle: true } || Tokens[k].Norm.EndsWith('ي') || Tokens[k].Norm.EndsWith("يا", StringComparison.Ordinal)
                    || Tokens[k].Norm.EndsWith("يين", StringComparison.Ordinal) || Tokens[k].Norm.EndsWith("ين", StringComparison.Ordinal)) k++;
                else return false;
            }
        }
        if (!(k < s.EndToken && Tokens[k].StartsWithWa && SingularPersonIn(Tokens[k]) && !Within(_numbers, m => m.FirstToken, k, k + 1).Any())) return false;
        // ("أكثر من 80 ضابطا وجنديا": after eleven and more the counted noun is a singular in the accusative, and a second
        // one joined to it is the same count — one more only when said so, "وجنديا تشاديا واحدا")
        if (n.Value < 11 || !Tokens[k].Norm.EndsWith('ا')) return true;
        for (int j = k + 1; j < Math.Min(s.EndToken, k + 3); j++)
            if (Tokens[j].Norm is "واحدا" or "واحد") return true;
        return false;
    }

    // A person noun in the dual: "جنديان", "مدنيين" read as two ("شرطيين"), its singular a person's.
    private static bool DualPersonNoun(Token t)
    {
        var word = t.LemmaWithoutArticle;
        return word.Length > 4 && (word.EndsWith("ان", StringComparison.Ordinal) || word.EndsWith("ين", StringComparison.Ordinal))
               && SingularPersons.Contains(word[..^2]);
    }

    // The number mention right before n's in the sentence, if any.
    private Numbers.NumberMention? PreviousNumber(Numbers.NumberMention n, Sentence s)
    {
        Numbers.NumberMention? previous = null;
        foreach (var m in Within(_numbers, m => m.FirstToken, Math.Max(s.FirstToken, n.FirstToken - 6), n.FirstToken)) previous = m;
        return previous;
    }

    // The longest noun phrase after a partitive "من" that a figure joined by و still adds to.
    private const int PartitiveNounsMost = 6;

    // "خمسة جنود و12 مسلحا", "4 جنود روس و43 مسلحا": a figure right after the noun (and its adjective) the one before
    // counts, joined by و — not "بينهم" or "منهم" (a part of the total), a comma, or a vague plural ("وعشرات").
    // ("جندي وثلاثة مدنيين": the one in the singular is his own noun)
    private bool JoinedFigure(Numbers.NumberMention before, Numbers.NumberMention n, Sentence s, bool nounItself)
    {
        int gap = n.FirstToken - before.LastToken - 1;
        bool waAlone = Tokens[n.FirstToken - 1].Norm == "و";
        bool waJoined = Tokens[n.FirstToken].StartsWithWa;
        int besides = waAlone || waJoined ? 0 : Besides(n.FirstToken, before.LastToken);
        if (!(waAlone || waJoined || besides > 0) || n.Value is < 1 or > 100000 || VagueCounts.Contains(Tokens[n.FirstToken].LemmaWithoutArticle)) return false;
        int nouns = gap - (waAlone ? 1 : besides);
        // ("اثنين على الأقل من العاملين بالمؤسسة واثنين من المسلحين": a partitive من may take a longer noun phrase —
        // a unit's name of several words: "استشهد 10 من منسوبي قوات الطوارئ الخاصة وثلاثة عاملين")
        bool partitive = nouns > 0 && Tokens[before.LastToken + 1].Norm == "من";
        if (nouns < (nounItself ? 0 : 1) || nouns > (partitive ? PartitiveNounsMost : 2)) return false;
        // (not across a verb or noun of its own: "قتل خلالها فلسطينيان وأصيب أكثر من 200")
        for (int k = before.LastToken + 1; k < before.LastToken + 1 + nouns; k++)
            if (Tokens[k].Kind != TokenKind.ArabicWord || Tokens[k].StartsWithWa
                || Tokens[k].Norm is "بينهم" or "منهم" or "هم" or "اخرين" or "قد") return false;
        return n.LastToken + 1 < s.EndToken && Tokens[n.LastToken + 1].Kind == TokenKind.ArabicWord;
    }

    // "استشهاد عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين", "فضلا عن", "علاوة على": words that add one count to
    // another, as و does — how many tokens they take before the figure at <paramref name="at"/> (a comma before them
    // too), or 0.
    private int Besides(int at, int after)
    {
        if (at - 2 <= after) return 0;
        string first = Tokens[at - 2].NormWithoutWa, second = Tokens[at - 1].Norm;
        bool adds = first is "اضافه" or "بالاضافه" && second == "الي" || first == "فضلا" && second == "عن" || first == "علاوه" && second == "علي";
        if (!adds) return 0;
        return at - 3 > after && Tokens[at - 3].Surface is "،" or "," ? 3 : 2;
    }

    // The last token of a day that follows token k with no word between (commas aside: "، الأربعاء،"), or k itself.
    private int DayRightAfter(int k, Sentence s)
    {
        foreach (var d in Within(_dates, d => d.FirstToken, k + 1, Math.Min(s.EndToken, k + 3)))
            if (!AnyWordBetween(k, d.FirstToken)) return d.LastToken;
        return k;
    }

    // (a loop, not Skip/Take/Any: asked for every word of death)
    private bool AnyWordBetween(int after, int before)
    {
        for (int j = after + 1; j < before; j++)
            if (Tokens[j].IsWord) return true;
        return false;
    }

    // The last word of an armed actor right after a one-word active verb of killing ("قتلت قوات الأمن الإيرانية"), or -1.
    private int SubjectAfterKillingVerb(int cue, int last, Sentence s)
    {
        if (cue != last || !(KillingVerbs.Active.Contains(Tokens[cue].Lemma) || KillingVerbs.PuttingToDeath.Contains(Tokens[cue].Lemma))) return -1;
        foreach (var a in Within(_actors, a => a.FirstToken, last + 1, last + 2))
            if (a.Actor.Inter != 7 && a.LastToken < s.EndToken) return a.LastToken;
        return -1;
    }

    // "47 قتيلا وجريحا", "20 قتيلا ومصابا": the word of the dead joined to the word of the wounded right after it
    private bool DeadAndWoundedTogether(int last, Sentence s) =>
        last + 1 < s.EndToken && Tokens[last].Norm is "قتيلا" or "قتيل" or "قتلي" or "القتلي"
        && Tokens[last + 1].Norm is "وجريحا" or "وجريح" or "وجرحي" or "والجرحي" or "ومصابا" or "ومصاب" or "ومصابين" or "والمصابين";

    // "لقي" (met [his death]) in its persons, with و or without; only "لقي" and "لقيت" when one man met it.
    private static bool MetDeathVerb(Token t, bool oneMan = false)
    {
        var verb = t.Norm.StartsWith('و') ? t.Norm.AsSpan(1) : t.Norm.AsSpan();
        return verb is "لقي" or "لقيت" || !oneMan && verb is "لقوا" or "لقيا" or "لقيتا";
    }

    // "لقي اثنان من خبراء الصواريخ، أحدهما إيراني والآخر لبناني، مصرعهما": the figure right after "لقي" is the count of
    // the "مصرع" or "حتف" that closes the phrase, whatever apposition stands between.
    private bool MetTheirDeath(Numbers.NumberMention n, int cue) =>
        cue - n.LastToken <= 15 && n.FirstToken > 0 && MetDeathVerb(Tokens[n.FirstToken - 1])
        && Tokens[cue].Lemma is "مصرع" or "حتف";

    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal)
    {
        "دقايق", "دقيقه", "ساعات", "ساعه", "ساعتين", "ايام", "يوما", "يوم", "اسابيع", "اسبوعا", "اشهر", "شهرا", "اعوام", "عاما", "سنوات", "سنه",
    };

    // The total a figure right after "بينهم", "منهم", "هم" is a part of: the figure closest before the word, some
    // eight words back at most ("قتل منهم 54", with no total before, counts itself).
    private Numbers.NumberMention? TotalOf(int first, Sentence s)
    {
        int k = first - 1;
        if (k >= s.FirstToken && Tokens[k].Kind == TokenKind.Punctuation) k--;
        if (k < s.FirstToken || Tokens[k].Norm is not ("بينهم" or "منهم" or "بينها" or "هم" or "وهم" or "وبينهم" or "ومنهم")) return null;
        // ("آلاف الفلسطينيين الذين يتجمعون … قتل منهم 54": the dead are the part, of a crowd; but "لقي عشرات الحوثيين
        // مصرعهم منهم قياديان" gives the dead before the cue)
        if (k > s.FirstToken && _cues.IsAt(CueClass.Killed, k - 1, s.EndToken, out int cueEnd) && cueEnd == k - 1
            && !Within(_numbers, n => n.FirstToken, Math.Max(s.FirstToken, k - 4), k - 1).Any()) return null;
        var dates = Within(_dates, d => d.FirstToken, s.FirstToken, s.EndToken);
        return Within(_numbers, n => n.FirstToken, Math.Max(s.FirstToken, k - 8), k)
            .LastOrDefault(n => n.LastToken < k && n.Value is > 0 and <= 100000 && !dates.Any(d => d.Span.Overlaps(n.Span)) && !OneAsAdjective(n, s));
    }

    // "عائلة واحدة", "غارة واحدة": "one" right after a noun that names no person is that noun's adjective (not "جنديا
    // تشاديا واحدا", one soldier, past his nationality).
    private bool OneAsAdjective(Numbers.NumberMention n, Sentence s) =>
        n.FirstToken == n.LastToken && Tokens[n.FirstToken].NormWithoutWa is "واحده" or "واحد" or "واحدا" && n.FirstToken - 1 > s.FirstToken
        && Tokens[n.FirstToken - 1].Kind == TokenKind.ArabicWord && !SingularPersonIn(Tokens[n.FirstToken - 1]) && !SingularPersonIn(Tokens[n.FirstToken - 2]);

    // "عدد من" (a number of) at token k, or "عدد منهم" (a number of them).
    private bool NumberOf(int k, Sentence s) =>
        k >= s.FirstToken && k + 1 < s.EndToken && Tokens[k].Norm is "عدد" or "عددا" && Tokens[k + 1].Norm is "من" or "منهم" or "منها" or "منهن";

    // "ضحايا" of a firm, a fraud, an accident or a disaster: victims who are no dead of political violence.
    private bool VictimsOfNoViolence(int k, Sentence s) => k + 1 < s.EndToken && NonViolentHarm.Contains(Tokens[k + 1].Lemma);

    private static readonly HashSet<string> NonViolentHarm = new(StringComparer.Ordinal)
    {
        "موسسه", "موسسات", "شركه", "شركات", "بنك", "مصرف", "قروض", "احتيال", "نصب", "فساد", "اتجار", "تهريب", "حوادث", "حادث",
        "زلزال", "فيضانات", "سيول", "اعصار", "حريق", "تحرش", "ابتزاز",
    };

    private bool FuneralBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (Tokens[k].Lemma is "يشيع" or "يشيعون" or "شيع" or "شيعت" or "شيعوا" or "تشييع" or "يودع" or "يودعون" or "ودع" or "ودعت") return true;
        return false;
    }

    private bool OtherCasualtyCueBetween(CueClass cls, int from, int to)
    {
        var other = cls == CueClass.Killed ? CueClass.Injured : CueClass.Killed;
        for (int j = from; j < to; j++)
            if (_cues.IsAt(other, j, to, out _)) return true;
        return false;
    }

    // "مع عدد من مرافقيه", "مع مرافقيه" from token `with` on: he and some others.
    private bool WithCompanionsAt(int with, Sentence s) =>
        with + 1 < s.EndToken && Tokens[with].Norm == "مع" && (NumberOf(with + 1, s) || Companions.Contains(Tokens[with + 1].Norm));

    // Those who go with a man: "مرافقيه", "أتباعه", "عناصره", "حراسه" (not bare "أفراد": "في اشتباك مع أفراد الشرطة").
    private static readonly HashSet<string> Companions = new(StringComparer.Ordinal)
    {
        "مرافقيه", "مرافقوه", "اتباعه", "عناصره", "حراسه", "رفاقه", "مرافقين",
    };

    // One person in the singular, in any case ("مواطنا" with its accusative alif too).
    private static bool SingularPersonIn(Token t)
    {
        var word = t.LemmaWithoutArticle;
        return SingularPersons.Contains(word) || word.Length > 3 && word[^1] == 'ا' && SingularPersons.Contains(word[..^1]);
    }

    // One person, in the singular: "مقتل طفل", "إصابة جندي", "استشهاد شاب".
    private static readonly HashSet<string> SingularPersons = new(StringComparer.Ordinal)
    {
        "طفل", "طفله", "شخص", "مدني", "جندي", "امراه", "سيده", "رجل", "شاب", "شابه", "فتي", "فتاه", "عنصر", "مقاتل", "ضابط",
        "شرطي", "صحفي", "صحفيه", "مواطن", "مواطنه", "مسن", "رب", "عسكري", "طبيب", "مسعف", "مسعفه", "متظاهر", "محتج", "مستوطن", "فلسطيني",
        "قيادي", "قايد", "زعيم", "مسلح", "ناشط", "موظف", "عامل", "طالب", "مزارع", "صياد", "معتقل", "اسير",
        "مقيم", "حارس", "سايق", "لاجي", "نازح", "معلم", "مدرس", "تاجر", "مهندس", "ممرض", "مختار", "رضيع", "رضيعه", "صبي", "صبيه",
        "مراهق", "مراهقه",
        // (women: "قتلت ناشطة من اليسار المتطرف في تبادل اطلاق نار"; not "عامله", "معلمه", its worker, its teacher, nor
        // "مدرسه", a school, nor "مستوطنه", a settlement as often as a settler)
        "ناشطه", "موظفه", "طالبه", "طبيبه", "ممرضه", "مهندسه", "فلسطينيه", "لاجيه", "نازحه", "متظاهره", "محتجه", "مسنه", "اسيره",
        // (ranks: "قتل رقيب شرطة", "مقتل عميد في الجيش"; not "نقيب", as often a surname or a syndicate's head)
        "رقيب", "عريف", "ملازم", "مجند", "جنرال", "عقيد", "عميد",
    };

    // The wounded a figure counts by its own noun ("12 جريحا", "5 مصابين").
    private static readonly HashSet<string> WoundedNouns = new(StringComparer.Ordinal)
    {
        "جريح", "جريحا", "جريحين", "جريحان", "جرحي", "مصاب", "مصابا", "مصابين", "مصابون", "اصابه", "اصابات", "مصابه",
    };

    private static readonly HashSet<string> VagueCounts = new(StringComparer.Ordinal) { "عشرات", "العشرات", "ميات", "الميات", "الاف", "الالاف" };
}
