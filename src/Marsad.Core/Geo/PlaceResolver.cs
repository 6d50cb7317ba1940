using Marsad.Core.Text;

namespace Marsad.Core.Geo;

/// <summary>
/// Picks one gazetteer entry per recognised name. Each candidate is scored on: its country being one the document
/// names (countries named as countries, and places with one reading), the region Marsad covers, closeness to the
/// other places of the document, the stated hierarchy ("البوكمال في محافظة دير الزور": same admin-1 as the next
/// place), the cue noun (محافظة → an admin-1 unit; مدينة/بلدة/قرية → a populated place), populated places over
/// other features, then population and number of alternate names. Two passes: the second adds closeness to the
/// first pass's choices. Confidence is the margin between the best and second-best readings.
/// </summary>
public sealed class PlaceResolver
{
    /// <summary>Countries Marsad covers first (Arab League, Iran, Israel, Turkey, Afghanistan).</summary>
    public static readonly IReadOnlySet<string> FocusCountries = new HashSet<string>(StringComparer.Ordinal)
    {
        "SY", "IQ", "YE", "LY", "LB", "PS", "EG", "SD", "SO", "JO", "SA", "AE", "KW", "BH", "QA", "OM", "TN", "DZ", "MA", "MR",
        "DJ", "KM", "IR", "IL", "TR", "AF",
    };

    private const int MaxCandidates = 40;
    private readonly Gazetteer _g;

    public PlaceResolver(Gazetteer gazetteer) => _g = gazetteer;

    /// <summary>
    /// The collections <see cref="Resolve"/> and <see cref="FallBack"/> fill for one document, one set per thread and
    /// cleared before each use, instead of new ones for every document.
    /// </summary>
    private sealed class Workspace
    {
        public readonly List<PlaceRecognizer.Candidate> Accepted = new(), Resolved = new(), Anchors = new();
        public readonly HashSet<string> Named = new(StringComparer.Ordinal);
        public readonly Dictionary<string, double> CountryWeight = new(StringComparer.Ordinal);
        public readonly List<string> CountryCodes = new();
        public readonly Dictionary<string, int> Support = new(StringComparer.Ordinal), PerKey = new(StringComparer.Ordinal);
        /// <summary>The context-free scores of every accepted mention's readings, one after the other.</summary>
        public double[] Scores = new double[256];
        public double[] WithProximity = new double[MaxCandidates];
    }

    [ThreadStatic] private static Workspace? _workspace;

    internal void Resolve(Document document, List<PlaceRecognizer.Candidate> mentions)
    {
        var work = _workspace ??= new Workspace();
        var accepted = work.Accepted;
        try
        {
            Resolve(document, mentions, work);
        }
        finally
        {
            // the candidates belong to this document: let them go
            accepted.Clear();
            work.Resolved.Clear();
            work.Anchors.Clear();
        }
    }

    private void Resolve(Document document, List<PlaceRecognizer.Candidate> mentions, Workspace work)
    {
        var accepted = work.Accepted;
        accepted.Clear();
        foreach (var m in mentions) if (m.Accepted && m.Entries.Length > 0) accepted.Add(m);
        if (accepted.Count == 0) { FallBack(document, mentions, work); return; }
        // countries named as countries in the document
        var named = work.Named;
        named.Clear();
        foreach (var m in accepted)
            foreach (var e in m.Entries)
                if (_g.Kind(e) == PlaceKind.Country) named.Add(_g.CountryCode(e));
        // small places abroad count only when the document names their country (Arabic spellings of foreign
        // place names collide with common words: الأمن ~ Emmen, الآن ~ Halen)
        foreach (var m in accepted)
        {
            // (whether the name has a curated reading, asked once per mention: Kept runs for each of its readings)
            bool curated = false;
            foreach (int e in m.Entries) if (_g.Kind(e) is PlaceKind.Admin1 or PlaceKind.Extra) { curated = true; break; }
            int keep = 0;
            foreach (int e in m.Entries) if (Kept(m, e, named, curated)) keep++;
            if (keep < m.Entries.Length)
            {
                var kept = new int[keep];
                int k = 0;
                foreach (int e in m.Entries) if (Kept(m, e, named, curated)) kept[k++] = e;
                m.Entries = kept;
            }
            if (m.Entries.Length == 0) m.Accepted = false;
        }
        accepted.RemoveAll(static m => !m.Accepted);
        if (accepted.Count == 0) return;
        foreach (var m in accepted)
            if (m.Entries.Length > MaxCandidates)
                m.Entries = m.Entries.OrderByDescending(Prior).Take(MaxCandidates).ToArray();

        // countries the document names: as countries, or through places with a single reading
        var countryWeight = work.CountryWeight;
        countryWeight.Clear();
        var ccs = work.CountryCodes;
        foreach (var m in accepted)
        {
            // the distinct countries of the readings (first-seen order); for a country name, its country readings
            ccs.Clear();
            bool isCountry = false;
            foreach (int e in m.Entries)
            {
                isCountry |= _g.Kind(e) == PlaceKind.Country;
                string cc = _g.CountryCode(e);
                if (!ccs.Contains(cc)) ccs.Add(cc);
            }
            double w = isCountry ? 1.0 : ccs.Count == 1 ? 0.7 : 0.0;
            if (isCountry)
            {
                ccs.Clear();
                foreach (int e in m.Entries) if (_g.Kind(e) == PlaceKind.Country) ccs.Add(_g.CountryCode(e));
            }
            foreach (var cc in ccs) countryWeight[cc] = countryWeight.GetValueOrDefault(cc) + w;
        }
        // (and the countries its people and institutions are named by, "الأردنيين", "الحكومة الأردنية": "في عمان" in a
        // story of Jordanian protests is Amman, not Oman — each adjective as a place of one reading, twice at most)
        AddNisbaCountries(document, countryWeight);
        double maxW = 1;
        foreach (double w in countryWeight.Values) maxW = Math.Max(maxW, w);

        // pass 1: no proximity (the context-free score of each reading is computed once, for all passes;
        // mention i's scores start where mention i-1's end)
        int total = 0;
        foreach (var m in accepted) total += m.Entries.Length;
        if (work.Scores.Length < total) work.Scores = new double[Math.Max(total, 2 * work.Scores.Length)];
        var scores = work.Scores;
        for (int i = 0, at = 0; i < accepted.Count; i++)
        {
            var m = accepted[i];
            var sc = scores.AsSpan(at, m.Entries.Length);
            for (int k = 0; k < sc.Length; k++) sc[k] = Score(m, m.Entries[k], countryWeight, maxW);
            // ("من اليمن إلى عمان", "السعودية وعمان": a name of a city and a country beside a country is the country)
            if (m.Cue is null && BesideACountry(document, accepted, i))
                for (int k = 0; k < sc.Length; k++)
                    if (_g.Kind(m.Entries[k]) == PlaceKind.Country) sc[k] += 4;
            Choose(m, sc);
            at += sc.Length;
        }
        // pass 2: closeness to the other places (weighted by their confidence) and the stated hierarchy
        var proximity = new Proximity(_g, accepted);
        for (int pass = 0; pass < 2; pass++)
        {
            proximity.Snapshot();
            for (int i = 0, at = 0; i < accepted.Count; i++)
            {
                var m = accepted[i];
                var sc = scores.AsSpan(at, m.Entries.Length);
                at += sc.Length;
                if (work.WithProximity.Length < sc.Length) work.WithProximity = new double[Math.Max(sc.Length, 2 * work.WithProximity.Length)];
                var withProx = work.WithProximity.AsSpan(0, sc.Length);
                for (int k = 0; k < sc.Length; k++) withProx[k] = sc[k] + 2.5 * proximity.Of(i, m.Entries[k]);
                double before = m.Confidence;
                Choose(m, withProx);
                proximity.ConfidenceChanged(i, before);
            }
        }
        FallBack(document, mentions, work);
    }

    /// <summary>
    /// Closeness of a reading to the other places' chosen readings, as max over the other mentions o (not of the same
    /// name, not a country) of exp(-km/150)·(0.3 + 0.7·confidence(o)), plus 1.5 for the stated hierarchy ("X في
    /// محافظة Y": o within four tokens after the mention, same admin-1). Mentions with the same chosen reading and
    /// name are grouped and only their highest confidence kept (the term grows with confidence), so a document with
    /// many repeated places costs distinct places, not mentions; distances are computed once per pair of entries.
    /// </summary>
    private sealed class Proximity(Gazetteer g, List<PlaceRecognizer.Candidate> accepted)
    {
        private sealed class Group(int chosen, int keyId, int column)
        {
            public int Chosen { get; } = chosen;
            public int KeyId { get; } = keyId;
            public int Column { get; } = column;
            public List<int> Members { get; } = new();
            public double MaxConfidence { get; set; } = double.NegativeInfinity;
        }

        private readonly int[] _chosen = new int[accepted.Count];
        // few mentions: the chosen reading of each mention that can make another near (chosen, not a country), else -1
        private readonly int[] _near = new int[accepted.Count];
        private readonly int[] _keyIds = KeyIds(accepted);
        private readonly Group?[] _groupOf = new Group?[accepted.Count];
        private List<Group> _groups = new();
        // only for many mentions (grouped): made on first use
        private Dictionary<int, int>? _columnsOrNull;
        private Dictionary<int, double[]>? _rowsOrNull;
        private Dictionary<int, int> Columns => _columnsOrNull ??= new();
        private Dictionary<int, double[]> Rows => _rowsOrNull ??= new();

        // Few mentions (every ordinary article): compare with each other mention directly, as written, allocating nothing.
        private const int GroupAbove = 64;
        private readonly bool _grouped = accepted.Count > GroupAbove;

        /// <summary>Takes the mentions' current choices (confidences are read live, as they change during a pass).</summary>
        public void Snapshot()
        {
            if (!_grouped)
            {
                for (int i = 0; i < accepted.Count; i++)
                {
                    int oc = _chosen[i] = accepted[i].Chosen;
                    _near[i] = oc < 0 || g.Kind(oc) == PlaceKind.Country ? -1 : oc;
                }
                return;
            }
            var byKey = new Dictionary<(int, int), Group>();
            _groups = new List<Group>();
            for (int i = 0; i < accepted.Count; i++)
            {
                var o = accepted[i];
                int oc = _chosen[i] = o.Chosen;
                _groupOf[i] = null;
                if (oc < 0 || g.Kind(oc) == PlaceKind.Country) continue;
                if (!byKey.TryGetValue((oc, _keyIds[i]), out var group))
                {
                    if (!Columns.TryGetValue(oc, out int column))
                        Columns[oc] = column = Columns.Count;   // rows grow on demand (see Factor)
                    byKey[(oc, _keyIds[i])] = group = new Group(oc, _keyIds[i], column);
                    _groups.Add(group);
                }
                group.Members.Add(i);
                group.MaxConfidence = Math.Max(group.MaxConfidence, o.Confidence);
                _groupOf[i] = group;
            }
        }

        public void ConfidenceChanged(int i, double before)
        {
            if (!_grouped) return;
            var group = _groupOf[i];
            if (group is null) return;
            double now = accepted[i].Confidence;
            if (now >= group.MaxConfidence) group.MaxConfidence = now;
            else if (before == group.MaxConfidence)
            {
                double max = double.NegativeInfinity;
                foreach (int k in group.Members) max = Math.Max(max, accepted[k].Confidence);
                group.MaxConfidence = max;
            }
        }

        public double Of(int i, int e)
        {
            if (!_grouped) return Direct(i, e);
            var m = accepted[i];
            int keyId = _keyIds[i];
            double prox = 0;
            var row = Row(e);
            foreach (var group in _groups)
            {
                if (group.KeyId == keyId) continue;
                double f = row[group.Column];
                if (double.IsNaN(f)) f = row[group.Column] = Factor(e, group.Chosen);
                double near = f * (0.3 + 0.7 * group.MaxConfidence);
                prox = Math.Max(prox, near);
            }
            // stated hierarchy: "X في (محافظة|ريف|مدينة) Y" right after X (mentions are in text order)
            for (int k = i + 1; k < accepted.Count; k++)
            {
                var o = accepted[k];
                if (o.FirstToken - m.LastToken > 4) break;
                int oc = _chosen[k];
                if (_groupOf[k] is null || _keyIds[k] == keyId || o.Sentence != m.Sentence || o.FirstToken <= m.LastToken) continue;
                if (g.SameAdmin1(e, oc))
                {
                    int column = _groupOf[k]!.Column;
                    double f = row[column];
                    if (double.IsNaN(f)) f = row[column] = Factor(e, oc);
                    double near = f * (0.3 + 0.7 * o.Confidence);
                    near += 1.5;
                    prox = Math.Max(prox, near);
                }
            }
            return prox;
        }

        private double Direct(int i, int e)
        {
            var m = accepted[i];
            int keyId = _keyIds[i];
            double prox = 0;
            var factors = Closeness.Table();   // (one thread-static read per call, not per pair)
            for (int k = 0; k < accepted.Count; k++)
            {
                int oc = _near[k];
                if (oc < 0 || k == i || _keyIds[k] == keyId) continue;
                var o = accepted[k];
                double near = Closeness.Factor(factors, g, e, oc) * (0.3 + 0.7 * o.Confidence);
                // stated hierarchy: "X في (محافظة|ريف|مدينة) Y" right after X
                if (o.Sentence == m.Sentence && o.FirstToken > m.LastToken && o.FirstToken - m.LastToken <= 4
                    && g.SameAdmin1(e, oc)) near += 1.5;
                prox = Math.Max(prox, near);
            }
            return prox;
        }

        /// <summary>The cached exp(-km/150) factors of entry <paramref name="e"/>, one per chosen reading (NaN: not computed yet).</summary>
        private double[] Row(int e)
        {
            if (!Rows.TryGetValue(e, out var row) || row.Length < Columns.Count)
            {
                var grown = new double[Columns.Count];
                Array.Fill(grown, double.NaN);
                row?.CopyTo(grown, 0);
                Rows[e] = row = grown;
            }
            return row;
        }

        /// <summary>exp(-km/150) between entry <paramref name="e"/> and a chosen reading.</summary>
        private double Factor(int e, int oc) => Closeness.Factor(g, e, oc);

        /// <summary>Equal names get equal ids.</summary>
        private static int[] KeyIds(List<PlaceRecognizer.Candidate> accepted)
        {
            var result = new int[accepted.Count];
            if (accepted.Count <= 16)
            {
                // few names: compare with the earlier ones (the id of a name is the number of distinct names before it)
                int distinct = 0;
                for (int i = 0; i < accepted.Count; i++)
                {
                    int id = -1;
                    for (int k = 0; k < i && id < 0; k++)
                        if (string.Equals(accepted[k].Key, accepted[i].Key, StringComparison.Ordinal)) id = result[k];
                    result[i] = id >= 0 ? id : distinct++;
                }
                return result;
            }
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < accepted.Count; i++)
            {
                if (!ids.TryGetValue(accepted[i].Key, out int id)) ids[accepted[i].Key] = id = ids.Count;
                result[i] = id;
            }
            return result;
        }
    }

    /// <summary>
    /// Names the gazetteer lacks (after a cue), and names whose only readings lie in a country nothing else in the
    /// document points to (الجنينة read as Geneina, Sudan, in a report on Deir ez-Zor), are placed at the nearest
    /// place of their context — the same sentence first, then the document — with geo_precision 2.
    /// </summary>
    private void FallBack(Document document, List<PlaceRecognizer.Candidate> mentions, Workspace work)
    {
        // Only names the gazetteer lacks, and small GeoNames places (which alone may be suspicious), are ever moved:
        // a document with neither (most) has nothing to do here.
        bool any = false;
        foreach (var m in mentions)
        {
            if (!m.Accepted) continue;
            if (m.Unknown || m.Chosen >= 0 && MaySuspect(m.Chosen)) { any = true; break; }
        }
        // ("وهمدان في محافظة صنعاء": a large city abroad put at once in a province of another country is that province's
        // place the gazetteer lacks, not Iran's Hamadan)
        if (!any) any = InAProvinceAbroad(document.Tokens, mentions) is not null;
        if (!any) return;
        var resolved = work.Resolved;
        resolved.Clear();
        foreach (var m in mentions) if (m.Accepted && m.Chosen >= 0) resolved.Add(m);
        var support = work.Support;
        support.Clear();
        foreach (var m in resolved) support[_g.CountryCode(m.Chosen)] = support.GetValueOrDefault(_g.CountryCode(m.Chosen)) + 1;
        var perKey = work.PerKey;
        perKey.Clear();
        foreach (var m in resolved) perKey[m.Key] = perKey.GetValueOrDefault(m.Key) + 1;
        int supportSum = 0;
        foreach (int n in support.Values) supportSum += n;
        // (the resolved mentions, walked by their index among all: the checks of the names right after one need it)
        for (int at = 0; at < mentions.Count; at++)
        {
            var m = mentions[at];
            if (!(m.Accepted && m.Chosen >= 0)) continue;
            // well-known places (many alternate names, large) and Marsad's curated entries are never suspicious, nor a
            // governorate seat the text calls a city ("في مدينة درنة" in an article about Istanbul) or whose countryside
            // or governorate it names ("على بلدة الهبيط في ريف إدلب" in an article that quotes Washington and Moscow)
            string cc = _g.CountryCode(m.Chosen);
            int own = perKey[m.Key];
            // (nor a large governorate seat after a preposition, its name no common noun: "التفجير الإرهابي الذي استهدف مسجد
            // قوات الطوارئ في أبها" in an article that quotes Washington twice — not "في الوادي" nor "في قرية وادي القعوم", El Oued)
            if (!MaySuspect(m.Chosen) || m.Cue is "town" or "countryside" or "admin1" && _g.FeatureCode(m.Chosen) is "PPLA" && _g.Population(m.Chosen) >= 50_000
                || m.Preposition && _g.FeatureCode(m.Chosen) is "PPLA" && _g.Population(m.Chosen) >= 100_000 && !m.Key.StartsWith("ال", StringComparison.Ordinal)
                   && !LandformWords.Contains(m.Key)
                || m.Cue is "countryside" or "admin1" && _g.Kind(m.Chosen) == PlaceKind.Admin1)
            {
                if (support[cc] - own == 0 && _g.Kind(m.Chosen) == PlaceKind.GeoNames && ProvinceAbroadAfter(document.Tokens, mentions, at) is not null)
                    m.Suspicious = true;
                continue;
            }
            int others = supportSum - support[cc];
            // ("صوب منطقة جازان جنوبي السعودية": a place the text puts in its own country there and then is not suspect)
            // ("أكدت السعودية اعتراض صاروخ … باتجاه منطقة جازان": nor one whose country its sentence names)
            if (support[cc] - own == 0 && others >= Math.Max(2, 2 * own) && !InItsCountryNamedAfter(document, m, cc) && !CountryInItsSentence(document, m, cc)) m.Suspicious = true;
            // "مستوطنة آدم بالضفة الغربية": a small place abroad that the text puts at once in a region of another
            // country is a village of that region the gazetteer lacks, not the foreign homonym (Adam, Oman)
            else if (support[cc] - own == 0 && PlacedInAnotherCountry(document, m, resolved, cc)) m.Suspicious = true;
            // "وطريق الرباط شمال عدن": a place the text puts at once north, south, east or west of a town cannot lie hundreds of
            // kilometres from it — the gazetteer's namesake (Marbāţ, Shabwah) is another place; the bearing from the town stands
            else if (FarFromTheTownItIsPlacedBy(mentions, at)) m.Suspicious = true;
        }
        // "بلدات الطيبة والنعيمة وصيدا وأم المياذن الواقعة في محيط مدينة درعا": a name in a list of villages that a place
        // of another country locates is one of that place's villages, not the foreign homonym (Sidon, Lebanon)
        Dictionary<PlaceRecognizer.Candidate, PlaceRecognizer.Candidate>? listedAt = null;
        for (int n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            if (!m.Accepted || m.Unknown || m.Chosen < 0 || m.Suspicious || _g.Kind(m.Chosen) == PlaceKind.Country) continue;
            string cc = _g.CountryCode(m.Chosen);
            if (support[cc] - perKey[m.Key] != 0 || _g.FeatureCode(m.Chosen) == "PPLC") continue;
            if (ListPlacedBy(document, mentions, n) is { } placer && _g.CountryCode(placer.Chosen) != cc)
            {
                // (one name, one place: "جراء القصف على بلدة صيدا" later in the article is the same village)
                foreach (var same in mentions)
                    if (same.Accepted && same.Key == m.Key && same.Chosen == m.Chosen)
                    {
                        same.Suspicious = true;
                        (listedAt ??= new())[same] = placer;
                    }
            }
        }
        var anchors = work.Anchors;
        anchors.Clear();
        foreach (var m in resolved) if (!m.Suspicious && _g.Kind(m.Chosen) != PlaceKind.Country) anchors.Add(m);
        // One name, one place in a document: an unknown name placed by a town of its own sentence ("منطقة الجاح
        // بمديرية بيت الفقية") keeps that place where it comes back without one ("وتعرضت قرى الجاح لقصف").
        Dictionary<string, int>? placedInSentence = null;
        foreach (var m in mentions)
            if (m.Accepted && m.Unknown && NearestInSentence(document, m, anchors) is { } near)
                (placedInSentence ??= new(StringComparer.Ordinal)).TryAdd(m.Key, near.Chosen);
        int mostNamed = MaxSupport(support);
        for (int n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            if (!(m.Accepted && (m.Unknown || m.Suspicious))) continue;
            // ("وضرب مدينة سوروج", "في مدينة جيلان بينار" in a report on Turkey): a name the gazetteer lacks in Arabic
            // letters that sounds like a town of a country the document is about is that town
            // (in a country its sentence names, else the one the document's places point to most)
            // (and in the province named right after it: "في بلدة ايلبيلي بإقليم كيليس" is no Alaplı of Zonguldak — without a
            // town of that sound there, the name is placed as any unknown one, by the province)
            if (m is { Unknown: true, MaySoundForeign: true }
                && SoundedPlaces.Of(_g).Find(m.Key, cc => CountryInItsSentence(document, m, cc) || support.TryGetValue(cc, out int named) && named == mostNamed) is >= 0 and var sounded
                && (ProvinceRightAfter(mentions, n) is not { } itsProvince || _g.SameAdmin1(sounded, itsProvince.Chosen)))
            {
                m.Chosen = sounded;
                m.Confidence = 0.6;
                continue;
            }
            if (m.OnlyBySound) { m.Accepted = false; continue; }
            if (listedAt is not null && listedAt.TryGetValue(m, out var listPlacer))
            {
                m.Chosen = listPlacer.Chosen;
                m.Fallback = true;
                m.Confidence = 0.3;
                continue;
            }
            // a known name read in an unrelated country, with no cue or relative phrase: a word, not a place (حمام دم)
            // (but one its province places, "وهمدان في محافظة صنعاء", is that province's)
            if (!m.Unknown && ProvinceAbroadAfter(document.Tokens, mentions, n) is { } province) m.Chosen = province.Chosen;
            else if (!m.Unknown && m.Cue is null && m.Relation is null) { m.Accepted = false; continue; }
            // the nearest anchor of the same sentence, else where the same name was placed so, else the town the
            // document names most (the nearest of those): "في محيط الكلية البحرية" in an article about the Durayhimi
            // front is there, not at a town the next paragraph names once
            else if (NearestInSentence(document, m, anchors) is { } anchor) m.Chosen = anchor.Chosen;
            else if (m.Unknown && placedInSentence is not null && placedInSentence.TryGetValue(m.Key, out int placed)) m.Chosen = placed;
            // ("كشفت السلطات الأردنية … في انفجار وقع في محيط مهرجان مدينة الفحيص" in a digest of stories: a sentence that
            // names a country by its adjective is in that country — its most named town, else the country itself)
            else if (InTheCountryItsSentenceNames(document, m, anchors, perKey) is >= 0 and var inIt) m.Chosen = inIt;
            // ("على مواقع جديدة في مديرية نهم …" then "غرب البياض": a name the gazetteer lacks, its sentence naming no place,
            // lies where the sentence just before put the story, not at a town the article names more often later)
            else if (m.Unknown && AnchorOfTheSentenceBefore(document, m, anchors) is { } before) m.Chosen = before.Chosen;
            else if (MostNamed(m, anchors, perKey) is { } town) m.Chosen = town.Chosen;
            else
            {
                // only countries: the document's main country (precision 3)
                var country = resolved.Where(r => _g.Kind(r.Chosen) == PlaceKind.Country).GroupBy(r => r.Chosen)
                    .OrderByDescending(gr => gr.Count()).Select(gr => gr.Key).FirstOrDefault(-1);
                if (country < 0) { if (m.Unknown) m.Accepted = false; continue; }
                m.Chosen = country;
            }
            m.Fallback = true;
            m.Confidence = 0.3;
        }
    }

    // The place that locates the list of names mention n stands in ("… وصيدا وأم المياذن الواقعة في محيط مدينة درعا"):
    // names joined by و one after another (two at least), then within a dozen words (names the gazetteer lacks may
    // run on) with no punctuation a resolved place; else null.
    private PlaceRecognizer.Candidate? ListPlacedBy(Document document, List<PlaceRecognizer.Candidate> mentions, int n)
    {
        var tokens = document.Tokens;
        int first = n, last = n;
        while (first > 0 && mentions[first - 1].Accepted && mentions[first - 1].LastToken + 1 == mentions[first].FirstToken
               && tokens[mentions[first].FirstToken].HasProclitic("و")) first--;
        while (last + 1 < mentions.Count && mentions[last + 1].Accepted && mentions[last].LastToken + 1 == mentions[last + 1].FirstToken
               && tokens[mentions[last + 1].FirstToken].HasProclitic("و")) last++;
        if (last == first) return null;
        for (int k = last + 1; k < mentions.Count && mentions[k].FirstToken <= mentions[last].LastToken + 12; k++)
        {
            var p = mentions[k];
            if (!p.Accepted || p.Unknown || p.Chosen < 0 || _g.Kind(p.Chosen) == PlaceKind.Country) continue;
            // (only locating words between: "الواقعة في محيط مدينة", "بريف", "في")
            for (int i = mentions[last].LastToken + 1; i < p.FirstToken; i++)
                if (tokens[i].Kind == TokenKind.Punctuation) return null;
            return p;
        }
        return null;
    }

    // The mention's own country named right after it, past a direction word: "جازان جنوبي السعودية".
    private bool InItsCountryNamedAfter(Document document, PlaceRecognizer.Candidate m, string cc)
    {
        var tokens = document.Tokens;
        int k = m.LastToken + 1;
        while (k < tokens.Count && k <= m.LastToken + 2 && GeoLexicon.CompassWords.Contains(tokens[k].Norm)) k++;
        return k != m.LastToken + 1 && k < tokens.Count && NamesCountry(tokens[k], cc);
    }

    // The word is the name of the country cc ("السعودية").
    private bool NamesCountry(Token token, string cc)
    {
        foreach (int i in _g.Lookup(GazetteerKeys.Normalize(token.Norm)))
            if (_g.Kind(i) == PlaceKind.Country && _g.CountryCode(i) == cc) return true;
        return false;
    }

    // (or its adjective: "اعتراض قوات الدفاع الجوي الملكي السعودي لصاروخ … باتجاه مدينة ينبع")
    private bool CountryInItsSentence(Document document, PlaceRecognizer.Candidate m, string cc)
    {
        var tokens = document.Tokens;
        if (SentenceOf(document, m) is not { } sentence) return false;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            if ((k < m.FirstToken || k > m.LastToken) && (NamesCountry(tokens[k], cc) || IsNisbaOf(tokens[k], cc))) return true;
        return false;
    }

    [ThreadStatic] private static Dictionary<string, int>? _nisbaSeen;

    private void AddNisbaCountries(Document document, Dictionary<string, double> countryWeight)
    {
        var seen = _nisbaSeen ??= new(StringComparer.Ordinal);
        seen.Clear();
        foreach (var token in document.Tokens)
        {
            // (cheap tests first: every word of every article passes here)
            string w = token.Norm;
            if (w.Length < 6 || w[0] != 'ا' || w[1] != 'ل' || w[^1] is not ('ي' or 'ه' or 'ن') || !token.IsWord) continue;
            if (!(w[^1] == 'ي' || w.EndsWith("يه", StringComparison.Ordinal) || w.EndsWith("يين", StringComparison.Ordinal))) continue;
            if (NisbaCountryCached(w) is not (>= 0 and var e)) continue;
            string cc = _g.CountryCode(e);
            int n = seen.GetValueOrDefault(cc);
            if (n >= 2) continue;
            seen[cc] = n + 1;
            countryWeight[cc] = countryWeight.GetValueOrDefault(cc) + 0.7;
        }
    }

    // (asked of every adjective of every article: the answer is kept per written form, as the recogniser keeps its forms')
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _nisbaCountries = new(StringComparer.Ordinal);

    private int NisbaCountryCached(string norm)
    {
        if (_nisbaCountries.TryGetValue(norm, out int e)) return e;
        e = _g.CountryOfNisba(norm.EndsWith("يين", StringComparison.Ordinal) ? norm[..^2] : norm);
        if (_nisbaCountries.Count < 200_000) _nisbaCountries[norm] = e;
        return e;
    }

    private bool IsNisbaOf(Token token, string cc) => NisbaCountryOf(token) is >= 0 and var e && _g.CountryCode(e) == cc;

    // The country a nisba adjective with the article names ("الأردنية" → Jordan), or -1.
    private int NisbaCountryOf(Token token) =>
        token.IsWord && token.Norm.StartsWith("ال", StringComparison.Ordinal) && token.Norm.Length >= 6 ? _g.CountryOfNisba(token.Norm) : -1;

    private static Sentence? SentenceOf(Document document, PlaceRecognizer.Candidate m)
    {
        foreach (var x in document.Sentences)
            if (x.FirstToken <= m.FirstToken && m.FirstToken < x.EndToken) return x;
        return null;
    }


    // The first mention put at once in a province of another country ("همدان في محافظة صنعاء"), or null.
    private PlaceRecognizer.Candidate? InAProvinceAbroad(IReadOnlyList<Token> tokens, List<PlaceRecognizer.Candidate> mentions)
    {
        for (int n = 0; n < mentions.Count; n++)
        {
            var m = mentions[n];
            if (m.Accepted && m.Chosen >= 0 && _g.Kind(m.Chosen) == PlaceKind.GeoNames && ProvinceAbroadAfter(tokens, mentions, n) is not null) return m;
        }
        return null;
    }

    // The province or district named right after the mention at <paramref name="index"/> with its cue ("في محافظة صنعاء",
    // "بمحافظة عمران", "بمديرية موزع"), or the town right after it ("بمدينة الحزم"), when it lies in another country than
    // the mention's reading, or null. (The mentions are in text order: the search starts after this one and stops at the
    // first too far.)
    private PlaceRecognizer.Candidate? ProvinceAbroadAfter(IReadOnlyList<Token> tokens, List<PlaceRecognizer.Candidate> mentions, int index)
    {
        var m = mentions[index];
        for (int n = index + 1; n < mentions.Count; n++)
        {
            var r = mentions[n];
            if (r.FirstToken <= m.LastToken) continue;
            if (r.Sentence != m.Sentence || r.FirstToken - m.LastToken > 3) break;
            // (or the district: "في منطقة العريش بمديرية موزع" is a village of Mawza's district, not Egypt's Arish)
            // (or the town right after it, its cue bound to ب: "في همدان بمدينة الحزم عاصمة الجوف" is a quarter of al-Hazm,
            // not Iran's Hamadan — not a town joined by و, "حلب ومدينة الموصل")
            if (r.Accepted && r.Chosen >= 0 && (_g.Kind(r.Chosen) == PlaceKind.Admin1 && r.Cue == "admin1" || r.Cue == "district"
                                                 || r.Cue == "town" && r.CueToken == m.LastToken + 1 && tokens[m.LastToken + 1].Norm.StartsWith('ب'))
                && _g.CountryCode(r.Chosen) != _g.CountryCode(m.Chosen)) return r;
        }
        return null;
    }

    // The town a compass phrase right after the mention places it by ("الرباط شمال عدن") lies more than FarKm from it.
    private const double FarKm = 150;

    private bool FarFromTheTownItIsPlacedBy(List<PlaceRecognizer.Candidate> mentions, int index)
    {
        var m = mentions[index];
        if (_g.Kind(m.Chosen) != PlaceKind.GeoNames) return false;
        for (int n = index + 1; n < mentions.Count; n++)
        {
            var r = mentions[n];
            if (r.FirstToken <= m.LastToken) continue;
            if (r.Sentence != m.Sentence || r.FirstToken - m.LastToken > 2) break;
            return r is { Accepted: true, Chosen: >= 0, Relation: "north of" or "south of" or "east of" or "west of" }
                   && _g.FeatureClass(r.Chosen) == "P"
                   && GeoDistance.Km(_g.Latitude(m.Chosen), _g.Longitude(m.Chosen), _g.Latitude(r.Chosen), _g.Longitude(r.Chosen)) > FarKm;
        }
        return false;
    }

    // The province named by its cue within three words after the mention ("ايلبيلي بإقليم كيليس"), or null.
    private PlaceRecognizer.Candidate? ProvinceRightAfter(List<PlaceRecognizer.Candidate> mentions, int index)
    {
        var m = mentions[index];
        for (int n = index + 1; n < mentions.Count; n++)
        {
            var r = mentions[n];
            if (r.FirstToken <= m.LastToken) continue;
            if (r.Sentence != m.Sentence || r.FirstToken - m.LastToken > 3) break;
            if (r is { Accepted: true, Chosen: >= 0, Cue: "admin1" } && _g.Kind(r.Chosen) == PlaceKind.Admin1) return r;
        }
        return null;
    }

    // A region named right after the mention ("آدم بالضفة الغربية", "X في محافظة Y") that lies in another country.
    private bool PlacedInAnotherCountry(Document document, PlaceRecognizer.Candidate m, List<PlaceRecognizer.Candidate> resolved, string cc)
    {
        foreach (var r in resolved)
            if (r.Sentence == m.Sentence && r.FirstToken > m.LastToken && r.FirstToken - m.LastToken <= 2
                && _g.Kind(r.Chosen) is PlaceKind.Admin1 or PlaceKind.Extra or PlaceKind.Country && _g.CountryCode(r.Chosen) != cc
                && (r.Stripped.EndsWith('ب') || document.Tokens[r.FirstToken - 1].Norm is "في" or "ب"))
                return true;
        return false;
    }

    // The anchor of the mention's sentence nearest to it (the first of equally near ones), or null. Not across a
    // contrast: in "قصفوا قرى الجريبة والمشاقنة، في حين أفشلت القوات هجوما في منطقة الجاح" the villages are not at al-Jah.
    private PlaceRecognizer.Candidate? NearestInSentence(Document document, PlaceRecognizer.Candidate m, List<PlaceRecognizer.Candidate> anchors)
    {
        PlaceRecognizer.Candidate? nearest = null;
        int best = int.MaxValue;
        foreach (var a in anchors)
        {
            int d = Math.Abs(a.FirstToken - m.FirstToken);
            if (a.Sentence == m.Sentence && d < best && !ContrastClause.Between(document.Tokens, Math.Min(a.LastToken, m.LastToken), Math.Max(a.FirstToken, m.FirstToken))
                // (a country's capital read for its name across a border, "الحدودي مع الكويت", places nothing)
                && !(GeoLexicon.AcrossTheBorder(document.Tokens, a.FirstToken) && _g.FeatureCode(a.Chosen) == "PPLC"))
            { best = d; nearest = a; }
        }
        return nearest;
    }


    // The first town or region (not a country) marked as a place in the nearest of the two sentences before the mention's
    // that names one ("في مديرية نهم شرق العاصمة صنعاء": Nihm, the scene, before the capital that locates it), or null.
    private static PlaceRecognizer.Candidate? AnchorOfTheSentenceBefore(Document document, PlaceRecognizer.Candidate m, List<PlaceRecognizer.Candidate> anchors)
    {
        var sentences = document.Sentences;
        int at = -1;
        for (int i = 0; i < sentences.Count; i++)
            if (sentences[i].FirstToken <= m.FirstToken && m.FirstToken < sentences[i].EndToken) { at = i; break; }
        for (int back = at - 1; back >= 0 && back >= at - 2; back--)
        {
            var prev = sentences[back];
            PlaceRecognizer.Candidate? first = null;
            foreach (var a in anchors)
                // (one the text marks as a place, by a cue, a preposition or a compass word — not a dateline's "دبي،")
                if (a.FirstToken >= prev.FirstToken && a.LastToken < prev.EndToken && a.HasContext && (first is null || a.FirstToken < first.FirstToken)) first = a;
            if (first is not null) return first;
        }
        return null;
    }

    // Where a mention with no place of its own goes when its sentence names another country than the document's most
    // named town's: that country's most named town, else the country itself; -1 when the sentence names none or the same.
    private int InTheCountryItsSentenceNames(Document document, PlaceRecognizer.Candidate m, List<PlaceRecognizer.Candidate> anchors, Dictionary<string, int> perKey)
    {
        int country = CountryOfItsSentence(document, m);
        if (country < 0) return -1;
        string cc = _g.CountryCode(country);
        if (MostNamed(m, anchors, perKey) is { } town && _g.CountryCode(town.Chosen) == cc) return -1;
        return MostNamed(m, anchors.Where(a => _g.CountryCode(a.Chosen) == cc).ToList(), perKey)?.Chosen ?? country;
    }

    // The country whose authorities or police the mention's sentence names by its adjective ("السلطات الأردنية"), when it
    // names one only; else -1.
    private int CountryOfItsSentence(Document document, PlaceRecognizer.Candidate m)
    {
        if (SentenceOf(document, m) is not { } sentence) return -1;
        int found = -1;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            // (a country's authorities and police act at home; its army or its militias may be anywhere)
            if (k == sentence.FirstToken || document.Tokens[k - 1].LemmaWithoutArticle is not ("سلطات" or "شرطه" or "امن" or "درك" or "داخليه")) continue;
            int c = NisbaCountryOf(document.Tokens[k]);
            if (c < 0) continue;
            if (found >= 0 && _g.CountryCode(found) != _g.CountryCode(c)) return -1;
            found = c;
        }
        return found;
    }

    // The anchor whose name the document gives most often, the nearest to the mention among equals, or null.
    private static PlaceRecognizer.Candidate? MostNamed(PlaceRecognizer.Candidate m, List<PlaceRecognizer.Candidate> anchors, Dictionary<string, int> perKey)
    {
        PlaceRecognizer.Candidate? most = null;
        int bestNamed = 0, bestDistance = int.MaxValue;
        foreach (var a in anchors)
        {
            int d = Math.Abs(a.FirstToken - m.FirstToken), named = perKey.GetValueOrDefault(a.Key);
            if (named > bestNamed || named == bestNamed && d < bestDistance) { bestNamed = named; bestDistance = d; most = a; }
        }
        return most;
    }

    // The most places any one country has among the resolved mentions.
    private static int MaxSupport(Dictionary<string, int> support)
    {
        int max = 0;
        foreach (int n in support.Values) max = Math.Max(max, n);
        return max;
    }

    // Words of land that begin many a place's name ("وادي القعوم", "جبل صبر"): alone, no town's name.
    private static readonly HashSet<string> LandformWords = new(StringComparer.Ordinal)
    {
        "وادي", "جبل", "سهل", "راس", "عين", "بير", "تل", "باب", "سوق", "حي", "بحر", "نهر", "جزيره", "ميناء",
    };

    /// <summary>A reading that may be suspicious (see <see cref="FallBack"/>): not well known (many alternate names, large) nor curated.</summary>
    private bool MaySuspect(int e) =>
        !(_g.Kind(e) is not PlaceKind.GeoNames || _g.Population(e) >= 500_000 || _g.FeatureCode(e) == "PPLC" || _g.AlternateNameCount(e) >= 30);

    // Mention i, whose readings are a country and others, stands beside a name that is a country only: joined to it
    // by و, or the end of "من X إلى".
    private bool BesideACountry(Document document, List<PlaceRecognizer.Candidate> accepted, int i)
    {
        var m = accepted[i];
        bool country = false, other = false;
        foreach (int e in m.Entries)
            if (_g.Kind(e) == PlaceKind.Country) country = true; else other = true;
        if (!(country && other)) return false;
        bool OnlyCountry(PlaceRecognizer.Candidate o)
        {
            if (o.Entries.Length == 0) return false;
            foreach (int e in o.Entries) if (_g.Kind(e) != PlaceKind.Country) return false;
            return true;
        }
        var tokens = document.Tokens;
        if (i > 0 && accepted[i - 1] is { } before && OnlyCountry(before) && before.Sentence == m.Sentence)
        {
            if (before.LastToken + 1 == m.FirstToken && tokens[m.FirstToken].StartsWithWa) return true;
            if (before.LastToken + 2 == m.FirstToken && tokens[m.FirstToken - 1].Norm == "الي"
                && before.FirstToken > 0 && tokens[before.FirstToken - 1].Norm == "من") return true;
        }
        return i + 1 < accepted.Count && accepted[i + 1] is { } after && OnlyCountry(after) && after.Sentence == m.Sentence
               && m.LastToken + 1 == after.FirstToken && tokens[after.FirstToken].StartsWithWa;
    }

    private static void Choose(PlaceRecognizer.Candidate m, ReadOnlySpan<double> scores)
    {
        double best = double.NegativeInfinity, second = double.NegativeInfinity;
        int bestE = -1;
        for (int k = 0; k < scores.Length; k++)
        {
            double s = scores[k];
            if (s > best) { second = best; best = s; bestE = m.Entries[k]; }
            else if (s > second) second = s;
        }
        m.Chosen = bestE;
        double margin = double.IsNegativeInfinity(second) ? 3 : best - second;
        double conf = 1 / (1 + Math.Exp(-(margin - 0.5) * 1.5));
        if (m.NeedsContext) conf *= m.HasContext ? 0.85 : 0.6;
        m.Confidence = conf;
    }

    /// <summary>
    /// Readings kept: in the region Marsad covers, in a country the document names (with context), countries, curated,
    /// large. A unit of Marsad's admin-1 table after its cue noun ("ولاية يوبي": Yobe, not Ube in Japan) is kept
    /// whether or not the document names its country; a small place abroad is not kept beside a curated reading of the
    /// same name ("كشمير" in a story that names the United States is Kashmir, not Cashmere, Washington).
    /// </summary>
    private bool Kept(PlaceRecognizer.Candidate m, int e, HashSet<string> named, bool curated)
    {
        var kind = _g.Kind(e);
        if (FocusCountries.Contains(_g.CountryCode(e)) || kind is PlaceKind.Country or PlaceKind.Extra
            || _g.Population(e) >= 100_000 || _g.FeatureCode(e) == "PPLC") return true;
        if (kind == PlaceKind.Admin1 && m.Cue == "admin1") return true;
        if (!(named.Contains(_g.CountryCode(e)) && m.HasContext)) return false;
        return !(kind == PlaceKind.GeoNames && curated);
    }

    /// <summary>Context-free preference: populated places, population, alternate names, curated entries.</summary>
    private double Prior(int e)
    {
        double s = 0;
        var kind = _g.Kind(e);
        string fclass = _g.FeatureClass(e);
        if (fclass == "P") s += 1.0;
        if (kind == PlaceKind.Extra) s += 1.5;   // curated for Marsad: the place the press means
        if (kind == PlaceKind.Country) s += 2.0;
        if (kind == PlaceKind.Admin1) s += 0.3;
        string code = _g.FeatureCode(e);
        if (code is "PPLC") s += 1.0;
        else if (code is "PPLA") s += 0.6;
        else if (code is "PPLA2") s += 0.3;
        s += 0.35 * Math.Log10(_g.Population(e) + 1);
        s += 0.25 * Math.Log(1 + _g.AlternateNameCount(e));
        if (FocusCountries.Contains(_g.CountryCode(e))) s += 1.2;
        return s;
    }

    private double Score(PlaceRecognizer.Candidate m, int e, Dictionary<string, double> countryWeight, double maxW)
    {
        double s = Prior(e);
        string cc = _g.CountryCode(e);
        s += 3.0 * countryWeight.GetValueOrDefault(cc) / maxW;
        var kind = _g.Kind(e);
        switch (m.Cue)
        {
            case "admin1":
                // ("محافظة حلب" is the governorate, however large the city of its name)
                if (kind == PlaceKind.Admin1) s += 8; break;
            case "country":
                if (kind == PlaceKind.Country) s += 4; break;
            case "town" or "village" or "quarter" or "camp":
                if (kind is PlaceKind.Admin1 or PlaceKind.Country) s -= 3; break;
            case "capital":
                // ("في العاصمة عمان": a capital city, Amman, not the country Oman)
                if (kind == PlaceKind.Country) s -= 3;
                else if (_g.FeatureCode(e) == "PPLC") s += 3;
                break;
            case "countryside":
                // ريف حلب: the countryside of the city (or the governorate); the city's point with precision 2
                if (kind == PlaceKind.Country) s -= 3; break;
        }
        // ("العاصمة الأردنية عمان": the adjective says whose capital, not Oman's)
        if (m.OfCountry is { } of && cc == of) s += 4;
        // a bare governorate name is usually its capital city (حلب، دير الزور), unless the cue says governorate
        // (only when a town of its own country shares the name: "بابل" in Iraq is Babil, not Bābol in Iran)
        if (m.Cue is null && kind == PlaceKind.Admin1 && HasTownInItsCountry(m, cc)) s -= 1.5;
        return s;
    }

    private bool HasTownInItsCountry(PlaceRecognizer.Candidate m, string cc)
    {
        foreach (int e in m.Entries)
            if (_g.FeatureClass(e) == "P" && _g.CountryCode(e) == cc) return true;
        return false;
    }
}
