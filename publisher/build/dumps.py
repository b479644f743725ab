"""Write the dataset in every dump format, plain and gzipped, byte for byte reproducibly.

gzip members carry no name and no time; the formats themselves are written by core/serialize.py.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from rdflib import Dataset

from ..core.formats import DUMP_FORMATS
from ..core.release import DUMP_NAME, DownloadFile, describe_file
from ..core.serialize import serialize


def write_dumps(dataset: Dataset, folder: Path) -> list[DownloadFile]:
    """Write every format, plain and gzipped, into `folder`; return what was written."""
    folder.mkdir(parents=True, exist_ok=True)
    dumps = []
    for fmt in DUMP_FORMATS:
        data = serialize(dataset, fmt)
        plain = folder / f"{DUMP_NAME}.{fmt.suffix}"
        packed = folder / f"{DUMP_NAME}.{fmt.suffix}.gz"
        plain.write_bytes(data)
        packed.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
        dumps += [describe_file(plain, fmt), describe_file(packed, fmt)]
    return dumps
