"""Replays the held-out draw of docs/held-out-gold.md over SaudiNewsNet (sets 58 onwards).

The pool: every article of every day's zip, sorted by (day, index in the day's JSON array), exact copies of a content
dropped, kept when title and text together are under 6,000 characters and the text holds at least two of the violence
and protest words. Each set: random.seed(S), random.shuffle of the pool's ids, the first 40 not drawn before. The
articles are read from the corpus at run time; nothing derived from them is written into the repository.
"""
import glob, json, os, random, zipfile

WORDS = "قتل مقتل قصف غارة غارات اشتباك سيطر هجوم تفجير انفجار اعتقال اعتقل تظاهر احتجاج مظاهر".split()
CORPUS = os.environ.get("SAUDINEWSNET", os.path.join(os.path.dirname(__file__), "../../../shared/data/corpora/saudinewsnet"))

# Articles the fifty-eighth session read in a spot check (corpus ids DAY-(INDEX+1)): skipped by the draws of sets 106-111.
READ58 = ["2015-07-21-2", "2015-07-21-1628", "2015-07-23-21", "2015-07-25-977", "2015-07-27-138", "2015-07-27-928",
          "2015-08-04-549", "2015-08-04-1000", "2015-08-08-79", "2015-08-09-1051", "2015-08-11-63"]
READ58 = {"sn-" + r.rsplit("-", 1)[0] + "-" + str(int(r.rsplit("-", 1)[1]) - 1) for r in READ58}
OLD_SEEDS = {58: 585858, 59: 595958, 60: 606058, 61: 616158, 62: 626258, 63: 636358, 64: 646458, 65: 656558,
             66: 666658, 67: 676758, 68: 686858}


def pool(words_held=lambda n: n >= 2, shortest=0, longest=6000):
    """The pool's articles as {id, title, text, date_extracted, outlet, url}; id = sn-DAY-INDEX (INDEX from 0). The
    crawl time is kept as the zip gives it, under the zip's own name, so that `marsad eval events` reads it as the corpus
    run does (the outlet's clock, and the day the text names: CrawlDay), not as a publication instant. words_held
    says how many of WORDS the text must hold (two or more here; sn_one_word_pool.py asks for exactly one), and title
    and text together must be at least shortest and under longest characters (sn_long_pool.py takes 6,000-12,000)."""
    seen, out = set(), []
    for z in sorted(glob.glob(os.path.join(CORPUS, "*.zip"))):
        day = os.path.basename(z)[:-4]
        zf = zipfile.ZipFile(z)
        for i, a in enumerate(json.loads(zf.read(zf.namelist()[0]))):
            text = a.get("content") or ""
            if text in seen:
                continue
            seen.add(text)
            title = a.get("title") or ""
            if not shortest <= len(title) + len(text) < longest or not words_held(sum(w in text for w in WORDS)):
                continue
            out.append(dict(id=f"sn-{day}-{i}", title=title, text=text,
                            date_extracted=a["date_extracted"], outlet=a["source"], url=a.get("url")))
    return out


def seed(n):
    return OLD_SEEDS.get(n, n * 10000 + 6958)


def draw(ids, s, taken, k=40):
    ids = list(ids)
    random.seed(s)
    random.shuffle(ids)
    return [i for i in ids if i not in taken][:k]


def draw_sets(ids, first, upto):
    """({set: ids}, taken ids) for sets first..upto drawn in turn from ids, each skipping those drawn before."""
    taken, sets = set(), {}
    for n in range(first, upto + 1):
        sets[n] = draw(ids, seed(n), taken)
        taken |= set(sets[n])
    return sets, taken


def replay_from(arts, first, upto):
    """(articles, {set: ids}, taken ids) for sets first..upto drawn from a pool's articles in their order."""
    sets, taken = draw_sets([a["id"] for a in arts], first, upto)
    return arts, sets, taken


def main(replay, argv, index_name):
    """The command of the later SaudiNewsNet pools: `python3 X_pool.py N OUT_DIR` writes set N's articles (one JSON object
    each) to OUT_DIR and every set's ids to OUT_DIR/../index_name."""
    n, out = int(argv[1]), argv[2]
    arts, sets, taken = replay(n)
    print(f"pool {len(arts)}, taken {len(taken)}, left {len(arts) - len(taken)}")
    write_set(arts, sets, n, out, index_name)
    print(f"wrote {len(sets[n])} articles to {out}")


def write_set(arts, sets, n, out, index_name):
    """Writes set n's articles (one JSON object each, which `marsad eval events` reads by id) to out, and every set's
    ids to index_name beside out."""
    os.makedirs(out, exist_ok=True)
    by = {a["id"]: a for a in arts}
    for i in sets[n]:
        with open(os.path.join(out, f"{i}.json"), "w", encoding="utf-8") as f:
            json.dump(by[i], f, ensure_ascii=False)
    with open(os.path.join(os.path.dirname(os.path.abspath(out)), index_name), "w") as f:
        json.dump({str(k): v for k, v in sets.items()}, f)


def replay(upto):
    """(articles, {set: ids}, taken ids) for sets 58..upto, as the sessions drew them. Set 124 is what was left."""
    arts = pool()
    ids = [a["id"] for a in arts]
    taken, sets = set(), {}
    for n in range(58, min(upto, 105) + 1):
        sets[n] = draw(ids, seed(n), taken)
        taken |= set(sets[n])
    if upto >= 106:
        # sets 106-111 were drawn twice, with and without the fifty-eighth session's read list; the union is taken
        a, b = set(taken), set(taken) | READ58
        for n in range(106, min(upto, 111) + 1):
            x = draw(ids, seed(n), a); a |= set(x)
            y = draw(ids, seed(n), b); b |= set(y)
            sets[n] = sorted(set(x) | set(y))
        taken = a | b
    for n in range(112, min(upto, 123) + 1):
        sets[n] = draw(ids, seed(n), taken)
        taken |= set(sets[n])
    if upto >= 124:
        sets[124] = sorted(i for i in ids if i not in taken)
        taken |= set(sets[124])
    return arts, sets, taken
