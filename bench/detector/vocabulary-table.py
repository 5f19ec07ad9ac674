#!/usr/bin/env python3
"""Prints the data-types table of docs/detector.md from the detector vocabulary (vocabulary.json),
the reference. Usage: vocabulary-table.py processor/src/main/resources/dev/datasafety/processor/detect/vocabulary.json"""
import json, sys

vocabulary = json.load(open(sys.argv[1]))
default = vocabulary["defaultTypeCategories"]
words = lambda xs: ", ".join(f"`{x}`" for x in xs) if xs else "—"
print("| id | category (SPEC §3.1) | label in messages | special | words (count alone) | context words (need an owner) | classes that give context | types |")
print("|---|---|---|---|---|---|---|---|")
for t in vocabulary["dataTypes"]:
    strong = words(t.get("phrases", []))
    if t.get("headOnly"):
        strong += " (the head of the name, or followed by id words only)"
    context = words(t.get("contextPhrases", []))
    if t.get("contextFromClassNameOnly") and t.get("contextPhrases"):
        context += " (only in the classes named)"
    if t.get("modifiers"):
        context += "; modifiers that are no cue here: " + words(t["modifiers"])
    print(f"| `{t['id']}` | `{t['category']}` | {t['label']} | {'yes' if t.get('specialCategory') else 'no'} | "
          f"{strong} | {context} | {words(t.get('contextClasses', []))} | {', '.join(t.get('typeCategories', default))} |")
