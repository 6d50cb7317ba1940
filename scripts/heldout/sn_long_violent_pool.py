"""The fifth held-out pool (sets 254 onwards), drawn beside the fourth (sn_long_pool.py, 188 articles, spent at set 253).

SaudiNewsNet articles, read as pool.py reads them, whose title and text together are 6,000 to 12,000 characters and
whose text holds at least two of pool.WORDS: long reports that tell of violence more than once. Every earlier
SaudiNewsNet pool took articles under 6,000 characters, and the fourth took those with exactly one of the words, so none
of these was drawn before. Each set: random.seed(pool.seed(N)), random.shuffle of the pool's ids, the first 40 not drawn
before. The articles are read from the corpus at run time; nothing derived from them is written into the repository.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import pool as sn_pool, replay_from, main

FIRST = 254


def pool():
    """The pool's articles as pool.pool gives them: 6,000-12,000 characters, two or more of the words."""
    return sn_pool(words_held=lambda n: n >= 2, shortest=6000, longest=12000)


def replay(upto):
    """(articles, {set: ids}, taken ids) for sets 254..upto."""
    return replay_from(pool(), FIRST, upto)


if __name__ == "__main__":
    main(replay, sys.argv, "sn-long-violent-sets.json")
