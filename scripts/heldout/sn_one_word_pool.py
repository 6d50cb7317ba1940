"""The third held-out pool (sets 164 onwards), drawn once the second (ant_pool.py) was spent at set 163.

SaudiNewsNet articles, read as pool.py reads them (every day's zip, exact copies of a content dropped), whose title and
text together are under 6,000 characters and whose text holds exactly one of pool.WORDS. The first SaudiNewsNet pool
(sets 58-124) took articles with at least two, so none of these was drawn before: near conflict rather than about it,
where a false alarm costs most. Each set: random.seed(pool.seed(N)), random.shuffle of the pool's ids, the first 40
not drawn before. The articles are read from the corpus at run time; nothing derived from them is written into the
repository.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import pool as sn_pool, draw_sets, write_set

FIRST = 164


def pool():
    """The pool's articles as pool.pool gives them, those whose text holds exactly one of the words."""
    return sn_pool(words_held=lambda n: n == 1)


def replay(upto):
    """(articles, {set: ids}, taken ids) for sets 164..upto."""
    arts = pool()
    sets, taken = draw_sets([a["id"] for a in arts], FIRST, upto)
    return arts, sets, taken


if __name__ == "__main__":
    # python3 sn_one_word_pool.py N OUT_DIR: writes set N's articles (one JSON object each, as draw.py does) to OUT_DIR
    # and every set's ids to OUT_DIR/../sn1-sets.json
    n, out = int(sys.argv[1]), sys.argv[2]
    arts, sets, taken = replay(n)
    print(f"pool {len(arts)}, taken {len(taken)}, left {len(arts) - len(taken)}")
    write_set(arts, sets, n, out, "sn1-sets.json")
    print(f"wrote {len(sets[n])} articles to {out}")
