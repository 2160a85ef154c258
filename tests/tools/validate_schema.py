#!/usr/bin/python3
"""Validates every record against output_schema/policy_record.schema.json with python3-jsonschema
(Draft 2020-12), an implementation independent of the tool's own validator.

Usage: validate_schema.py SCHEMA RECORDS.jsonl [RECORDS.jsonl ...]"""
import json
import sys

import jsonschema


def main(schema_path, paths):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    records = bad = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                records += 1
                errors = sorted(validator.iter_errors(json.loads(line)), key=lambda e: list(e.path))
                if errors:
                    bad += 1
                    for e in errors[:3]:
                        print(f"{path}:{n}: /{'/'.join(map(str, e.path))}: {e.message[:300]}")
    print(f"schema: {records} records in {len(paths)} file(s), {bad} invalid")
    return 1 if bad or records == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
