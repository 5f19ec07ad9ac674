#!/usr/bin/env python3
"""Picks the classes of a code base that go into labels.tsv, by a rule fixed before labelling
and never informed by the detector: whole top-level source files, half of the budget from files
whose class name names a person, contact or payment instrument, half from all files, each in
the order of the MD5 of the file's class name (a fixed pseudo-random order), until the budget of
fields is reached. Usage: select-fields.py BUDGET < fields.tsv > selected.tsv"""
import hashlib, re, sys
from collections import OrderedDict

PERSON = re.compile(r"(User|Customer|Contact|Member|Payer|Payee|Address|Card|Identity|Profile|Person|"
                    r"Recipient|Sender|Message|Verif|Participant|Holder|Individual|Lead|Visitor|Subscriber|"
                    r"Email|Phone|Caller|Factor|Credential|Account|Buyer|Shipping|Billing)")
budget = int(sys.argv[1])
files = OrderedDict()
for line in sys.stdin:
    cols = line.rstrip("\n").split("\t")
    top = re.sub(r"\.[A-Z][^.]*$", "", cols[1]) if False else None
    # the top-level class: the package plus the first capitalised segment
    parts = cols[1].split(".")
    i = next(k for k, p in enumerate(parts) if p[:1].isupper())
    top = ".".join(parts[: i + 1])
    files.setdefault(top, []).append(line)
order = sorted(files, key=lambda n: hashlib.md5(n.encode()).hexdigest())
chosen, count = [], 0
for pool, share in ((lambda n: PERSON.search(n.rsplit(".", 1)[1]), budget // 2), (lambda n: True, budget)):
    for name in order:
        if count >= share:
            break
        if name not in chosen and pool(name) and len(files[name]) <= budget // 4:
            chosen.append(name)
            count += len(files[name])
for name in sorted(chosen):
    sys.stdout.writelines(files[name])
