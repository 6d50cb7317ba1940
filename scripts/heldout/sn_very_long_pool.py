"""The seventh held-out pool (sets 262 onwards), drawn once the sixth (ant_long_pool.py) was spent at set 261.

SaudiNewsNet articles, read as pool.py reads them, whose title and text together are 12,000 characters or more and whose
text holds at least one of pool.WORDS: the longest reports, interviews and columns of the corpus (57 articles, some
15,000 characters each). Every earlier SaudiNewsNet pool took articles under 12,000 characters, so none of these was
drawn before. Each set: random.seed(pool.seed(N)), random.shuffle of the pool's ids, the first 40 not drawn before.
The articles are read from the corpus at run time; nothing derived from them is written into the repository.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import pool as sn_pool, replay_from, main

FIRST = 262


def pool():
    """The pool's articles as pool.pool gives them: 12,000 characters or more, one or more of the words."""
    return sn_pool(words_held=lambda n: n >= 1, shortest=12000, longest=sys.maxsize)


def replay(upto):
    """(articles, {set: ids}, taken ids) for sets 262..upto."""
    return replay_from(pool(), FIRST, upto)


if __name__ == "__main__":
    main(replay, sys.argv, "sn-very-long-sets.json")
