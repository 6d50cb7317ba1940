"""python3 draw.py N [OUT_DIR]: replays the draw up to set N; writes set N's articles (one JSON object each) to OUT_DIR
and every set's ids to OUT_DIR/../sets.json, for leaving held-out ids out of corpus diffs. Keep OUT_DIR outside the
repository: the articles are corpus data."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import replay, write_set

upto = int(sys.argv[1])
out = sys.argv[2] if len(sys.argv) > 2 else None
arts, sets, taken = replay(upto)
ids = {a["id"] for a in arts}
print(f"pool {len(arts)}, taken {len(taken)}, left {len(ids - taken)}")
if out:
    write_set(arts, sets, upto, out, "sets.json")
    print(f"wrote {len(sets[upto])} articles to {out}")
