"""The sixth held-out pool (sets 260 onwards), drawn once the fifth (sn_long_violent_pool.py) was spent at set 259.

ant-middleeast articles (the 2018 Middle East news the dev set comes from) whose file is 6,000 characters or more and
holds at least one of pool.WORDS: long reports, round-ups and columns. Every earlier ANT pool took files under 6,000
characters (sets 1-57 with two or more of the words, ant_pool.py with exactly one), so none of these was drawn before.
Dev articles are left out. Each set: random.seed(pool.seed(N)), random.shuffle of the sorted DOCNOs, the first 40 not
drawn before. The articles stay in the corpus; a set is a folder of copies made at run time, never committed.
"""
import glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import WORDS, draw_sets
from ant_pool import ANT, DEV

FIRST = 260


def pool():
    """{DOCNO: path} of the pool's files."""
    dev = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(DEV, "*.txt"))}
    out = {}
    for p in sorted(glob.glob(os.path.join(ANT, "*", "*.txt"))):
        doc = os.path.basename(p)[:-4]
        text = open(p, encoding="utf-8", errors="replace").read()
        if doc not in dev and len(text) >= 6000 and any(w in text for w in WORDS):
            out[doc] = p
    return out


def replay(upto):
    """({DOCNO: path}, {set: DOCNOs}, taken) for sets 260..upto."""
    arts = pool()
    sets, taken = draw_sets(sorted(arts), FIRST, upto)
    return arts, sets, taken


if __name__ == "__main__":
    # python3 ant_long_pool.py N OUT_DIR: copies set N's files to OUT_DIR and writes OUT_DIR/../ant-long-sets.json
    import json, shutil
    n, out = int(sys.argv[1]), sys.argv[2]
    arts, sets, taken = replay(n)
    print(f"pool {len(arts)}, taken {len(taken)}, left {len(arts) - len(taken)}")
    os.makedirs(out, exist_ok=True)
    for d in sets[n]:
        shutil.copy(arts[d], os.path.join(out, d + ".txt"))
    with open(os.path.join(os.path.dirname(os.path.abspath(out)), "ant-long-sets.json"), "w") as f:
        json.dump({str(k): v for k, v in sets.items()}, f)
    print(f"wrote {len(sets[n])} articles to {out}")
