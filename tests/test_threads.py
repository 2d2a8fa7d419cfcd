"""Eight threads give the same results as one, from a cold start.

The tables load lazily on first use; threads that all make that first use at
once must see one complete table each, and the same readings as one thread.
"""

from __future__ import annotations

import subprocess
import sys

from conftest import CORPUS

SCRIPT = r"""
import datetime as dt, sys
from concurrent.futures import ThreadPoolExecutor
import tarikh

seed = open(sys.argv[1], encoding="utf-8").read()
texts = [
    "نشر بتاريخ: ١٢ تموز ٢٠٢٥",
    "السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م",
    "12 جويلية 2025 - 10:30 ص بتوقيت مكة",
    "منذ ساعتين",
    "بيونغ يانغ-سبأ: صرح وزير الخارجية",
    "طرابلس - وال",
    "القاهرة - (أ ف ب) -",
    seed,
    seed.replace("اليوم السبت", "اليوم الأحد"),
] * 8
ref = dt.datetime(2025, 7, 13, 9, 0)

def read(text):
    return (
        tarikh.parse_date(text, reference=ref),
        tarikh.find_dates(text, reference=ref),
        tarikh.parse_dateline(text, reference=ref),
        tarikh.parse_article(text, reference=ref),
    )

with ThreadPoolExecutor(8) as pool:  # cold: the first calls load the tables
    threaded = list(pool.map(read, texts))
alone = [read(t) for t in texts]
print("same" if threaded == alone else "different")
"""


def test_eight_threads_from_cold_give_the_same_results() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(CORPUS / "seed_article.txt")],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert done.stdout.strip() == "same", done.stderr
