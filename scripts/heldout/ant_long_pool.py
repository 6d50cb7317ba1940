"""The sixth held-out pool (sets 260 onwards), drawn once the fifth (sn_long_violent_pool.py) was spent at set 259.

ant-middleeast articles (the 2018 Middle East news the dev set comes from) whose file is 6,000 characters or more and
holds at least one of pool.WORDS: long reports, round-ups and columns. Every earlier ANT pool took files under 6,000
characters (sets 1-57 with two or more of the words, ant_pool.py with exactly one), so none of these was drawn before.
Dev articles are left out. Each set: random.seed(pool.seed(N)), random.shuffle of the sorted DOCNOs, the first 40 not
drawn before. The articles stay in the corpus; a set is a folder of copies made at run time, never committed.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import WORDS, draw_sets
from ant_pool import pool as ant_pool, main

FIRST = 260


def pool():
    """{DOCNO: path} of the pool's files: 6,000 characters or more, one or more of the words."""
    return ant_pool(keep=lambda text: len(text) >= 6000 and any(w in text for w in WORDS))


def replay(upto):
    """({DOCNO: path}, {set: DOCNOs}, taken) for sets 260..upto."""
    arts = pool()
    sets, taken = draw_sets(sorted(arts), FIRST, upto)
    return arts, sets, taken


if __name__ == "__main__":
    main(replay, sys.argv, "ant-long-sets.json")
