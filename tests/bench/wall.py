#!/usr/bin/env python3
"""Median whole-process wall time of a short command, in milliseconds.

usage: wall.py RUNS COMMAND [ARG...]

Runs COMMAND RUNS times (standard output and error to /dev/null) and prints the median
wall time in ms with one decimal. For start-up times: GNU time's %e counts in steps of
10 ms, too coarse for a run of a few milliseconds. Exits 2, naming the status, if a run
exits with a status other than 0 or 1 (jqlc's "no employer fails" / "some employer
fails"), or is ended by a signal.
"""
import statistics
import subprocess
import sys
import time


def main(argv):
    if len(argv) < 3 or not argv[1].isdigit() or int(argv[1]) < 1:
        print("usage: wall.py RUNS COMMAND [ARG...]", file=sys.stderr)
        return 2
    runs, cmd = int(argv[1]), argv[2:]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        rc = subprocess.call(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
        if rc not in (0, 1):
            print(f"wall.py: {' '.join(cmd)}: exit status {rc}", file=sys.stderr)
            return 2
    print(f"{statistics.median(times) * 1000:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
