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
from pool import pool as sn_pool, replay_from, main

FIRST = 164


def pool():
    """The pool's articles as pool.pool gives them, those whose text holds exactly one of the words."""
    return sn_pool(words_held=lambda n: n == 1)


def replay(upto):
    """(articles, {set: ids}, taken ids) for sets 164..upto."""
    return replay_from(pool(), FIRST, upto)


if __name__ == "__main__":
    main(replay, sys.argv, "sn1-sets.json")
