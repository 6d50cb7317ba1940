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

    internal void Resolve(Document document, List<PlaceRecognizer.Candidate> mentions)
    {
        var accepted = mentions.Where(m => m.Accepted && m.Entries.Length > 0).ToList();
        if (accepted.Count == 0) { FallBack(mentions); return; }
        // countries named as countries in the document
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in accepted)
            foreach (var e in m.Entries)
                if (_g.Kind(e) == PlaceKind.Country) named.Add(_g.CountryCode(e));
        // small places abroad count only when the document names their country (Arabic spellings of foreign
        // place names collide with common words: الأمن ~ Emmen, الآن ~ Halen)
        foreach (var m in accepted)
        {
            m.Entries = m.Entries.Where(e => FocusCountries.Contains(_g.CountryCode(e)) || named.Contains(_g.CountryCode(e)) && m.HasContext
                || _g.Kind(e) is PlaceKind.Country or PlaceKind.Extra || _g.Population(e) >= 100_000 || _g.FeatureCode(e) == "PPLC").ToArray();
            if (m.Entries.Length == 0) m.Accepted = false;
        }
        accepted = accepted.Where(m => m.Accepted).ToList();
        if (accepted.Count == 0) return;
        foreach (var m in accepted)
            if (m.Entries.Length > MaxCandidates)
                m.Entries = m.Entries.OrderByDescending(Prior).Take(MaxCandidates).ToArray();

        // countries the document names: as countries, or through places with a single reading
        var countryWeight = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var m in accepted)
        {
            var ccs = m.Entries.Select(_g.CountryCode).Distinct().ToList();
            bool isCountry = m.Entries.Any(e => _g.Kind(e) == PlaceKind.Country);
            double w = isCountry ? 1.0 : ccs.Count == 1 ? 0.7 : 0.0;
            if (isCountry) ccs = m.Entries.Where(e => _g.Kind(e) == PlaceKind.Country).Select(_g.CountryCode).ToList();
            foreach (var cc in ccs) countryWeight[cc] = countryWeight.GetValueOrDefault(cc) + w;
        }
        double maxW = countryWeight.Count == 0 ? 1 : Math.Max(1, countryWeight.Values.Max());

        // pass 1: no proximity
        foreach (var m in accepted) Choose(m, e => Score(m, e, countryWeight, maxW));
        // pass 2: closeness to the other places (weighted by their confidence) and the stated hierarchy
        for (int pass = 0; pass < 2; pass++)
        {
            var chosen = accepted.Select(m => (m, m.Chosen)).ToList();
            foreach (var m in accepted)
            {
                Choose(m, e =>
                {
                    double s = Score(m, e, countryWeight, maxW);
                    double prox = 0;
                    foreach (var (o, oc) in chosen)
                    {
                        if (o == m || oc < 0 || o.Key == m.Key) continue;
                        if (_g.Kind(oc) == PlaceKind.Country) continue;
                        double km = GeoDistance.Km(_g.Latitude(e), _g.Longitude(e), _g.Latitude(oc), _g.Longitude(oc));
                        double near = Math.Exp(-km / 150.0) * (0.3 + 0.7 * o.Confidence);
                        // stated hierarchy: "X في (محافظة|ريف|مدينة) Y" right after X
                        if (o.Sentence == m.Sentence && o.FirstToken > m.LastToken && o.FirstToken - m.LastToken <= 4
                            && _g.Admin1Key(e) is { } a && a == _g.Admin1Key(oc)) near += 1.5;
                        prox = Math.Max(prox, near);
                    }
                    return s + 2.5 * prox;
                });
            }
        }
        FallBack(mentions);
    }

    /// <summary>
    /// Names the gazetteer lacks (after a cue), and names whose only readings lie in a country nothing else in the
    /// document points to (الجنينة read as Geneina, Sudan, in a report on Deir ez-Zor), are placed at the nearest
    /// place of their context — the same sentence first, then the document — with geo_precision 2.
    /// </summary>
    private void FallBack(List<PlaceRecognizer.Candidate> mentions)
    {
        var resolved = mentions.Where(m => m.Accepted && m.Chosen >= 0).ToList();
        var support = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in resolved) support[_g.CountryCode(m.Chosen)] = support.GetValueOrDefault(_g.CountryCode(m.Chosen)) + 1;
        var suspicious = new HashSet<PlaceRecognizer.Candidate>();
        foreach (var m in resolved)
        {
            // well-known places (many alternate names, large) and Marsad's curated entries are never suspicious
            if (_g.Kind(m.Chosen) is not PlaceKind.GeoNames || _g.Population(m.Chosen) >= 500_000 || _g.FeatureCode(m.Chosen) == "PPLC"
                || _g.AlternateNameCount(m.Chosen) >= 30) continue;
            string cc = _g.CountryCode(m.Chosen);
            int own = resolved.Count(o => o.Key == m.Key);
            int others = support.Values.Sum() - support[cc];
            if (support[cc] - own == 0 && others >= Math.Max(2, 2 * own)) suspicious.Add(m);
        }
        var anchors = resolved.Where(m => !suspicious.Contains(m) && _g.Kind(m.Chosen) != PlaceKind.Country).ToList();
        foreach (var m in mentions.Where(m => m.Accepted && (m.Unknown || suspicious.Contains(m))))
        {
            // a known name read in an unrelated country, with no cue or relative phrase: a word, not a place (حمام دم)
            if (!m.Unknown && m.Cue is null && m.Relation is null) { m.Accepted = false; continue; }
            var anchor = anchors.Where(a => a.Sentence == m.Sentence).OrderBy(a => Math.Abs(a.FirstToken - m.FirstToken)).FirstOrDefault()
                ?? anchors.OrderBy(a => Math.Abs(a.FirstToken - m.FirstToken)).FirstOrDefault();
            if (anchor is null)
            {
                // only countries: the document's main country (precision 3)
                var country = resolved.Where(r => _g.Kind(r.Chosen) == PlaceKind.Country).GroupBy(r => r.Chosen)
                    .OrderByDescending(gr => gr.Count()).Select(gr => gr.Key).FirstOrDefault(-1);
                if (country < 0) { if (m.Unknown) m.Accepted = false; continue; }
                m.Chosen = country;
            }
            else m.Chosen = anchor.Chosen;
            m.Fallback = true;
            m.Confidence = 0.3;
        }
    }

    private void Choose(PlaceRecognizer.Candidate m, Func<int, double> score)
    {
        double best = double.NegativeInfinity, second = double.NegativeInfinity;
        int bestE = -1;
        foreach (var e in m.Entries)
        {
            double s = score(e);
            if (s > best) { second = best; best = s; bestE = e; }
            else if (s > second) second = s;
        }
        m.Chosen = bestE;
        double margin = double.IsNegativeInfinity(second) ? 3 : best - second;
        double conf = 1 / (1 + Math.Exp(-(margin - 0.5) * 1.5));
        if (m.NeedsContext) conf *= m.HasContext ? 0.85 : 0.6;
        m.Confidence = conf;
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
                if (kind == PlaceKind.Admin1) s += 4; break;
            case "country":
                if (kind == PlaceKind.Country) s += 4; break;
            case "town" or "village" or "quarter" or "camp":
                if (kind is PlaceKind.Admin1 or PlaceKind.Country) s -= 3; break;
            case "countryside":
                // ريف حلب: the countryside of the city (or the governorate); the city's point with precision 2
                if (kind == PlaceKind.Country) s -= 3; break;
        }
        // a bare governorate name is usually its capital city (حلب، دير الزور), unless the cue says governorate
        if (m.Cue is null && kind == PlaceKind.Admin1) s -= 1.5;
        return s;
    }
}
