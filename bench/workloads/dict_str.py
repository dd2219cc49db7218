# dict_str: dict and string work -- generate text from pseudo-random words
# (f-strings, str.join), split it back into lines and words, count words and
# word pairs in dicts (dict.get, setdefault, f-string keys), group, sort the
# counts, format a summary and hash its characters. Measures str creation,
# hashing and comparison, dict insert/lookup/update and string methods.
# Work items are independent texts; per-item results are ints, summed.
import sys


# ---- common driver (identical in every workload) ----------------------------

def parse_args():
    threads = 1
    scale = 1
    if len(sys.argv) > 1:
        threads = int(sys.argv[1])
    if len(sys.argv) > 2:
        scale = int(sys.argv[2])
    if threads < 1 or scale < 1:
        sys.stderr.write("usage: " + sys.argv[0] + " [THREADS] [SCALE]  (integers >= 1)\n")
        sys.exit(2)
    return threads, scale


def run_parts(work, nitems, nthreads):
    # Work items 0..nitems-1 are split into nthreads contiguous ranges and
    # work(lo, hi) handles one range. Returns the per-part results in part
    # order, so combining them in list order does not depend on nthreads.
    # With one thread the part runs here and threading is never imported.
    bounds = [k * nitems // nthreads for k in range(nthreads + 1)]
    if nthreads == 1:
        return [work(0, nitems)]
    return run_threads(work, bounds, nthreads)


def run_threads(work, bounds, nthreads):
    import threading
    results = [None] * nthreads

    def runner(k):
        results[k] = work(bounds[k], bounds[k + 1])

    workers = []
    for k in range(nthreads):
        workers.append(threading.Thread(target=runner, args=(k,)))
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    for k in range(nthreads):
        if results[k] is None:
            raise RuntimeError("worker thread " + str(k) + " failed")
    return results


def concat(parts):
    out = []
    for p in parts:
        out.extend(p)
    return out

# ------------------------------------------------------------------------------

ITEMS_PER_SCALE = 48
LINES = 270
WORDS_PER_LINE = 12
MOD = 1000000007

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "de", "gu",
             "ba", "zo", "fe", "hi", "ju", "we"]


def make_word(x):
    a = SYLLABLES[x % 16]
    b = SYLLABLES[(x >> 4) % 16]
    if x & 256:
        return f"{a}{b}"
    return f"{a}{b}{(x >> 9) % 5}"


def make_text(seed):
    seed &= 0x7FFFFFFF  # keeps seed * 1103515245 within 64 bits
    lines = []
    for i in range(LINES):
        words = []
        for j in range(WORDS_PER_LINE):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            words.append(make_word(seed >> 12))
        lines.append(" ".join(words))
    return "\n".join(lines)


def str_hash(s, h):
    for ch in s:
        h = (h * 31 + ord(ch)) % MOD
    return h


def process(item):
    text = make_text(item * 7919 + 17)
    lines = text.split("\n")

    counts = {}
    for line in lines:
        for w in line.split():
            counts[w] = counts.get(w, 0) + 1

    pairs = {}
    for line in lines:
        ws = line.split(" ")
        for k in range(len(ws) - 1):
            key = f"{ws[k]}|{ws[k + 1]}"
            if key in pairs:
                pairs[key] += 1
            else:
                pairs[key] = 1

    index = {}
    for i in range(len(lines)):
        for w in lines[i].split(" "):
            index.setdefault(w, []).append(i)
    spread = 0
    for w, c in counts.items():
        rows = index[w]
        spread += (rows[-1] - rows[0]) * c % 1000

    groups = {}
    for w in counts:
        groups.setdefault(w[:2], []).append(w)

    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:25]
    summary = ",".join([f"{w.upper()}={c}" for w, c in top])

    frequent = [(k, v) for k, v in pairs.items() if v >= 3]
    best_pairs = sorted(frequent, key=lambda kv: (-kv[1], kv[0]))[:10]
    pair_text = ";".join([k.replace("|", "->") + ":" + str(v) for k, v in best_pairs])

    group_sizes = "/".join([f"{g}{len(groups[g]):03d}" for g in sorted(groups)])

    digits = 0
    for w in counts:
        if w[-1].isdigit():
            digits += int(w[-1])

    h = str_hash(summary, 7)
    h = str_hash(pair_text, h)
    h = str_hash(group_sizes, h)
    h = (h + len(counts) * 1000 + len(pairs) + digits + spread + text.count("ka")) % MOD
    if not text.startswith(lines[0]) or text.find("\n") != len(lines[0]):
        raise RuntimeError("dict_str: inconsistent text")
    return h


def work(lo, hi):
    total = 0
    for item in range(lo, hi):
        total += process(item)
    return total


def main():
    threads, scale = parse_args()
    total = 0
    for part in run_parts(work, ITEMS_PER_SCALE * scale, threads):
        total += part
    print(f"checksum {total}")


if __name__ == "__main__":
    main()
