"""A response's JSON, encoded by orjson: a page of leads took the standard library
several times as long. orjson writes UTF-8 (æøå as themselves, not ``\\u00e6``
escapes) and compact separators, as the view did before.

What orjson refuses, the standard library still encodes: an integer past 64 bits,
which a lead's custom fields (JSON) may hold.
"""

import json

import orjson


def encode_response_json(data: object) -> bytes:
    try:
        return orjson.dumps(data)
    except orjson.JSONEncodeError:
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
