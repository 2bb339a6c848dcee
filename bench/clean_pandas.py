"""
Part 3, the peer: the same cleaning steps as bench/clean.js runs through our library, in pandas,
on the same rows. Run by bench/clean.js with Debian's Python (`/usr/bin/python3`, package
python3-pandas); never imported.

Usage: /usr/bin/python3 bench/clean_pandas.py <input.csv> <runs> <output prefix>

Loads the CSV (not timed; numeric columns straight to float64 with NaN, text columns as object
with NaN for '' and 'N/A'), runs `clean` once as a warm-up (its peak memory measured), then
<runs> times (each after gc.collect()), and writes:
  <prefix>.json      timings, memory, versions, and per numeric field: missing count, median,
                     fences and values outside them (computed apart, after the timed runs);
  <prefix>.num.bin   the cleaned numeric columns, float64 little-endian, one after the other;
  <prefix>.<field>.txt  each cleaned text column, values separated by NUL, NaN written as SOH.
"""
import gc
import json
import platform
import resource
import sys
import time

import numpy as np
import pandas as pd

NUMERIC = ["amount", "employees", "score", "revenue"]
TEXT = ["name", "email", "company", "city", "job_title"]
K = 1.5
MISSING_TEXT = "\x01"


def clean(df):
    """The steps of bench/clean.js, in its order. Returns a new frame; `df` is left as it was."""
    out = df.copy()
    # 1. missing: numeric gaps filled with the column's median (NaN skipped).
    for c in NUMERIC:
        out[c] = out[c].fillna(out[c].median())
    # 2. outliers: capped at Tukey's fences, type 7 ("linear") quartiles of the filled column.
    for c in NUMERIC:
        s = out[c]
        q1, q3 = s.quantile([0.25, 0.75]).to_numpy()
        iqr = q3 - q1
        out[c] = s.clip(q1 - K * iqr, q3 + K * iqr)
    # 3. text: whitespace runs to one space and trimmed; emails lower case; names title case.
    for c in TEXT:
        out[c] = out[c].str.replace(r"\s+", " ", regex=True).str.strip()
    out["email"] = out["email"].str.lower()
    out["name"] = out["name"].str.title()
    return out


def status(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return None


def reset_peak():
    """Resets VmHWM to the current RSS; False where the kernel refuses."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def main():
    path, runs, prefix = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    t0 = time.perf_counter()
    df = pd.read_csv(
        path,
        dtype={**{c: "float64" for c in NUMERIC}, **{c: "object" for c in TEXT}, "id": "int64"},
        keep_default_na=False,
        na_values=["", "N/A"],
        float_precision="round_trip",
    )
    load_ms = (time.perf_counter() - t0) * 1000

    # Warm-up, which is also the memory measurement: the first run after loading, as ours is
    # measured on its first run in a fresh process.
    gc.collect()
    baseline = status("VmRSS")
    can_reset = reset_peak()
    start = time.perf_counter()
    out = clean(df)
    warm_ms = (time.perf_counter() - start) * 1000
    peak = status("VmHWM") if can_reset else None
    del out

    times = []
    out = None
    for _ in range(runs):
        out = None
        gc.collect()
        start = time.perf_counter()
        out = clean(df)
        times.append((time.perf_counter() - start) * 1000)

    fields = {}
    for c in NUMERIC:
        filled = df[c].fillna(df[c].median())
        q1, q3 = filled.quantile([0.25, 0.75]).to_numpy()
        low, high = q1 - K * (q3 - q1), q3 + K * (q3 - q1)
        fields[c] = {
            "missing": int(df[c].isna().sum()),
            "median": float(df[c].median()),
            "low": float(low),
            "high": float(high),
            "outliers": int(((filled < low) | (filled > high)).sum()),
        }

    with open(prefix + ".num.bin", "wb") as f:
        for c in NUMERIC:
            f.write(np.ascontiguousarray(out[c].to_numpy(dtype="<f8")).tobytes())
    for c in TEXT:
        with open(prefix + "." + c + ".txt", "w", encoding="utf-8") as f:
            f.write("\0".join(out[c].fillna(MISSING_TEXT).tolist()))

    result = {
        "pandas": pd.__version__,
        "numpy": np.__version__,
        "python": platform.python_version(),
        "rows": int(len(df)),
        "loadMs": load_ms,
        "warmupMs": warm_ms,
        "ms": times,
        "memory": {
            "baseline": baseline,
            "peak": peak,
            "peakDelta": None if peak is None else peak - baseline,
            # Whole process, loading included (ru_maxrss is in KiB on Linux).
            "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        },
        "fields": fields,
    }
    with open(prefix + ".json", "w") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()
