#!/usr/bin/env python3
"""Rewrites the detector vocabulary (vocabulary.json) in its compact layout: lists of words
wrapped at 100 columns, one data type per object. Usage: format-vocabulary.py FILE"""
import json, sys, collections

def dump(value, indent):
    pad = "  " * indent
    if isinstance(value, dict):
        items = [f'{pad}  {json.dumps(k)}: {dump(v, indent + 1).lstrip()}' for k, v in value.items()]
        return pad + "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        words = [json.dumps(v) for v in value]
        one = pad + "[" + ", ".join(words) + "]"
        if len(one) + 20 <= 100:
            return one
        lines, line = [], pad + "  "
        for w in words:
            if len(line) + len(w) + 2 > 100 and line.strip():
                lines.append(line.rstrip())
                line = pad + "  "
            line += w + ", "
        lines.append(line.rstrip().rstrip(","))
        return pad + "[\n" + "\n".join(lines) + "\n" + pad + "]"
    if isinstance(value, list):
        return pad + "[\n" + ",\n".join(dump(v, indent + 1) for v in value) + "\n" + pad + "]"
    return pad + json.dumps(value)

path = sys.argv[1]
data = json.load(open(path), object_pairs_hook=collections.OrderedDict)
open(path, "w").write(dump(data, 0) + "\n")
