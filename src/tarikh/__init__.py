"""tarikh: Arabic dates and news datelines to ISO dates.

>>> import tarikh
>>> tarikh.to_iso("نشر بتاريخ: ١٢ تموز ٢٠٢٥")
'2025-07-12'
"""

from ._api import find_dates, parse_date, to_iso
from ._errors import DateNotFoundError, InvalidDateError, TarikhError
from ._normalize import normalize
from ._results import DateMatch

__all__ = [
    "DateMatch",
    "DateNotFoundError",
    "InvalidDateError",
    "TarikhError",
    "find_dates",
    "normalize",
    "parse_date",
    "to_iso",
]
__version__ = "0.1.0"
