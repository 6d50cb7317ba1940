"""python3 draw.py N [OUT_DIR]: replays the draw up to set N; writes set N's articles (one JSON object each) to OUT_DIR
and every set's ids to OUT_DIR/../sets.json, for leaving held-out ids out of corpus diffs. Keep OUT_DIR outside the
repository: the articles are corpus data."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pool import replay

upto = int(sys.argv[1])
out = sys.argv[2] if len(sys.argv) > 2 else None
arts, sets, taken = replay(upto)
ids = {a["id"] for a in arts}
print(f"pool {len(arts)}, taken {len(taken)}, left {len(ids - taken)}")
if out:
    os.makedirs(out, exist_ok=True)
    by = {a["id"]: a for a in arts}
    for i in sets[upto]:
        with open(os.path.join(out, f"{i}.json"), "w", encoding="utf-8") as f:
            json.dump(by[i], f, ensure_ascii=False)
    with open(os.path.join(os.path.dirname(os.path.abspath(out)), "sets.json"), "w") as f:
        json.dump({str(k): v for k, v in sets.items()}, f)
    print(f"wrote {len(sets[upto])} articles to {out}")
