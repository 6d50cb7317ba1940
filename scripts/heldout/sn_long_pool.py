"""The fourth held-out pool (sets 249 onwards), drawn once the third (sn_one_word_pool.py) was spent at set 248.

SaudiNewsNet articles, read as pool.py reads them (every day's zip, exact copies of a content dropped), whose title and
text together are 6,000 to 12,000 characters and whose text holds exactly one of pool.WORDS. Every earlier SaudiNewsNet
pool took articles under 6,000 characters, so none of these was drawn before: long reports, interviews and columns that
mention violence once, where an event must be found in a long text and a false alarm costs most. Each set:
random.seed(pool.seed(N)), random.shuffle of the pool's ids, the first 40 not drawn before. The articles are read from
the corpus at run time; nothing derived from them is written into the repository.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import pool as sn_pool, replay_from, main

FIRST = 249
LONGEST = 12000


def pool():
    """The pool's articles as pool.pool gives them: 6,000-12,000 characters, exactly one of the words."""
    return sn_pool(words_held=lambda n: n == 1, shortest=6000, longest=LONGEST)


def replay(upto):
    """(articles, {set: ids}, taken ids) for sets 249..upto."""
    return replay_from(pool(), FIRST, upto)


if __name__ == "__main__":
    main(replay, sys.argv, "sn-long-sets.json")
