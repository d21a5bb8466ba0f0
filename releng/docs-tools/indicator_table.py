#!/usr/bin/env python3
"""Prints the code table of docs/indicators.md from the families' declarations.

Reads every bundles/org.hmis.eval.indicators.*/src/**/indicators.properties (codes, formulas,
units, .needs) and the family class's calculator map, so the table says what the code does.
usage: releng/docs-tools/indicator_table.py > table.md
"""
import glob
import os
import re

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
ORDER = 'TGMFVHECI'


def properties(path):
    values = {}
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if line and not line.startswith('#') and '=' in line:
            key, value = line.split('=', 1)
            values[key.strip()] = value.strip()
    return values


def calculators(bundle_dir):
    mapping = {}
    for java in glob.glob(os.path.join(bundle_dir, 'src', '**', 'internal', '*Indicators.java'), recursive=True):
        text = open(java).read()
        for code, calculator in re.findall(r'Map\.entry\("([^"]+)",\s*([^)]+\)?)\)', text):
            mapping[code] = calculator
        # Families that build their map in a loop or with put(): checklists and means of parts.
        for codes in re.findall(r'for \(String checklist : List\.of\(([^)]*)\)\)', text):
            for code in re.findall(r'"([^"]+)"', codes):
                mapping.setdefault(code, 'Checklists.percent("' + code + '")')
        for code, calculator in re.findall(r'calculators\.put\("([^"]+)",\s*([^;]+)\);', text):
            mapping.setdefault(code, 'mean of its parts' if calculator.startswith('mean(') else calculator)
    return mapping


rows = []
for declaration in glob.glob(os.path.join(ROOT, 'bundles', 'org.hmis.eval.indicators.*', 'src', '**',
                                          'indicators.properties'), recursive=True):
    bundle_dir = declaration.split(os.sep + 'src' + os.sep)[0]
    bundle = os.path.basename(bundle_dir)
    values = properties(declaration)
    mapping = calculators(bundle_dir)
    family = values['family']
    for index, code in enumerate(c.strip() for c in values['codes'].split(',')):
        calculator = mapping.get(code, '')
        needs = values.get(code + '.needs')
        if needs or 'missingInput' in calculator:
            status = 'declared, not computable yet (needs: ' + (needs or re.sub(r'.*missingInput\((.*)\)', r'\1', calculator)) + ')'
            where = 'catalog `.needs`' if needs else 'missing input'
        else:
            status = 'computed'
            where = '`' + calculator.split('::')[0].split('.of(')[0] + '`'
        rank = ORDER.index(family) if family in ORDER else len(ORDER)
        rows.append((rank, family, index, f"| `{code}` | {bundle} | {where} | {values[code + '.formula']} | {values[code + '.unit']} | {status} |"))

print('| Code | Bundle | Computed by | Formula | Unit | Status |')
print('|---|---|---|---|---|---|')
for row in sorted(rows):
    print(row[3])
