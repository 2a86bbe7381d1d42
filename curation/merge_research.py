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

# Correction files, applied after the batches: not batches of new records themselves.
CORRECTIONS = ('fixes.json', 'fixes-2.json', 'coding-2026.json', 'countries.json', 'wikidata.json')
batches = sorted(f for f in glob.glob(RES + '*.json') if os.path.basename(f) not in CORRECTIONS)

# Countries first, so that meetings held in them can enter.
cf = RES + 'countries.json'
if os.path.exists(cf):
    for c in json.load(open(cf)).get('countries', []):
        add('countries', clean(c), 'countries.json')

# Where each side of a remote meeting sat, as fixes-2.json found it (country, city, citation).
remote = {}
if os.path.exists(RES + 'fixes-2.json'):
    for r in json.load(open(RES + 'fixes-2.json')).get('remote', []):
        remote[r['meeting']] = r

def sides_of(m, found):
    """The sides of a remote meeting in the format's shape: party, place when a city or venue is
    stated, and the citation that states it."""
    out = []
    for s in (found or {}).get('sides') or m.get('sides') or []:
        side = {'party': s['country']}
        if s.get('city') or s.get('venue'):
            side['place'] = {k: v for k, v in (('city', s.get('city')), ('country', s['country']),
                                               ('venue', s.get('venue'))) if v}
        cits = clean_citations([s['citation']] if s.get('citation') else s.get('citations'))
        if cits:
            side['citations'] = cits
        if 'place' in side or 'citations' in side:
            out.append(side)
    return out
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
        raw_sides = {'sides': m.pop('sides', None)}
        if mode != 'in-person':
            m.pop('place', None)
            rebuilt = {}
            for k, v in m.items():   # mode and sides after the span, as the format lists them
                rebuilt[k] = v
                if k in ('date', 'end'):
                    rebuilt['mode'] = mode
                    sides = sides_of(raw_sides, remote.get(m['id']))
                    if sides:
                        rebuilt['sides'] = sides
            m = rebuilt
        elif 'place' not in m:
            report.append('%s: meeting %s (%s) left out: held in person at no stated place'
                          % (name, m['id'], m.get('date', m.get('start'))))
            dropped_meetings.add(m['id'])
            continue
        if 'place' in m and m['place'].get('country') not in ids['countries']:
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
        if not add('positions', p, name) and p.get('meeting'):
            old = next(x for x in data['positions'] if x['id'] == p['id'])
            if 'meeting' not in old and p['meeting'] in ids['meetings']:
                old['meeting'] = p['meeting']   # its meeting, left out before, has entered
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

def record(ref):
    """The record a correction names, as 'kind/id'."""
    kind, rid = ref.split('/', 1)
    return next((x for x in data[kind] if x['id'] == rid), None)

def resolve(obj, path):
    """The list and index a path such as 'tenures[0].citations[2]' names, or the list for a
    path that ends in a list's name ('citations')."""
    parts = re.findall(r'([A-Za-z]+)(?:\[(\d+)\])?', path)
    for i, (name, index) in enumerate(parts):
        if i == len(parts) - 1:
            return obj.setdefault(name, []), (int(index) if index else None)
        obj = obj[name][int(index)] if index else obj[name]

def tenure_list(rec, field):
    """fixes.json names a tenure as tenures[office,country(,start)].citations."""
    m = re.match(r'tenures\[([^,\]]+),([^,\]]+)(?:,([^\]]+))?\]\.citations', field)
    if not m:
        return rec.setdefault('citations', [])
    office, country, start = m.groups()
    for t in rec.get('tenures', []):
        if t['office'] == office and t['country'] == country and (start is None or t.get('start') == start):
            return t.setdefault('citations', [])
    raise KeyError(field)

def add_citations(lst, cits):
    for c in clean_citations(cits):
        if c not in lst:
            lst.append(c)

def add_sources(*groups):
    for g in groups:
        for src in g if isinstance(g, list) else ([g] if g else []):
            add('sources', clean_source(src), 'fixes')

# fixes.json: the audit's seven citations, each with its own action in words.
if os.path.exists(fx):
    for c in json.load(open(fx)).get('citationFixes', []):
        rec = record(c['record'])
        if rec is None:
            report.append('fixes.json: correction for unknown record %s left out' % c['record'])
            continue
        add_sources(c.get('newSource'), c.get('newSources'))
        lst = tenure_list(rec, c.get('field', 'citations'))
        action = c.get('action', '')
        old = [x for x in lst if x['source'] == c['source'] and x.get('excerpt') == c.get('oldExcerpt')]
        if action.startswith(('drop', 'replace this')):
            for x in old:
                lst.remove(x)
        elif c.get('newExcerpt'):
            for x in old:
                x['excerpt'] = c['newExcerpt']
        add_citations(lst, c.get('newCitations'))

# fixes-2.json: short excerpts replaced or dropped, dates given a citation that states the day,
# sources found on their publisher's site.
f2 = RES + 'fixes-2.json'
if os.path.exists(f2):
    f = json.load(open(f2))
    add_sources(f.get('sources', []))
    targets = []
    for c in f.get('citationFixes', []):
        rec = record(c['record'])
        lst, i = resolve(rec, c['path'])
        cit = lst[i] if i < len(lst) else {}
        if cit.get('source') != c['source'] or cit.get('excerpt') != c['oldExcerpt']:
            done = (all(x.get('excerpt') != c['oldExcerpt'] for x in lst) if c['action'] == 'drop'
                    else any(x.get('excerpt') == c.get('newExcerpt') for x in lst))
            if done:
                continue   # applied by an earlier run
            report.append('fixes-2.json: %s %s no longer holds the excerpt the fix was made for; left'
                          % (c['record'], c['path']))
            continue
        targets.append((c, lst, cit))
    for c, lst, cit in targets:   # by identity, so that dropping one does not move another
        add_sources(c.get('newSource'))
        if c['action'] == 'drop':
            lst.remove(cit)
            continue
        cit['excerpt'] = c['newExcerpt']
        if c.get('newSource'):
            cit['source'] = c['newSource']['id']
        add_citations(lst, c.get('newCitations'))
    for d in f.get('dateFixes', []):
        rec = record(d['record'])
        if d['newDate'] != d['oldDate']:
            key = 'date' if 'date' in rec else 'start'
            rec[key] = d['newDate']
        add_citations(rec.setdefault('citations', []),
                      ([d['citation']] if d.get('citation') else []) + d.get('additionalCitations', []))
    for sf in f.get('sourceFixes2', []):
        src = next((x for x in data['sources'] if x['id'] == sf['source']), None)
        if src is not None and sf.get('publisher'):
            src['publisher'] = sf['publisher']
            src.setdefault('via', sf.get('via', src.get('url', '')).split('/')[2] if sf.get('via') else src.get('via'))

# coding-2026.json: the positions of 2026.1 coded to propositions. A position that takes no side
# on any statement (an assessment, an announcement) says so in a note that starts with NO_SIDE.
NO_SIDE = 'Takes no side on any proposition: '
cd = RES + 'coding-2026.json'
if os.path.exists(cd):
    c = json.load(open(cd))
    for prop in c.get('propositions', []):
        add('propositions', {k: prop[k] for k in ('id', 'topic', 'text', 'translations', 'excludes') if k in prop}, 'coding')
    for ch in c.get('propositionChanges', []):
        prop = next(x for x in data['propositions'] if x['id'] == ch['id'])
        for e in ch.get('addExcludes', []):
            if e not in prop.setdefault('excludes', []):
                prop['excludes'].append(e)
    for k in c.get('coding', []):
        pos = next((x for x in data['positions'] if x['id'] == k['position']), None)
        if pos is None:
            report.append('coding-2026.json: unknown position %s' % k['position'])
        elif 'proposition' not in pos:
            pos['proposition'] = k['proposition']
            pos['agrees'] = k['agrees']
    for u in c.get('uncodable', []):
        pos = next(x for x in data['positions'] if x['id'] == u['position'])
        text = NO_SIDE + u['reason']
        if 'proposition' not in pos and all(n['text'] != text for n in pos.get('notes', [])):
            pos.setdefault('notes', []).append({'text': text, 'citations': pos['citations'][:1]})


# wikidata.json: Wikidata ids read in copies of Wikidata's data (EveryPolitician and others), one
# source per file read, cited on the record with the row that pairs the name and the id. An id
# resting on one example query rather than a data table stays out (reported).
wf = RES + 'wikidata.json'
if os.path.exists(wf):
    for w in json.load(open(wf)).get('ids', []):
        if ':' not in w['readAt'] or ' ' in w['readAt'].split(':', 1)[0]:
            report.append('wikidata.json: %s %s left out: read only in %s' % (w['id'], w['wikidata'], w['readAt']))
            continue
        repo, path = w['readAt'].split(':', 1)
        path = path.split()[0].rstrip(',;')
        sid = ('wikidata-copy-' + re.sub(r'[^a-z0-9]+', '-', (repo.split('/')[1] + '-' + path).lower()).strip('-'))[:100].strip('-')
        add('sources', {'id': sid, 'publisher': 'Wikidata',
                        'via': '%s (GitHub repository %s, a copy of Wikidata ids)' % (path.rsplit('/', 1)[-1], repo),
                        'headline': path, 'url': 'https://github.com/%s/blob/HEAD/%s' % (repo, path),
                        'language': 'en', 'kind': 'reference'}, 'wikidata.json')
        kind = {'person': 'people', 'territory': 'territories', 'agreement': 'agreements'}[w['kind']]
        rec = record(kind + '/' + w['id'])
        if rec is None or rec.get('wikidata', w['wikidata']) != w['wikidata']:
            report.append('wikidata.json: %s %s left out: no such record, or another id is recorded' % (w['id'], w['wikidata']))
            continue
        rec['wikidata'] = w['wikidata']
        add_citations(rec.setdefault('citations', []), [{'source': sid, 'excerpt': w['excerpt']}])
    for nf in json.load(open(wf)).get('notFound', []):
        report.append('wikidata.json: no Wikidata id found for %s %s' % (nf['kind'], nf['id']))

for k in kinds:
    save(k, data[k])
open('curation/%s/MERGE-REPORT.md' % version, 'w').write(
    '# Merge report, dataset %s\n\nWritten by `curation/merge_research.py`: what the research batches '
    'found and could not enter, and what the researchers could not verify.\n\n' % version
    + '\n'.join('- ' + r.replace('\n', ' ') for r in report) + '\n')
print({k: len(v) for k, v in data.items()})
