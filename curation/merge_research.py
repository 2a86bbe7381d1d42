#!/usr/bin/env python3
"""Merges the research batches of a data version into src/main/data.

Usage: python3 curation/merge_research.py 2027.1   (from the repository root; relative paths only)

Reads curation/<version>/research/*.json (the shape is in curation/<version>/RESEARCH-BRIEF.md),
adds their sources, people, tenures, series, propositions, meetings, events and positions to the
JSON files in src/main/data, applies meeting updates and the corrections in fixes.json, and writes
curation/<version>/MERGE-REPORT.md: every record left out and why. Then run
curation/canonicalize.sh, which checks every rule of the reader and rewrites the files in
canonical form; a record the reader refuses is listed there with file, line and column.

Idempotent: a record whose id is already in the data is not added twice (people and tenures are
merged). What it cannot enter, it leaves out and reports rather than guessing.
"""
import json, glob, os, sys, re

version = sys.argv[1] if len(sys.argv) > 1 else '2027.1'
DATA = 'src/main/data/'
RES = 'curation/%s/research/' % version
report = []

def load(kind):
    p = DATA + kind + '.json'
    return json.load(open(p)) if os.path.exists(p) else []

def save(kind, records):
    open(DATA + kind + '.json', 'w').write(json.dumps(records, ensure_ascii=False, indent=2) + '\n')

kinds = ['sources', 'countries', 'people', 'topics', 'propositions', 'territories', 'claims',
         'agreements', 'events', 'series', 'meetings', 'positions']
data = {k: load(k) for k in kinds}
ids = {k: {r['id'] for r in data[k]} for k in kinds}

SOURCE_FIELDS = ['id', 'publisher', 'via', 'headline', 'author', 'published', 'url', 'language', 'kind', 'notes']
def clean_source(s):
    s = dict(s)
    if 'url' not in s and s.get('readAt'):
        s['url'] = s['readAt']   # the copy is where it was read; the publisher stays the original
    return {k: s[k] for k in SOURCE_FIELDS if k in s}

def clean_citations(cs):
    return [{k: c[k] for k in ('source', 'excerpt') if k in c} for c in cs or []]

def clean(obj):
    """Citations anywhere in a record keep only source and excerpt."""
    if isinstance(obj, dict):
        return {k: (clean_citations(v) if k == 'citations' else clean(v)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [clean(x) for x in obj]
    return obj

def add(kind, rec, batch):
    if rec['id'] in ids[kind]:
        return False
    data[kind].append(rec)
    ids[kind].add(rec['id'])
    return True

# The propositions every batch shared (RESEARCH-BRIEF.md).
brief = open('curation/%s/RESEARCH-BRIEF.md' % version).read()
for m in re.finditer(r'^\| `([a-z0-9-]+)` \| ([a-z0-9-]+) \| (.+?) \|$', brief, re.M):
    pid, topic, text = m.groups()
    ex = re.search(r'\(excludes `([a-z0-9-]+)`\)', text)
    text = re.sub(r'\s*\(excludes `[a-z0-9-]+`\)', '', text)
    rec = {'id': pid, 'topic': topic, 'text': text}
    if ex:
        rec['excludes'] = [ex.group(1)]
    add('propositions', rec, 'brief')

batches = sorted(f for f in glob.glob(RES + '*.json') if not f.endswith('fixes.json'))
dropped_meetings = set()
for path in batches:
    b = json.load(open(path))
    name = os.path.basename(path)
    for s in b.get('sources', []):
        add('sources', clean_source(s), name)
    for t in b.get('topics', []):
        add('topics', t, name)
    for p in b.get('propositions', []):
        add('propositions', {k: p[k] for k in ('id', 'topic', 'text', 'translations', 'excludes') if k in p}, name)
    for p in b.get('people', []):
        p = clean(p)
        if p['id'] in ids['people']:
            old = next(x for x in data['people'] if x['id'] == p['id'])
            have = {(t['office'], t['country'], t.get('start')) for t in old.get('tenures', [])}
            for t in p.get('tenures', []):
                if (t['office'], t['country'], t.get('start')) not in have:
                    old.setdefault('tenures', []).append(t)
        else:
            add('people', p, name)
    for ta in b.get('tenureAdditions', []):
        person = next((x for x in data['people'] if x['id'] == ta['person']), None)
        t = clean(ta['tenure'])
        if person is None:
            report.append('%s: tenure for unknown person %s left out' % (name, ta['person']))
            continue
        have = {(x['office'], x['country'], x.get('start')) for x in person.get('tenures', [])}
        if (t['office'], t['country'], t.get('start')) not in have:
            person.setdefault('tenures', []).append(t)
    for s in b.get('series', []):
        add('series', clean(s), name)
    missing_countries = {c if isinstance(c, str) else c.get('id', c.get('alpha2', '')).lower()
                         for c in b.get('missingCountries', [])}
    for m in b.get('meetings', []):
        m = clean(m)
        mode = m.pop('mode', 'in-person')
        sides = m.pop('sides', None)
        if 'place' not in m:
            report.append('%s: meeting %s (%s) left out: held %s, and the format cannot yet say a meeting'
                          ' was held remotely with each side where it sat%s' % (name, m['id'],
                          m.get('date', m.get('start')), 'by ' + mode if mode != 'in-person' else 'at no stated place',
                          ' (sides: %s)' % sides if sides else ''))
            dropped_meetings.add(m['id'])
            continue
        if m['place'].get('country') not in ids['countries']:
            report.append('%s: meeting %s left out: held in %s, a country not yet in countries.json' % (name, m['id'], m['place'].get('country')))
            dropped_meetings.add(m['id'])
            continue
        add('meetings', m, name)
    for u in b.get('meetingUpdates', []):
        m = next((x for x in data['meetings'] if x['id'] == u['id']), None)
        if m is None:
            report.append('%s: update for unknown meeting %s left out' % (name, u['id']))
            continue
        for k in ('series', 'number'):
            if k in u:
                m[k] = u[k]
        for c in clean_citations(u.get('citations')):
            if c not in m['citations']:
                m['citations'].append(c)
    for e in b.get('events', []):
        add('events', clean(e), name)
    for fn in b.get('featureNames', []):
        for t in data['territories']:
            for f in t.get('features', []):
                if f['id'] == fn['feature'] and all(n['text'] != fn['name']['text'] for n in f['names']):
                    f['names'].append(fn['name'])
    for p in b.get('positions', []):
        p = clean(p)
        if p.get('meeting') in dropped_meetings:
            report.append('%s: position %s kept without its link to meeting %s, which was left out' % (name, p['id'], p['meeting']))
            del p['meeting']
        add('positions', p, name)
    for u in b.get('unverified', []):
        report.append('%s: unverified: %s' % (name, u if isinstance(u, str) else json.dumps(u, ensure_ascii=False)))

# Corrections (fixes.json): state-system codes, and sources whose original was found.
fx = RES + 'fixes.json'
if os.path.exists(fx):
    f = json.load(open(fx))
    for s in f.get('sources', []):
        add('sources', clean_source(s), 'fixes.json')
    for cc in f.get('countryCodes', []):
        c = next(x for x in data['countries'] if x['id'] == cc['country'])
        for k in ('cowCode', 'cowAbbreviation', 'gwCode'):
            if k in cc:
                c[k] = cc[k]
        for cit in clean_citations(cc.get('citations')):
            if cit['source'] in ids['sources'] and cit not in c['citations']:
                c['citations'].append(cit)
    for sf in f.get('sourceFixes', []):
        s = next((x for x in data['sources'] if x['id'] == sf['id']), None)
        if s is None:
            continue
        if sf.get('publisher'):
            if s.get('publisher') != sf['publisher'] and 'via' not in s:
                s['via'] = s['publisher']
            s['publisher'] = sf['publisher']
        if sf.get('found') and sf.get('url') and sf.get('originalRead', True):
            s['url'] = sf['url']

for k in kinds:
    save(k, data[k])
open('curation/%s/MERGE-REPORT.md' % version, 'w').write(
    '# Merge report, dataset %s\n\nWritten by `curation/merge_research.py`: what the research batches '
    'found and could not enter, and what the researchers could not verify.\n\n' % version
    + '\n'.join('- ' + r.replace('\n', ' ') for r in report) + '\n')
print({k: len(v) for k, v in data.items()})
