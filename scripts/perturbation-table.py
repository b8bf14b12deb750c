#!/usr/bin/env python3
"""Writes api/src/main/resources/evaluation/perturbation-table.csv, the cell-key perturbation table
(docs/evaluation.md, "Disclosure control"). One line per (count, cell key): the noise added to a
published count. Counts 20 and over share the row of 20. Each row's noise is spread over the 256
cell keys in a fixed shuffle (seeded, so the file is reproducible), a different one per count, so
two cells whose counts differ by one get unrelated noise even when their keys agree.

    count 0: 0 (zeros are structural, never perturbed)
    count 1: 0 (never published: below every threshold)
    count 2: -1 on 64 keys, 0 on 128, +1 on 64            (mean 0, variance 0.5)
    count 3+: -2 on 26, -1 on 51, 0 on 102, +1 on 51, +2 on 26  (mean 0, variance 1.2)
"""
import random
import sys

ROWS = {
    0: {0: 256},
    1: {0: 256},
    2: {-1: 64, 0: 128, 1: 64},
}
WIDE = {-2: 26, -1: 51, 0: 102, 1: 51, 2: 26}

out = open(sys.argv[1] if len(sys.argv) > 1 else "api/src/main/resources/evaluation/perturbation-table.csv", "w")
out.write("# cell-key perturbation table: count (20 = 20 or more), cell key (0-255), noise; see scripts/perturbation-table.py\n")
out.write("count,cell_key,noise\n")
for count in range(0, 21):
    spread = ROWS.get(count, WIDE)
    noises = [n for n, times in sorted(spread.items()) for _ in range(times)]
    assert len(noises) == 256
    random.Random(20210321 + count).shuffle(noises)
    for key, noise in enumerate(noises):
        out.write(f"{count},{key},{noise}\n")
