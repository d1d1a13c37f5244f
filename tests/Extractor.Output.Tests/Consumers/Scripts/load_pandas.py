"""Loads every CSV of a dataset folder with pandas, each column with its declared type, and prints it as JSON Lines.

Usage: python3 load_pandas.py SPEC.tsv, where SPEC.tsv lists table, path, column and Table Schema type per line.
Prints one object per table: {"table", "types": {column: pandas dtype}, "rows": [[value as text or null]]}.
"""
import json
import sys

import pandas as pd

DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "date": "string", "datetime": "string"}

spec = pd.read_csv(sys.argv[1], sep="\t", dtype=str, keep_default_na=False)
for table, group in spec.groupby("table", sort=False):
    columns = list(group["column"])
    types = dict(zip(columns, group["type"]))
    frame = pd.read_csv(
        group["path"].iloc[0],
        encoding="utf-8",
        dtype={c: DTYPES[t] for c, t in types.items()},
        keep_default_na=False,
        na_values=[""],
        float_precision="round_trip",
    )
    if list(frame.columns) != columns:
        sys.exit(f"{table}: columns {list(frame.columns)} are not the declared {columns}")
    for column, kind in types.items():
        if kind == "date":
            frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d")
        elif kind == "datetime":
            frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%dT%H:%M:%SZ", utc=True)

    def text(value, kind):
        if pd.isna(value):
            return None
        if kind == "number":
            return repr(float(value))
        if kind == "date":
            return value.strftime("%Y-%m-%d")
        if kind == "datetime":
            return value.strftime("%Y-%m-%dT%H:%M:%SZ")
        return str(value)

    kinds = [types[c] for c in columns]
    rows = [[text(v, k) for v, k in zip(row, kinds)] for row in frame.itertuples(index=False, name=None)]
    print(json.dumps({"table": table, "types": {c: str(frame[c].dtype) for c in columns}, "rows": rows}, ensure_ascii=False))
