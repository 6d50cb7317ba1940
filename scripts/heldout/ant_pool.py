"""The second held-out pool (sets 125 onwards), drawn once the SaudiNewsNet pool was spent.

ant-middleeast articles (the 2018 Middle East news the dev set comes from) whose file is under 6,000 characters and
holds exactly one of pool.WORDS. Earlier ANT sets (1-57) took files with at least two, so these are new: articles
near conflict rather than about it, where a false alarm costs most. Dev articles are left out. Each set:
random.seed(pool.seed(N)), random.shuffle of the sorted DOCNOs, the first 40 not drawn before. The articles stay in
the corpus; a set is a folder of copies made at run time, never committed.
"""
import glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import WORDS, draw_sets

HERE = os.path.dirname(os.path.abspath(__file__))
ANT = os.environ.get("ANT", os.path.join(HERE, "../../../shared/data/corpora/ant-middleeast"))
DEV = os.environ.get("DEV_ARTICLES", os.path.join(HERE, "../../../shared/data/gold/dev/articles"))
FIRST = 125


def pool(keep=lambda text: len(text) < 6000 and sum(w in text for w in WORDS) == 1):
    """{DOCNO: path} of the pool's files: those whose text keep accepts (by default under 6,000 characters with exactly
    one of the words), dev articles left out."""
    dev = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(DEV, "*.txt"))}
    out = {}
    for p in sorted(glob.glob(os.path.join(ANT, "*", "*.txt"))):
        doc = os.path.basename(p)[:-4]
        if doc not in dev and keep(open(p, encoding="utf-8", errors="replace").read()):
            out[doc] = p
    return out


def replay(upto):
    """({DOCNO: path}, {set: DOCNOs}, taken) for sets 125..upto."""
    arts = pool()
    sets, taken = draw_sets(sorted(arts), FIRST, upto)
    return arts, sets, taken


def main(replay, argv, index_name):
    """`python3 X.py N OUT_DIR`: copies set N's files to OUT_DIR and writes every set's DOCNOs to OUT_DIR/../index_name."""
    import json, shutil
    n, out = int(argv[1]), argv[2]
    arts, sets, taken = replay(n)
    print(f"pool {len(arts)}, taken {len(taken)}, left {len(arts) - len(taken)}")
    os.makedirs(out, exist_ok=True)
    for d in sets[n]:
        shutil.copy(arts[d], os.path.join(out, d + ".txt"))
    with open(os.path.join(os.path.dirname(os.path.abspath(out)), index_name), "w") as f:
        json.dump({str(k): v for k, v in sets.items()}, f)
    print(f"wrote {len(sets[n])} articles to {out}")


if __name__ == "__main__":
    main(replay, sys.argv, "ant-sets.json")
