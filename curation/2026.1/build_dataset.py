#!/usr/bin/env python3
"""Builds the Parley bundled dataset (src/main/data/*.json in /work/datawork) from the
research notes in /work/research/*.json, converting them to the dataset format of FORMAT.md.

Curation rule: a fact enters only with a citation (source + excerpt). Research records
without a required field (a date, a place, a start) are left out and listed in the log; the
research "disagreements" become notes on the records they concern.

Run: python3 /work/research/build_dataset.py   (writes the files and prints a log)
"""
import collections
import copy
import json
import os
import re
import sys

RESEARCH = '/work/research'
OUT = '/work/datawork/src/main/data'
FILES = ['two-plus-two.json', 'abe-putin.json', 'countries-people.json',
         'senkaku-dokdo.json', 'kurils-crimea.json', 'positions.json']

R = {f: json.load(open(os.path.join(RESEARCH, f), encoding='utf-8')) for f in FILES}

LOG = collections.defaultdict(list)   # section -> lines for DATASET-NOTES.md


def log(section, text):
    LOG[section].append(text)


def fix_text(s):
    # research notes say "see disagreements"; in the dataset those are notes on the record
    return s.replace('see disagreements', 'see notes')


# --------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------
FIVE = {
    'scmp-2013-11-01': {
        'id': 'scmp-2013-11-01', 'publisher': 'South China Morning Post',
        'headline': 'Japan to host high-level meeting with Russian ministers',
        'published': '2013-11-01',
        'url': 'http://www.scmp.com/news/asia/article/1344825/japan-host-high-level-meeting-russian-ministers',
        'language': 'en', 'kind': 'newspaper'},
    'ap-2017-03-20': {
        'id': 'ap-2017-03-20', 'publisher': 'Associated Press', 'via': 'The Detroit News',
        'headline': 'Japan, Russia hold talks on security, territory dispute',
        'author': 'Elaine Kurtenbach', 'published': '2017-03-20',
        'url': 'https://www.detroitnews.com/story/news/world/2017/03/19/japan-russia-hold-talks-security-territory-dispute/99397422/',
        'language': 'en', 'kind': 'news-agency',
        'notes': [{
            'text': "The article speaks of the first 2+2 talks 'since Russia's annexation of Ukraine'; "
                    "the annexation (2014) was of Crimea, as RFE/RL's report of the same talks says "
                    "('Moscow seized Crimea').",
            'citations': [
                {'source': 'ap-2017-03-20',
                 'excerpt': 'The foreign and defense ministers from Japan and Russia met in Tokyo on Monday for the first “two-plus-two” talks since Russia’s annexation of Ukraine.'},
                {'source': 'rferl-2017-03',
                 'excerpt': 'Long strained over the island dispute, Japan-Russia ties worsened in 2014 after Moscow seized Crimea and supported separatists in eastern Ukraine, and Japan joined Western nations in imposing sanctions in response.'}]}]},
    'rferl-2017-03': {
        'id': 'rferl-2017-03', 'publisher': 'Radio Free Europe / Radio Liberty', 'via': 'World Tribune',
        'headline': 'Amid China-backed turbulence, Japan and Russia hold talks in Tokyo',
        'published': '2017-03',
        'url': 'https://www.worldtribune.com/amid-china-backed-turbulence-japan-and-russia-hold-talks-in-tokyo/',
        'language': 'en', 'kind': 'newspaper'},
    'the-hindu-2013-11-02': {
        'id': 'the-hindu-2013-11-02', 'publisher': 'The Hindu',
        'headline': 'Russia, Japan upgrade defence ties as part of 2+2 mechanism',
        'published': '2013-11-02',
        'url': 'http://www.thehindu.com/news/international/world/russia-japan-upgrade-defence-ties-as-part-of-22-mechanism/article5308164.ece',
        'language': 'en', 'kind': 'newspaper'},
    'sputnik-2019-05-31': {
        'id': 'sputnik-2019-05-31', 'publisher': 'Sputnik', 'via': 'Pakistan Point News',
        'headline': 'Russian-Japanese Talks Of Defense, Foreign Ministers Highlight Importance Of 2+2 Format',
        'published': '2019-05-31', 'language': 'en', 'kind': 'news-agency',
        'notes': [{
            'text': 'A character was lost in transmission in the copy received: the replacement character '
                    'U+FFFD (\ufffd) stands where a dash stood, in Lavrov\'s quoted remark "means only one '
                    'thing \ufffd that at the time of signing".',
            'citations': [
                {'source': 'sputnik-2019-05-31',
                 'excerpt': 'means only one thing \ufffd that at the time of signing of the declaration these islands were seen by both sides as an integral part of the Soviet territory.'}]}]},
}

# Sources the curator added while filling required fields (excerpts read directly).
EXTRA_SOURCES = [
    {'id': 'tcvn-7217-3-2013', 'publisher': 'thuvienphapluat.vn',
     'headline': '(headline not recorded)',
     'url': 'https://m.thuvienphapluat.vn/TCVN/Linh-vuc-khac/TCVN-7217-3-2013-Ma-the-hien-ten-vung-lanh-tho-Phan-3-Ma-ten-cac-nuoc-truoc-day-911196.aspx',
     'language': 'vi', 'kind': 'reference'},
]

URL_SPLIT = re.compile(r'^(.*?) \((?:via|as carried by) (.*)\)$')


def build_sources():
    by_url = {}      # url -> kept id
    merged = {}      # id -> record
    remap = {}       # research id -> kept id
    order = []
    for f in FILES:
        for s in R[f]['sources']:
            sid = s['id']
            url = s.get('url')
            if url == 'not yet located':
                url = None
            key = url or ('id:' + sid)
            if sid in FIVE:
                key = 'id:' + sid
            if key in by_url:
                kept = by_url[key]
                if kept != sid:
                    remap[sid] = kept
                    log('merged', f'source {sid} ({f}) has the same URL as {kept}; citations rewritten to {kept}')
                rec = merged[kept]
                for k in ('headline', 'author', 'published', 'publisher'):
                    if not rec.get(k) and s.get(k):
                        rec[k] = s[k]
                continue
            if sid in merged:   # same id, different URL (only the five articles)
                remap.setdefault(sid, sid)
                continue
            by_url[key] = sid
            rec = {k: v for k, v in s.items() if k in ('id', 'publisher', 'headline', 'author', 'published', 'language', 'kind')}
            if url:
                rec['url'] = url
            merged[sid] = rec
            order.append(sid)
    # the five articles exactly as briefed
    for sid, rec in FIVE.items():
        if sid not in merged:
            order.append(sid)
        merged[sid] = copy.deepcopy(rec)
    for s in R['two-plus-two.json']['sources']:
        if s['id'] == 'sputnik-2019-05-31' and s.get('url'):
            log('odd', f"two-plus-two.json gives sputnik-2019-05-31 the address {s['url']}; the brief says its address is not yet located, so no url is recorded (for the editor to confirm).")
    for rec in EXTRA_SOURCES:
        merged[rec['id']] = rec
        order.append(rec['id'])
    out = []
    missing_headline = []
    for sid in order:
        rec = merged[sid]
        if sid not in FIVE:
            m = URL_SPLIT.match(rec['publisher'])
            if m and not rec.get('via'):
                rec['publisher'], rec['via'] = m.group(1), m.group(2)
        if not rec.get('headline') or rec['headline'] == '(headline not recorded)':
            rec['headline'] = '(headline not recorded)'
            missing_headline.append(sid)
        out.append(rec)
    log('odd', f'{len(missing_headline)} sources had no headline in the research notes; their headline is written "(headline not recorded)" (the format requires one): ' + ', '.join(missing_headline))
    return out, remap


SOURCES, SRC_REMAP = build_sources()
SOURCE_IDS = {s['id'] for s in SOURCES}


def cites(lst):
    """Converts research citations: remaps merged source ids, drops duplicates."""
    out, seen = [], set()
    for c in lst or []:
        src = SRC_REMAP.get(c['source'], c['source'])
        assert src in SOURCE_IDS, src
        key = (src, c.get('excerpt'))
        if key in seen:
            continue
        seen.add(key)
        cc = {'source': src}
        if c.get('excerpt'):
            cc['excerpt'] = c['excerpt']
        out.append(cc)
    return out


def notes(lst, where):
    out = []
    for n in lst or []:
        cs = cites(n.get('citations'))
        if not cs:
            log('dropped-note', f'{where}: note without citation left out: "{n["text"]}"')
            continue
        out.append({'text': fix_text(n['text']), 'citations': cs})
    return out


def name(n):
    o = {'text': n['text'], 'language': n.get('lang') or n.get('language')}
    if n.get('romanization'):
        o['romanization'] = n['romanization']
    if n.get('usedBy'):
        o['usedBy'] = list(n['usedBy'])
    return o


def src_label(sid):
    s = next(x for x in SOURCES if x['id'] == sid)
    lab = s['publisher']
    if s.get('published'):
        lab += f" ({s['published']})"
    return lab


DIS_TEXTS = {}   # note text -> the research disagreement ("what") it records


def disagreement_note(d, prefix=None):
    parts = []
    labels = [src_label(SRC_REMAP.get(s['source'], s['source'])) for s in d['says']]
    for s, lab in zip(d['says'], labels):
        sid = SRC_REMAP.get(s['source'], s['source'])
        if labels.count(lab) > 1 and len({SRC_REMAP.get(x['source'], x['source']) for x in d['says']}) > 1:
            src = next(x for x in SOURCES if x['id'] == sid)
            lab = lab + f" [{src['language']}: {src['headline']}]"
        parts.append(f"{lab}: {s['value']}")
    text = (prefix or f"Sources disagree on {d['what'][0].lower() + d['what'][1:]}") + ' — ' + '; '.join(parts) + '.'
    DIS_TEXTS[fix_text(text)] = d['what']
    return {'text': fix_text(text), 'citations': cites([{'source': s['source'], 'excerpt': s['excerpt']} for s in d['says']])}


# --------------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------------
def iso_excerpt(a2, a3, nm, num, official=None):
    s = f'"alpha_2": "{a2}",\n      "alpha_3": "{a3}",\n      "name": "{nm}",\n      "numeric": "{num}"'
    if official:
        s += f',\n      "official_name": "{official}"'
    return s


EXTRA_COUNTRIES = [  # places of Abe-Putin meetings; codes read from the same iso-codes file
    ('ar', 'AR', 'ARG', '032', 'Argentina', 'Argentine Republic'),
    ('it', 'IT', 'ITA', '380', 'Italy', 'Italian Republic'),
    ('pe', 'PE', 'PER', '604', 'Peru', 'Republic of Peru'),
    ('sg', 'SG', 'SGP', '702', 'Singapore', 'Republic of Singapore'),
    ('tr', 'TR', 'TUR', '792', 'Turkey', 'Republic of Turkey'),
    ('vn', 'VN', 'VNM', '704', 'Viet Nam', 'Socialist Republic of Viet Nam'),
]


def build_countries():
    out = []
    dis = {d['what']: d for d in R['countries-people.json']['disagreements']}
    for c in R['countries-people.json']['records']['countries']:
        o = {'id': c['id']}
        if c['id'] == 'su':
            o['alpha2'] = 'SU'
        else:
            o['alpha2'] = c['alpha2']
        o['alpha3'] = c['alpha3']
        if c.get('numeric'):
            o['numeric'] = c['numeric']
        if c.get('alpha4'):
            o['iso3166Part3'] = c['alpha4']
        if c.get('cow'):
            o['cowCode'] = c['cow']
        if c.get('cowAbbr'):
            o['cowAbbreviation'] = c['cowAbbr']
        if c.get('gw'):
            o['gwCode'] = c['gw']
        o['names'] = [name(n) for n in c['names']]
        if c.get('start'):
            o['start'] = c['start']
        if c.get('end'):
            o['end'] = c['end']
        for k in ('predecessor', 'successor'):
            if c.get(k):
                o[k] = c[k]
        o['citations'] = cites(c['citations'])
        ns = notes(c.get('notes'), f'country {c["id"]}')
        if c['id'] == 'su':
            o['citations'].append({'source': 'tcvn-7217-3-2013',
                                   'excerpt': 'USSR |\nSU |\nSUN |\n810 |\n1974/92 |\nSUHH |'})
            ns = [n for n in ns if not n['text'].startswith('End date:')]
            ns.append(disagreement_note(dis['End date of the Soviet Union'],
                                        'End date: the record keeps 26 December 1991, the legal dissolution; sources differ'))
            log('odd', 'su: alpha2 "SU" is not in the iso-codes ISO 3166-3 entry the research used (it has only SUN, SUHH, 810); it is cited from the Vietnamese national standard TCVN 7217-3:2013 (the national adoption of ISO 3166-3), whose table gives USSR | SU | SUN | 810 | 1974/92 | SUHH. The curator read this excerpt directly.')
        if c['id'] == 'ru':
            ns.append(disagreement_note(dis['Start date of Russia (Russian Federation) as an independent state'],
                                        'No start date is recorded because sources disagree on when Russia (the Russian Federation) began as an independent state'))
        if c['id'] == 'ua':
            ns = [n for n in ns if not n['text'].startswith('start = adoption')]
            ns.append(disagreement_note(dis['Start date of Ukraine'],
                                        'Start: recorded as 24 August 1991 (Act of Declaration of Independence, confirmed by referendum on 1 December 1991); sources date the start of Ukraine differently'))
        if c['id'] == 'kr':
            ns.append(disagreement_note(dis["Korea's start dates in the two state-system lists (not the same concept, recorded for the editor)"],
                                        "No start date is recorded; the two state-system lists date the Republic of Korea's entry differently"))
        if ns:
            o['notes'] = ns
        out.append(o)
    for cid, a2, a3, num, nm, official in EXTRA_COUNTRIES:
        out.append({'id': cid, 'alpha2': a2, 'alpha3': a3, 'numeric': num,
                    'names': [{'text': nm, 'language': 'en'}, {'text': official, 'language': 'en'}],
                    'citations': [{'source': 'iso-codes-3166-1', 'excerpt': iso_excerpt(a2, a3, nm, num, official)}]})
        log('odd', f'{cid}: country record added by the curator (needed as the place of an Abe-Putin meeting); codes and names cited from the iso-codes file the research used, excerpt read directly; no COW/G&W codes (not looked up).')
    return out


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------
def norm(t):
    return re.sub(r'[\s・=]', '', t)


def merge_person(base, other):
    have = {(n['language'], norm(n['text'])) for n in base['names']}
    langs = {n['language'] for n in base['names']}
    variants = base.setdefault('variants', [])
    for n in other.get('names', []):
        nn = name(n)
        key = (nn['language'], norm(nn['text']))
        if key in have:
            continue
        if nn['language'] in langs:
            if nn['text'] not in variants:
                variants.append(nn['text'])
        else:
            base['names'].append(nn)
            langs.add(nn['language'])
            have.add(key)
    for v in other.get('variants', []):
        if v not in variants:
            variants.append(v)
    base['citations'] = cites(base['citations'] + other.get('citations', []))


# people with no research record; English name as the cited source writes it
NEW_PEOPLE = {
    'james-brown': ('James Brown', 'sputnik-2019-05-31'),
    'kazuhiko-togo': ('Kazuhiko Togo', 'sputnik-2019-05-31'),
    'geng-yansheng': ('Geng Yansheng', None),
    'yoshihide-suga': ('Yoshihide Suga', None),
    'maria-zakharova': ('Maria Zakharova', None),
    'dmitry-medvedev': ('Dmitry Medvedev', None),
    'ma-ying-jeou': ('Ma Ying-jeou', None),
    'osamu-fujimura': ('Osamu Fujimura', None),
    'yang-jiechi': ('Yang Jiechi', None),
    'david-lin': ('David Y.L. Lin', None),
    'choi-young-sam': ('Choi Young-sam', None),
    'naoto-kan': ('Naoto Kan', None),
}


def build_people(all_positions):
    people = collections.OrderedDict()
    cp = {p['id']: p for p in R['countries-people.json']['records']['people']}
    dis = {d['what']: d for d in R['countries-people.json']['disagreements']}
    for pid, p in cp.items():
        o = {'id': pid, 'names': [name(n) for n in p['names']], 'variants': list(p.get('variants', []))}
        tenures, pnotes = [], []
        for t in p.get('tenures', []):
            tt = {'office': t['office'], 'country': t['country'], 'start': t['start']}
            if t.get('end'):
                tt['end'] = t['end']
            note = t.get('note', '')
            if 'Acting' in note:
                tt['office'] = 'other'
                tt['title'] = 'Acting Minister of Defense' if pid == 'fumio-kishida' else 'Acting President of Russia'
                log('odd', f'{pid}: the research tenure {t["office"]} {t["start"]}–{t.get("end")} is an acting appointment ("{note}"); recorded as office "other" with title "{tt["title"]}".')
            elif note:
                log('tenure-note', f'{pid} {t["office"]} {t["start"]}: research remark not carried into the data: "{note}"')
            tt['citations'] = cites(t['citations'])
            tenures.append(tt)
        o['tenures'] = tenures
        o['citations'] = cites(p['citations'])
        if pid == 'vladimir-putin':
            pnotes.append(disagreement_note(dis['Date Putin first became president of Russia'],
                                            'Sources date the start of his presidency differently: 31 December 1999 is the start of his time as acting president (recorded as a separate tenure), 7 May 2000 his inauguration'))
        if pid == 'shinzo-abe':
            pnotes.append(disagreement_note(dis["End of Abe's first term as prime minister"],
                                            'End of the first term: the tenure keeps 26 September 2007 (infobox); the same source also says he stepped down on 12 September 2007'))
        if pnotes:
            o['notes'] = pnotes
        people[pid] = o
    for f in ('two-plus-two.json', 'abe-putin.json'):
        for p in R[f]['records'].get('people', []):
            dropped = [t for t in p.get('tenures', []) if 'heldOn' in t]
            if dropped:
                log('tenure-note', f'{p["id"]} ({f}): {len(dropped)} "heldOn" observations (office shown on a date) not recorded as tenures: a tenure needs a start date.')
            if p['id'] in people:
                merge_person(people[p['id']], p)
            else:
                o = {'id': p['id'], 'names': [], 'variants': [], 'citations': []}
                merge_person(o, p)
                people[p['id']] = o
    # people only named in positions: cite excerpts (anywhere in the notes) that give the name
    allcites = []

    def walk(x):
        if isinstance(x, dict):
            if isinstance(x.get('source'), str) and isinstance(x.get('excerpt'), str):
                allcites.append(x)
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    for f in FILES:
        walk(R[f]['records'])
    for pid, (nm, src) in NEW_PEOPLE.items():
        full = [c for c in allcites if nm in c['excerpt'] and (not src or c['source'] == src)]
        if not full:
            last = nm.split()[-1]
            full = [c for c in allcites if re.search(r'\b' + re.escape(last) + r'\b', c['excerpt']) and (not src or c['source'] == src)]
        assert full, pid
        people[pid] = {'id': pid, 'names': [{'text': nm, 'language': 'en'}], 'citations': cites(full[:2])}
        log('odd', f'{pid}: person record made by the curator from excerpts in the research notes that name them (name only, no tenure).')
    out = []
    for o in people.values():
        if not o.get('variants'):
            o.pop('variants', None)
        else:
            texts = {n['text'] for n in o['names']}
            o['variants'] = [v for v in o['variants'] if v not in texts]
            if not o['variants']:
                o.pop('variants')
        if not o.get('tenures'):
            o.pop('tenures', None)
        out.append(o)
    return out


# --------------------------------------------------------------------------------------------
# Topics
# --------------------------------------------------------------------------------------------
TOPICS = [
    ('kuril-islands-dispute', 'Southern Kurils / Northern Territories dispute', 'southern-kurils'),
    ('senkaku-diaoyu-dispute', 'Senkaku / Diaoyu Islands dispute', 'senkaku-diaoyu-islands'),
    ('dokdo-takeshima-dispute', 'Dokdo / Takeshima dispute', 'dokdo-takeshima'),
    ('crimea', 'Crimea (annexation by Russia and status)', 'crimea'),
    ('peace-treaty', 'Japan-Russia peace treaty', None),
    ('missile-defence', 'Missile defence', None),
    ('north-korea', "North Korea's nuclear and missile programmes", None),
    ('joint-economic-activity', 'Joint economic activity on the disputed islands', None),
    ('security-cooperation', 'Security and defence cooperation', None),
    ('former-residents-visits', 'Visits by former residents of the disputed islands', None),
    ('counter-terrorism', 'Counter-terrorism', None),
    ('economic-cooperation', "Japan-Russia economic cooperation (including Abe's eight-point plan)", None),
    ('bilateral-relations', 'State and pace of bilateral relations and high-level dialogue', None),
    ('ukraine', 'The Ukraine crisis and conflict', None),
    ('syria', 'The Syrian conflict', None),
]


def build_topics():
    out = []
    for tid, label, terr in TOPICS:
        o = {'id': tid, 'label': label}
        if terr:
            o['territory'] = terr
        out.append(o)
    return out


# --------------------------------------------------------------------------------------------
# Territories
# --------------------------------------------------------------------------------------------
def dis_of(f):
    return {d['what']: d for d in R[f]['disagreements']}


def build_territories():
    out = []
    sd, kc = dis_of('senkaku-dokdo.json'), dis_of('kurils-crimea.json')
    for f in ('kurils-crimea.json', 'senkaku-dokdo.json'):
        for t in R[f]['records']['territories']:
            tid = t['id']
            extra_cites, tnotes = [], []
            names = []
            for n in t['names']:
                names.append(name(n))
                extra_cites += n.get('citations', [])
            feats = []
            for ft in t.get('features', []):
                fo = {'id': ft['id'], 'names': [name(n) for n in ft['names']]}
                for n in ft['names']:
                    extra_cites += n.get('citations', [])
                fo['citations'] = cites(ft['citations'])
                feats.append(fo)
                for n in ft.get('notes', []):
                    nn = dict(n)
                    nn['text'] = f"{ft['names'][0]['text']}: {n['text']}"
                    tnotes.append(nn)
            adm = []
            for a in t.get('administration', []):
                if not a.get('start'):
                    log('left-out', f'territory {tid}: administration spell of {a["country"]} ending {a.get("end")} left out (no start date in the sources); its citation and remark are kept as a note on the territory.')
                    tnotes += a.get('notes', [])
                    if a.get('citations'):
                        tnotes.append({'text': f'Administered by {a["country"]} ({"Ukraine, as the Autonomous Republic of Crimea" if a["country"] == "ua" else a["country"]}) until {a.get("end")}; the start of this administration is not in the sources, so no administration spell is recorded for it.', 'citations': a['citations']})
                    continue
                ao = {'country': a['country'], 'start': a['start']}
                if a.get('end'):
                    ao['end'] = a['end']
                ao['citations'] = cites(a['citations'])
                adm.append(ao)
                tnotes += a.get('notes', [])
            o = {'id': tid, 'neutralName': t['neutralName'], 'names': names}
            if feats:
                o['features'] = feats
            if adm:
                o['administration'] = adm
            if t.get('coordinate'):
                c = t['coordinate']
                o['coordinate'] = {'latitude': c['lat'], 'longitude': c['lon']}
                extra_cites += c.get('citations', [])
            o['citations'] = cites(t['citations'] + extra_cites)
            tn = notes(t.get('notes', []) + tnotes, f'territory {tid}')
            if tid == 'southern-kurils':
                tn.append(disagreement_note(kc['Which of the four islands is the largest']))
                # names from the five articles
                o['citations'] = cites(o['citations'] + [
                    {'source': 'scmp-2013-11-01', 'excerpt': 'The islands, which Japan calls the Northern Territories, but Russia administers as the Southern Kurils, were occupied by Soviet troops in the dying days of the second world war.'},
                    {'source': 'rferl-2017-03', 'excerpt': 'a group of islands north of Hokkaido that Russia calls the Southern Kuriles and Japan calls the Northern Territories.'},
                    {'source': 'ap-2017-03-20', 'excerpt': 'islands north of Hokkaido — Etorofu, Kunashiri, Shikotan and the Habomai islets — that came under Russian control after Japan’s defeat in World War II.'},
                ])
            if tid == 'crimea':
                tn.append(disagreement_note(kc['Date from which Russia has controlled Crimea (start of occupation vs. admission)'],
                                            'Russian administration is recorded from 18 March 2014 (admission under the Russian agreement); sources date the start of Russian control differently'))
            if tid == 'senkaku-diaoyu-islands':
                tn.append(disagreement_note(sd['Period / basis of U.S. administration of the Senkaku/Diaoyu Islands']))
                tn.append(disagreement_note(sd['Area of the largest island (Uotsuri-jima / Diaoyu Dao) and of the group']))
                o['citations'] = cites(o['citations'] + [
                    {'source': 'scmp-2013-11-01', 'excerpt': 'Tokyo is embroiled in a bitter dispute with Beijing over the ownership of the Daioyu Islands in the East China Sea, which Japan calls the Senkakus.'}])
            if tid == 'dokdo-takeshima':
                tn = [n for n in tn if not n['text'].startswith("The Korean administration 'start' of 1954")]
                tn.append(disagreement_note(sd['Since when South Korea has controlled / stationed personnel on Dokdo/Takeshima'],
                                            "Korean administration is recorded from 1954 (the stationing of Korean personnel, per Japanese-side and news-agency sources); sources differ on since when South Korea has controlled or stationed personnel on the islets"))
                tn.append(disagreement_note(sd['Japanese names (readings) of the two main islets of Takeshima']))
                tn.append(disagreement_note(sd['Total area of Dokdo/Takeshima']))
                o['citations'] = cites(o['citations'] + [
                    {'source': 'scmp-2013-11-01', 'excerpt': 'A pair of sparsely populated islets between Japan and the Korean peninsula are the focus of a separate squabble between Tokyo and Seoul.'}])
            if tn:
                o['notes'] = tn
            out.append(o)
    return out


# --------------------------------------------------------------------------------------------
# Claims
# --------------------------------------------------------------------------------------------
def build_claims():
    out = []
    sd, kc = dis_of('senkaku-dokdo.json'), dis_of('kurils-crimea.json')
    for f in ('kurils-crimea.json', 'senkaku-dokdo.json'):
        for c in R[f]['records']['claims']:
            o = {'id': c['id'], 'claimant': c['claimant'], 'territory': c['territory']}
            cn = list(c.get('notes', []))
            extra = []
            start, end, status = c.get('start'), c.get('end'), c.get('status')
            basis = c['basis']
            if c['id'] == 'jp-claim-northern-territories':
                start = '1855-02-07'
                cn = [{'text': "Start: Japan grounds its claim on the Treaty of Commerce, Navigation and Delimitation of 7 February 1855, which it says confirmed the boundary between Etorofu and Uruppu, and regards the four islands as inherent territory never held by a foreign country; the research notes gave no start, so the treaty's date, stated in the claim's own citation, is used.",
                       'citations': [{'source': 'mofa-jp-northern-territories', 'excerpt': 'On February 7, 1855, Japan and Russia signed the Treaty of Commerce, Navigation and Delimitation, which confirmed the boundary between the islands of Etorofu and Uruppu.'}]}]
                log('odd', 'jp-claim-northern-territories: research gave no start; start set to 1855-02-07, the date of the treaty on which the claim rests, as stated in the claim\'s own MOFA citation (explained in a note).')
                extra.append(disagreement_note(kc['Legal effect of the Second World War on sovereignty over the four islands']))
            if c['id'] == 'su-claim-kuril-islands':
                status = 'superseded'
                cn = [{'text': 'Status "superseded": the Soviet claim did not end by renunciation but was continued by the Russian Federation (see ru-claim-southern-kurils); end date = dissolution of the USSR.',
                       'citations': c['notes'][0]['citations']}]
                log('odd', 'su-claim-kuril-islands: research gave no status; "superseded" recorded (the claim was continued by Russia, per the cited note).')
            if c['id'] == 'ua-claim-crimea':
                start = '2014-03'
                cn.append({'text': "Start: the research notes give none. Ukraine administered Crimea before 2014 (the start of that administration is not in the sources); its claim against Russia is dated here from its foreign ministry's protest note against the 18 March 2014 accession agreement, reported on 19 March 2014 (month precision).",
                           'citations': [{'source': 'globalnewsnigeria-2014-03-18-crimea-facts', 'excerpt': 'The Autonomous Republic of Crimea is an autonomous parliamentary republic within Ukraine[7] and is governed by the Constitution of Crimea in accordance with the laws of Ukraine.'},
                                         {'source': '21by-2014-03-19', 'excerpt': 'МИД Украины направил России ноту протеста'}]})
                log('odd', 'ua-claim-crimea: research gave no start; start set to 2014-03 (Ukraine\'s protest note against the accession agreement, reported 2014-03-19), explained in a note.')
            if c['id'] == 'kr-claim-dokdo':
                start = '1948'
                cn.append({'text': "Start: the research notes gave 512, the year from which Korea dates its title (Silla's incorporation of Usanguk); the claimant here is the Republic of Korea, which the Northeast Asian History Foundation says began exercising sovereign rights over Dokdo from its independence in 1948, so 1948 is recorded.",
                           'citations': [{'source': 'ngii-national-atlas-2019-dokdo-en', 'excerpt': 'Dokdo has been Korean Territory since General Isabu of the Silla Dynasty claimed Usanguk (The Kingdom of Usan) for Silla in 512.'},
                                         {'source': 'nahf-us-uk-viewpoint-1948', 'excerpt': 'The Republic of Korea began exercising its sovereign rights over Dokdo from its independence in 1948, with its territorial rights having been established after the end of World War II.'}]})
                extra_cit = [{'source': 'nahf-us-uk-viewpoint-1948', 'excerpt': 'The Republic of Korea began exercising its sovereign rights over Dokdo from its independence in 1948, with its territorial rights having been established after the end of World War II.'}]
                c = dict(c, citations=c['citations'] + extra_cit)
                log('odd', 'kr-claim-dokdo: research start 512 (Korea\'s historical title) replaced by 1948 (the Republic of Korea exercising sovereign rights from independence, Northeast Asian History Foundation) because the claimant must have existed as a state on the start; explained in a note.')
            if c['id'] == 'cn-claim-diaoyu-islands':
                extra.append(disagreement_note(sd['Since when China has claimed the islands']))
            if c['id'] == 'jp-claim-takeshima':
                extra.append(disagreement_note(sd["Validity of Japan's 1905 incorporation of Takeshima/Dokdo"]))
            if not start:
                log('left-out', f'claim {c["id"]}: no start date; left out')
                continue
            o['start'] = start
            if end:
                o['end'] = end
            o['basis'] = fix_text(basis)
            o['status'] = status
            ccs = c['citations']
            if c['id'] == 'jp-claim-northern-territories':
                ccs = ccs + [{'source': 'rferl-2017-03', 'excerpt': 'Tokyo claims the islands, but Moscow has held them since they were seized by Soviet forces at the end of World War II, hobbling relations ever since and preventing the two countries from signing a peace treaty to formally end the conflict.'},
                             {'source': 'the-hindu-2013-11-02', 'excerpt': 'Russia and Japan have never signed a peace treaty after World War II because of long-running territorial dispute the four Kuril Islands, claimed by Japan.'}]
            if c['id'] == 'cn-claim-diaoyu-islands':
                ccs = ccs + [{'source': 'scmp-2013-11-01', 'excerpt': 'Tokyo is embroiled in a bitter dispute with Beijing over the ownership of the Daioyu Islands in the East China Sea, which Japan calls the Senkakus.'}]
            o['citations'] = cites(ccs)
            nn = notes(cn, f'claim {c["id"]}') + extra
            if nn:
                o['notes'] = nn
            out.append(o)
    return out


# --------------------------------------------------------------------------------------------
# Agreements and events
# --------------------------------------------------------------------------------------------
AGREEMENT_TOPICS = {
    'treaty-of-shimoda-1855': ['kuril-islands-dispute'],
    'treaty-of-saint-petersburg-1875': ['kuril-islands-dispute'],
    'treaty-of-portsmouth-1905': ['kuril-islands-dispute'],
    'soviet-japanese-neutrality-pact-1941': ['kuril-islands-dispute'],
    'yalta-agreement-regarding-japan-1945': ['kuril-islands-dispute'],
    'soviet-japanese-joint-declaration-1956': ['peace-treaty', 'kuril-islands-dispute'],
    'tokyo-declaration-1993': ['peace-treaty', 'kuril-islands-dispute'],
    'okinawa-reversion-agreement-1971': ['senkaku-diaoyu-dispute'],
    'jp-ru-joint-statement-partnership-2013': ['peace-treaty', 'security-cooperation'],
}

EVENT_TITLES = {
    'soviet-declaration-of-war-on-japan-1945': 'The Soviet Union declares war on Japan',
    'soviet-invasion-of-kuril-islands-1945': 'Soviet forces begin the invasion of the Kurile Islands',
    'soviet-occupation-of-northern-territories-1945': 'Soviet forces occupy the four disputed islands',
    'ru-withdraws-from-peace-treaty-talks-2022': 'Russia withdraws from peace-treaty talks with Japan',
    'soviet-decree-south-sakhalin-oblast-1946': 'Soviet decrees incorporate southern Sakhalin and the Kurils',
    'medvedev-visits-kunashir-2010': 'President Medvedev visits Kunashir',
    'abe-putin-agree-1956-basis-2018': 'Abe and Putin agree to accelerate peace-treaty talks on the basis of the 1956 Declaration',
    'ru-constitution-amendment-territory-2020': "Russia's vote on constitutional amendments banning the ceding of territory",
    'japanese-residents-evicted-by-1948': 'Japanese residents leave or are removed from the islands',
    'crimea-referendum-2014': 'Referendum on the status of Crimea',
    'crimea-independence-declared-2014': 'Crimea declared independent; Russia recognises it',
    'crimea-accession-treaty-signed-2014': 'Russia signs the agreement admitting Crimea and Sevastopol',
    'unga-resolution-68-262': 'UN General Assembly adopts resolution 68/262 on the territorial integrity of Ukraine',
    'jp-sanctions-russia-crimea-2014-03-18': 'Japan announces its first measures against Russia over Crimea',
    'jp-sanctions-russia-2014-04-29': 'Japan suspends visas for 23 individuals over Ukraine',
    'jp-sanctions-russia-2014-07-28': 'Japan freezes assets and restricts imports from Crimea and Sevastopol',
    'jp-ru-2plus2-shelved-after-2013': 'Japan-Russia 2+2 meetings shelved over the Ukraine crisis',
    'ru-laws-admitting-crimea-2014-03-21': 'Putin signs the laws admitting Crimea and Sevastopol',
    'ua-law-temporarily-occupied-territory-2014': 'Ukraine adopts the law on temporarily occupied territory',
    'ua-occupation-start-date-law-2015': "Ukraine sets 20 February 2014 as the start of Crimea's occupation",
    'jp-1895-01-14-senkaku-cabinet-decision': 'Japanese Cabinet decision incorporating the Senkaku Islands',
    'us-1953-12-25-uscar-proclamation-27': 'USCAR Proclamation No. 27',
    'us-jp-1972-05-15-okinawa-reversion': 'Okinawa Reversion Agreement enters into force',
    'tw-1971-12-02-yilan-jurisdiction': 'ROC places the Diaoyutai Islands under Yilan County (per one analyst)',
    'jp-2012-09-10-senkaku-ministerial-meeting': 'Japanese ministerial meeting decides to acquire three Senkaku islands',
    'cn-2012-09-10-diaoyu-baselines': 'China announces baselines around the Diaoyu Islands',
    'jp-2012-09-11-senkaku-purchase': "Japan's government buys three of the Senkaku Islands",
    'cn-2012-09-25-diaoyu-white-paper': "China publishes the white paper 'Diaoyu Dao, an Inherent Territory of China'",
    'cn-2013-11-23-east-china-sea-adiz': 'China establishes the East China Sea Air Defense Identification Zone',
    'kr-1900-10-25-imperial-decree-41': "Korean Empire's Imperial Decree No. 41",
    'jp-1905-01-28-takeshima-cabinet-decision': 'Japanese Cabinet decision incorporating Takeshima',
    'jp-1905-02-22-shimane-notice-40': 'Shimane Prefecture Public Notice No. 40',
    'scap-1946-01-29-scapin-677': 'SCAPIN 677 excludes the Liancourt Rocks from Japanese administration',
    'kr-1952-01-18-syngman-rhee-line': 'South Korea proclaims the Peace Line (Syngman Rhee Line)',
    'kr-1954-06-coast-guard-on-takeshima': 'South Korea stations a maritime police unit on Dokdo/Takeshima',
    'jp-2005-03-16-takeshima-day-ordinance': 'Shimane Prefecture adopts the Takeshima Day ordinance',
    'jp-2006-02-22-first-takeshima-day': 'First Takeshima Day ceremony',
}


def build_agreements_events():
    agreements, events = [], []
    sd, kc = dis_of('senkaku-dokdo.json'), dis_of('kurils-crimea.json')
    converted = {}   # agreement id -> (notes for an event)
    for f in ('abe-putin.json', 'kurils-crimea.json', 'senkaku-dokdo.json'):
        for a in R[f]['records']['agreements']:
            aid = a['id']
            parties = a['parties']
            provs = [{'text': fix_text(p['text']), 'citations': cites(p['citations'])} for p in a.get('provisions', [])]
            an = notes(a.get('notes'), f'agreement {aid}')
            cs = cites(a['citations'])
            signed = a.get('signed')
            if aid == 'jp-ru-joint-statement-partnership-2013':
                signed = '2013-04-29'
                log('odd', 'jp-ru-joint-statement-partnership-2013: "signed" set to 2013-04-29, the day MOFA says its adoption was announced after the Moscow summit; its title is the Japanese one (no English title was seen).')
            if len(set(parties)) < 2:
                converted[aid] = (a, provs, an, cs)
                log('odd', f'agreement {aid}: only one party ({parties}) is given in the sources; the format needs two, so it is recorded as an event instead.')
                continue
            o = {'id': aid, 'title': a['title']}
            nms = [name(n) for n in a.get('names', [])]
            if nms:
                o['names'] = nms
            o['parties'] = parties
            o['signed'] = signed
            if a.get('place'):
                o['place'] = dict(a['place'])
            if a.get('inForce'):
                o['inForce'] = a['inForce']
            if provs:
                o['provisions'] = provs
            o['topics'] = AGREEMENT_TOPICS.get(aid, [])
            o['citations'] = cs
            if aid == 'soviet-japanese-joint-declaration-1956':
                an.append(disagreement_note(kc['Meaning of the 1956 Joint Declaration for the territorial issue']))
            if aid == 'treaty-of-shimoda-1855':
                an.append(disagreement_note(kc['Character of the 1855 Treaty of Shimoda for the four islands']))
            if aid == 'treaty-of-portsmouth-1905':
                an.append(disagreement_note(kc['Place of signature of the 1905 Treaty of Portsmouth'],
                                            'Place: recorded as Portsmouth (United States); sources describe the place of signature differently'))
            if 'ru' in parties and signed < '1917':
                an.append({'text': 'Russia is recorded under the id "ru" for the Russian Empire, the party at the time; the Correlates of War list treats Russia (code 365) as one state continuously from 1816.',
                           'citations': [{'source': 'cow-states2016-github-copy', 'excerpt': 'RUS,365,Russia,1816,1,1,2016,12,31,2016'}]})
            if an:
                o['notes'] = an
            if not o['topics']:
                o.pop('topics')
            agreements.append(o)
    for f in ('kurils-crimea.json', 'senkaku-dokdo.json'):
        for e in R[f]['records']['events']:
            eid = e['id']
            o = {'id': eid}
            if e.get('end') and e['end'] != e['date']:
                o['start'], o['end'] = e['date'], e['end']
            else:
                o['date'] = e['date']
            o['title'] = EVENT_TITLES[eid]
            o['summary'] = fix_text(e['text'])
            o['countries'] = e.get('countries', [])
            if e.get('territory'):
                o['territory'] = e['territory']
            cs = e['citations']
            en = list(e.get('notes', []))
            extra = []
            if eid == 'soviet-occupation-of-northern-territories-1945':
                cs = cs + [{'source': 'scmp-2013-11-01', 'excerpt': 'The islands, which Japan calls the Northern Territories, but Russia administers as the Southern Kurils, were occupied by Soviet troops in the dying days of the second world war.'},
                           {'source': 'rferl-2017-03', 'excerpt': 'Tokyo claims the islands, but Moscow has held them since they were seized by Soviet forces at the end of World War II'}]
                extra.append(disagreement_note(kc['Completion date and characterisation of the Soviet takeover of the islands in 1945']))
            if eid == 'japanese-residents-evicted-by-1948':
                cs = cs + [{'source': 'scmp-2013-11-01', 'excerpt': 'The small Japanese population was evicted and Soviets moved into the archipelago as part of a drive to consolidate control over its wild east.'}]
            if eid == 'soviet-declaration-of-war-on-japan-1945':
                extra.append(disagreement_note(kc['Date of the Soviet declaration of war on Japan (1945)'],
                                               'Date: recorded as 9 August 1945, the day from which the declaration says the state of war began; sources differ'))
            if eid == 'soviet-decree-south-sakhalin-oblast-1946':
                extra.append(disagreement_note(kc['Date of the Soviet decrees incorporating southern Sakhalin and the Kurils (two language versions of the same Nuremberg.media item)']))
            if eid == 'crimea-referendum-2014':
                extra.append(disagreement_note(kc['Reported share of votes in favour of joining Russia in the 16 March 2014 Crimea referendum']))
            if eid == 'jp-ru-2plus2-shelved-after-2013':
                pass
            if eid == 'jp-2012-09-11-senkaku-purchase':
                extra.append(disagreement_note(sd["Date given for Japan's decision to purchase ('nationalize') three Senkaku islands"],
                                               'Date: recorded as 11 September 2012 (cabinet decision on funds and signing of the contract); sources date the purchase decision differently'))
            if eid == 'jp-1895-01-14-senkaku-cabinet-decision':
                extra.append(disagreement_note(sd["Character of Japan's Cabinet decision of 14 January 1895"]))
            if eid == 'kr-1900-10-25-imperial-decree-41':
                extra.append(disagreement_note(sd["Whether 'Seokdo' in Korea's Imperial Decree No. 41 (1900) is Dokdo"]))
            if eid == 'crimea-accession-treaty-signed-2014' and 'crimea-accession-treaty-2014' in converted:
                a, provs, an, acs = converted.pop('crimea-accession-treaty-2014')
                en.append({'text': f"The agreement: \"{a['title']}\" (Kremlin's English title); in Russian: \"{a['names'][0]['text']}\". Signed in the Kremlin (St George Hall of the Grand Kremlin Palace), Moscow; in force from signature.",
                           'citations': acs + [{'source': 'kremlin-2014-03-21-laws-crimea', 'excerpt': 'Federal Law On Ratifying the Agreement between the Russian Federation and the Republic of Crimea on Admitting to the Russian Federation the Republic of Crimea and Establishing within the Russian Federation New Constituent Entities.'}]})
                for p in provs:
                    en.append({'text': p['text'], 'citations': p['citations']})
                en += an
            o['citations'] = cites(cs)
            nn = notes(en, f'event {eid}') + extra
            if nn:
                o['notes'] = nn
            events.append(o)
    # San Francisco Peace Treaty: only Japan is given as a party
    a, provs, an, acs = converted.pop('san-francisco-peace-treaty-1951')
    sf = {'id': 'san-francisco-peace-treaty-1951', 'date': a['signed'],
          'title': 'Japan signs the Treaty of Peace with Japan (San Francisco Peace Treaty)',
          'summary': 'The Treaty of Peace with Japan was signed at San Francisco on 8 September 1951 and came into force on 28 April 1952; in Article 2(c) Japan renounced all right, title and claim to the Kurile Islands (Chishima Islands). The Soviet Union did not sign it.',
          'countries': ['jp'], 'territory': 'southern-kurils', 'citations': acs}
    sfn = [{'text': p['text'], 'citations': p['citations']} for p in provs] + an
    sfn.append(disagreement_note(kc["Whether the four islands are part of the 'Kurile Islands' Japan renounced in the 1951 San Francisco Peace Treaty"]))
    sfn.append({'text': 'Names: 日本国との平和条約 and サンフランシスコ平和条約 (Japanese); San Francisco Peace Treaty (English).',
                'citations': acs})
    sf['notes'] = sfn
    events.append(sf)
    assert not converted, converted
    # From The Hindu (source 003)
    events.append({
        'id': 'jp-ru-vice-ministerial-peace-treaty-talks-2013-09', 'date': '2013-09',
        'title': 'Japan-Russia vice-ministerial meeting on a peace treaty',
        'summary': "After Abe and Putin agreed in April 2013 to revive stalled peace-treaty talks, the first vice-ministerial-level meeting on the issue took place in September 2013; the next was scheduled for early 2014.",
        'countries': ['jp', 'ru'], 'territory': 'southern-kurils',
        'citations': [{'source': 'the-hindu-2013-11-02', 'excerpt': 'The two leaders agreed to revive stalled talks on a peace treaty. The first vice-ministerial-level meeting on the issue took place in September, and the next meeting is scheduled for early next year.'}]})
    return agreements, events


# --------------------------------------------------------------------------------------------
# Meetings
# --------------------------------------------------------------------------------------------
SESSION_KIND = {'working-dinner': 'working-meal', 'working-lunch': 'working-meal'}


def build_meetings():
    out = []
    tp, ap = dis_of('two-plus-two.json'), dis_of('abe-putin.json')
    pd = dis_of('positions.json')
    for f in ('two-plus-two.json', 'abe-putin.json'):
        for m in R[f]['records']['meetings']:
            mid = m['id']
            if m['format'] == 'phone-call':
                cit = ' '.join(c.get('excerpt', '') for c in m['citations'])
                if 'At the initiative of the Japanese side' in cit:
                    place = {'country': 'jp'}
                else:
                    log('left-out', f'meeting {mid} (phone call): the source does not say who placed the call, so it has no place; left out.')
                    continue
            else:
                place = m.get('place')
            if mid == 'jp-de-2plus2-first':
                place = {'city': 'Tokyo', 'country': 'jp', 'venue': 'Ministry of Foreign Affairs (Japanese side; held by videoconference)'}
                log('odd', 'jp-de-2plus2-first was held by videoconference; its place is recorded as the Japanese side\'s (Foreign Ministry, Tokyo, per the Yomiuri caption) with no host, and a note says so.')
            if not place:
                log('left-out', f'meeting {mid}: no place (and {"no end" if not m.get("end") else "span"}) in the sources; left out.')
                continue
            if not m.get('end') and m['format'] != 'phone-call':
                log('left-out', f'meeting {mid}: open span; left out.')
                continue
            start, end = m['start'], m.get('end', m['start'])
            if mid == 'jp-ru-2plus2-2017':
                start = end = '2017-03-20'
                log('odd', 'jp-ru-2plus2-2017: research span 20-21 March (Lavrov\'s announced visit) narrowed to 20 March, the one-day meeting (RFE/RL, AP, MOFA); the visit dates stay in a note.')
            if mid == 'jp-ru-2plus2-2018':
                start = end = '2018-07-31'
                log('odd', 'jp-ru-2plus2-2018: research span 30 July - 1 August (the ministers\' visit) narrowed to 31 July, the day of every session; the visit dates stay in a note.')
            o = {'id': mid, 'parties': m['parties'], 'format': m['format']}
            if start == end:
                o['date'] = start
            else:
                o['start'], o['end'] = start, end
            o['place'] = place
            if m.get('host') and mid != 'jp-de-2plus2-first':
                o['host'] = m['host']
            if m.get('occasion'):
                o['occasion'] = m['occasion']
            if m.get('series'):
                o['series'] = m['series']
                if m.get('number'):
                    o['number'] = m['number']
            sessions = []
            for s in m.get('sessions', []):
                so = {'kind': SESSION_KIND.get(s['kind'], s['kind']), 'date': s['date']}
                so['participants'] = [{'person': p['person'], 'office': p['office'], 'country': p['country']} for p in s['participants']]
                scs = s.get('citations', [])
                if mid == 'jp-ru-2plus2-2019' and s['kind'] == 'foreign-ministers':
                    scs = scs + [{'source': 'sputnik-2019-05-31', 'excerpt': 'Japanese Foreign Minister Taro Kono has mentioned that his Friday talks with Lavrov would be the fourth ministerial meeting this year.'}]
                if mid == 'jp-ru-2plus2-2013' and s['kind'] == 'foreign-ministers':
                    scs = scs + [{'source': 'scmp-2013-11-01', 'excerpt': 'In their one-on-one meeting, Lavrov and Kishida are expected to discuss a decades-old territorial row that has prevented the two countries signing a peace treaty after the second world war.'}]
                so['citations'] = cites(scs)
                if not so['citations']:
                    so.pop('citations')
                sessions.append(so)
            if sessions:
                o['sessions'] = sessions
            if m.get('topics'):
                o['topics'] = m['topics']
            outs = []
            for oc in m.get('outcomes', []):
                text = fix_text(oc['text'])
                if mid == 'jp-ru-2plus2-2018' and text.startswith('Agreed to continue holding 2+2'):
                    text = 'Agreed to continue holding 2+2 meetings (the Japanese and English MOFA texts differ on the venue of the next one; see notes).'
                ocs = oc['citations']
                if mid == 'jp-ru-2plus2-2017' and text.startswith("At the foreign ministers' meeting: affirmed that Prime Minister Abe"):
                    ocs = ocs + [{'source': 'rferl-2017-03', 'excerpt': 'Abe will visit Russia in late April to meet with President Vladimir Putin, Kishida said.'}]
                outs.append({'text': text, 'citations': cites(ocs)})
            if mid == 'jp-ru-2plus2-2019':
                outs.append({'text': 'Lavrov said he had invited Kono to visit Russia.',
                             'citations': [{'source': 'sputnik-2019-05-31', 'excerpt': 'The two countries\' diplomats have already begun setting the stage for the talks to come Lavrov said he had invited his Japanese counterpart to visit Russia.'}]})
            if outs:
                o['outcomes'] = outs
            mcs = m['citations']
            if mid == 'jp-ru-2plus2-2019':
                mcs = mcs + [{'source': 'sputnik-2019-05-31', 'excerpt': 'The talks were held in Tokyo on Thursday and Friday. The ministers managed to touch upon a large number of topics, from security to economic projects.'}]
            if mid == 'jp-ru-summit-2013-04-29':
                mcs = mcs + [{'source': 'the-hindu-2013-11-02', 'excerpt': 'He became the first Japanese leader in 10 years to pay an official visit to Russia in April this year for a summit meeting with Russian President Vladimir Putin.'}]
            o['citations'] = cites(mcs)
            mn = list(m.get('notes', []))
            extra = []
            if mid == 'jp-ru-2plus2-2013':
                mn.append({'text': "Russia became Japan's third 2+2 partner after the United States and Australia, and Japan the first Asian country with which Russia has the arrangement.",
                           'citations': [{'source': 'the-hindu-2013-11-02', 'excerpt': 'Russia has become only the third country after the United States and Australia to have established the two-plus-two mechanism of bilateral interaction at the ministerial level with Japan, while Japan is the first country in Asia to have this arrangement with Russia.'},
                                         {'source': 'scmp-2013-11-01', 'excerpt': 'Foreign Minister Sergey Lavrov and Defence Minister Sergei Shoigu will meet their Japanese counterparts Fumio Kishida and Itsunori Onodera in Tokyo in a so-called "2+2", something that Japan has only ever done before with the US and Australia.'}]})
            if mid == 'jp-ru-2plus2-2017':
                for n in mn:
                    if n['text'].startswith('AP describes'):
                        n['citations'] = n['citations'] + [{'source': 'rferl-2017-03', 'excerpt': 'Long strained over the island dispute, Japan-Russia ties worsened in 2014 after Moscow seized Crimea and supported separatists in eastern Ukraine, and Japan joined Western nations in imposing sanctions in response.'}]
            if mid == 'jp-ru-2plus2-2018':
                extra.append(disagreement_note(tp['Venue of the next (fourth) Japan-Russia 2+2 as agreed at the July 2018 Moscow round']))
            if mid == 'jp-ru-2plus2-2019':
                for n in mn:
                    if n['text'].startswith('Length of the 2+2'):
                        n['citations'] = n['citations'] + [{'source': 'mod-jp-2019-05-30-press', 'excerpt': '本日、午後5時10分から、約1時間45分間、昨年7月以来となる、第4回日露外務防衛閣僚協議を行いました。'}]
                    if n['text'].startswith('The summit the talks prepared for'):
                        n['citations'] = n['citations'] + [{'source': 'sputnik-2019-05-31', 'excerpt': 'Their meeting will be held in late June in the Japanese city of Osaka, Russian Foreign Minister Sergey Lavrov said on Friday. It will take place on the sidelines of the G20 summit on June 29.'}]
                extra.append(disagreement_note(pd['Dates of the 2019 2+2 in Tokyo'],
                                               'The visit spanned 30-31 May; the 2+2 proper was on 30 May and the foreign ministers\' talks on 31 May. How sources date it'))
            if mid == 'jp-id-2plus2-first':
                extra.append(disagreement_note(tp["Japan's 2+2 partners as of late 2015 / 2019 (some reports omit partners other sources document)"]))
            if mid == 'jp-au-2plus2-first':
                us = next(x for x in R['two-plus-two.json']['records']['meetings'] if x['id'] == 'jp-us-2plus2-first')
                for n in us['notes']:
                    mn.append({'text': 'On the United States, Japan\'s first 2+2 partner (the Japan-U.S. Security Consultative Committee, not recorded as a meeting here for lack of a place and participants): ' + n['text'],
                               'citations': n['citations']})
                extra.append(disagreement_note(tp['Date of the first meeting of the Japan-U.S. Security Consultative Committee']))
            if mid == 'jp-de-2plus2-first':
                pass
            if mid == 'jp-ru-summit-2013-06-17':
                extra.append(disagreement_note(ap['Date of the Abe-Putin meeting at the 2013 G8 summit (Lough Erne)'],
                                               'Date: recorded as 17 June 2013 (MOFA, 23:10 UK time); sources differ'))
            if mid == 'jp-ru-summit-2016-11-19':
                extra.append(disagreement_note(ap['Date of the Lima (APEC 2016) meeting'],
                                               'Date: recorded as 19 November 2016 (local time, MOFA); sources differ'))
            if mid == 'jp-ru-summit-2013-10-07':
                extra.append(disagreement_note(ap['Number of Abe-Putin summits in 2013']))
            if mid == 'jp-ru-summit-2018-05-26':
                extra.append(disagreement_note(ap['Running count of the 26 May 2018 Moscow meeting'],
                                               'Number: recorded as 21 (Kyodo); sources differ on the running count'))
            if mid == 'jp-ru-summit-2015-09-28':
                extra.append(disagreement_note(ap['When the one-on-one part of the 28 Sep 2015 New York meeting took place']))
            if mid == 'jp-ru-summit-2018-09-10':
                extra.append(disagreement_note(ap['Timing of the September 2018 Vladivostok meeting relative to the Eastern Economic Forum'],
                                               'Date: recorded as 10 September 2018, the day of the bilateral talks; sources relate it differently to the Eastern Economic Forum'))
            if mid == 'jp-ru-summit-2018-11-14':
                extra.append(disagreement_note(ap['Time of day of the Singapore meeting (14 Nov 2018)']))
            if mid == 'jp-ru-summit-2014-11-09':
                extra.append(disagreement_note(ap["Basis of the running count: Japanese sources count either from Abe's first term (2006-07) or only from the second Abe cabinet (December 2012); the same Beijing 2014 meeting is 10th on one basis and 7th on the other"],
                                               'The series numbers count meetings including Abe\'s first term (2006-07); sources use two bases'))
            nn = notes(mn, f'meeting {mid}') + extra
            if nn:
                o['notes'] = nn
            out.append(o)
    return out


# --------------------------------------------------------------------------------------------
# Positions
# --------------------------------------------------------------------------------------------
# duplicates across the research files: (file, id) dropped -> id kept (citations and notes merged)
DUPS = {
    ('senkaku-dokdo.json', 'cn-2013-10-26-geng-drones-act-of-war'): 'cn-2013-10-26-drone-shootdown-act-of-war',
    ('two-plus-two.json', 'jp-2017-03-20-official-missiles-concern'): 'jp-2017-03-official-concern-etorofu-missiles',
    ('two-plus-two.json', 'jp-2017-03-20-kishida-future-relations'): 'jp-2017-03-20-kishida-future-oriented-relations',
    ('two-plus-two.json', 'jp-2017-03-20-kishida-north-korea'): 'jp-2017-03-20-kishida-north-korea-mutual-understanding',
    ('two-plus-two.json', 'jp-2017-03-20-joint-economic-proposals'): 'jp-2017-03-20-kishida-joint-economic-proposals',
    ('two-plus-two.json', 'ru-2017-03-20-lavrov-missile-defence-redundant'): 'ru-2017-03-20-lavrov-us-missile-defence-redundant',
    ('two-plus-two.json', 'ru-2017-03-20-lavrov-joint-activities'): 'ru-2017-03-20-lavrov-joint-activity-proposals',
    ('two-plus-two.json', 'ru-2013-11-01-lavrov-no-provocative-comments'): 'ru-2013-11-01-lavrov-avoid-provocative-remarks',
    ('two-plus-two.json', 'ru-2013-11-02-lavrov-new-stage'): 'ru-2013-11-02-lavrov-new-stage',
    ('two-plus-two.json', 'jp-2013-11-02-kishida-new-page'): 'jp-2013-11-02-kishida-new-page',
    ('two-plus-two.json', 'ru-2019-05-30-lavrov-sovereign-territory'): 'ru-2019-05-30-lavrov-forces-on-sovereign-territory',
    ('two-plus-two.json', 'ru-2019-05-30-lavrov-us-missile-defence'): 'ru-2019-05-30-concern-us-missile-defence-in-japan',
    ('two-plus-two.json', 'ru-2019-05-31-lavrov-not-automatically-closer'): 'ru-2019-05-31-lavrov-meetings-not-automatically-agreement',
    ('two-plus-two.json', 'ru-2019-05-31-lavrov-1956-declaration'): 'ru-2019-05-31-lavrov-never-gave-up-1956-declaration',
    ('kurils-crimea.json', 'ru-2019-05-31-lavrov-1956-declaration'): 'ru-2019-05-31-lavrov-never-gave-up-1956-declaration',
    ('two-plus-two.json', 'ru-2019-05-31-lavrov-new-economic-formats'): 'ru-2019-05-lavrov-new-formats-economic-cooperation-kurils',
    ('two-plus-two.json', 'jp-2019-05-30-buildup-unacceptable'): 'jp-2019-05-30-kono-military-buildup-unacceptable',
    ('two-plus-two.json', 'analyst-2019-05-31-brown-gap'): 'analyst-brown-2019-05-2plus2-differences-justify-format',
    ('two-plus-two.json', 'analyst-2019-05-31-togo-not-deadlocked'): 'analyst-togo-2019-05-talks-not-deadlocked',
    ('two-plus-two.json', 'ru-2013-11-02-shoigu-missile-defence-concern'): 'ru-2013-11-02-shoigu-grave-concern-us-missile-defence',
    ('abe-putin.json', 'ru-2016-12-ushakov-joint-activity-russian-law'): 'ru-2016-12-15-ushakov-joint-activity-under-russian-law',
    ('abe-putin.json', 'ru-2018-05-26-putin-patient-search'): 'ru-2018-05-26-putin-mutually-acceptable-solution',
    ('two-plus-two.json', 'ru-2018-07-31-lavrov-aegis-concern'): 'ru-2018-07-31-lavrov-concern-aegis-ashore',
    ('abe-putin.json', 'ru-2018-09-12-putin-treaty-without-preconditions'): 'ru-2018-09-12-putin-peace-treaty-without-preconditions',
    ('two-plus-two.json', 'jp-2018-07-31-buildup-regrettable'): 'jp-2018-07-31-buildup-northern-territories-regrettable',
    ('two-plus-two.json', 'jp-2018-07-31-md-purely-defensive'): 'jp-2018-07-31-missile-defence-purely-defensive',
    ('abe-putin.json', 'jp-2018-11-14-abe-singapore-1956'): 'jp-2018-11-14-abe-accelerate-on-1956-basis',
    ('two-plus-two.json', 'jp-2013-11-01-official-peace-treaty-impact'): 'jp-2013-official-2plus2-indirect-impact-peace-treaty',
    ('two-plus-two.json', 'jp-2013-11-01-official-no-compromise'): 'jp-2013-official-russia-not-ready-to-compromise',
    ('abe-putin.json', 'jp-2013-11-01-mofa-official-territorial-compromise'): 'jp-2013-official-russia-not-ready-to-compromise',
}

# positions the research left undated whose citation states the year
DATE_FROM_CITATION = {
    'jp-joined-sanctions-over-crimea': ('2014', 'Japan-Russia ties worsened in 2014 after Moscow seized Crimea'),
}

# meeting links the curator adds (the research left them out only for want of a meeting id)
ADD_MEETING = {
    'jp-2013-04-abe-agrees-revive-peace-treaty-talks': 'jp-ru-summit-2013-04-29',
    'ru-2013-04-putin-agrees-revive-peace-treaty-talks': 'jp-ru-summit-2013-04-29',
}


def holder(h):
    if 'analyst' in h:
        pid = h['analyst'].lower().replace(' ', '-')
        o = {'kind': 'analyst', 'person': pid}
        if h.get('affiliation'):
            o['description'] = h['affiliation']
        return o
    if 'unnamedOfficial' in h:
        return {'kind': 'unnamed-official', 'country': h['country'], 'description': h['unnamedOfficial']}
    if 'person' in h:
        return {'kind': 'official', 'country': h['country'], 'person': h['person']}
    return {'kind': 'government', 'country': h['country']}


def raw_positions():
    allp = []
    for f in ('positions.json', 'two-plus-two.json', 'abe-putin.json', 'senkaku-dokdo.json', 'kurils-crimea.json'):
        for p in R[f]['records'].get('positions', []):
            allp.append((f, p))
    return allp


def build_positions(meetings):
    mspan = {}
    for m in meetings:
        mspan[m['id']] = (m.get('date') or m['start'], m.get('date') or m['end'])
    kept = collections.OrderedDict()
    merged_into = collections.defaultdict(list)
    for f, p in raw_positions():
        key = (f, p['id'])
        if key in DUPS:
            merged_into[DUPS[key]].append((f, p))
            continue
        if p['id'] in kept:
            raise SystemExit(f'unexpected duplicate position id {p["id"]} in {f}')
        kept[p['id']] = (f, p)
    for tgt, srcs in merged_into.items():
        assert tgt in kept, tgt
        for f, p in srcs:
            log('merged', f'position {p["id"]} ({f}) is the same statement as {tgt}; merged into it (citations added).')
    pd, sd, kc = dis_of('positions.json'), dis_of('senkaku-dokdo.json'), dis_of('kurils-crimea.json')
    out = []
    for pid, (f, p) in kept.items():
        date = p.get('date')
        if not date and pid in DATE_FROM_CITATION:
            date, must = DATE_FROM_CITATION[pid]
            assert any(must in c.get('excerpt', '') for c in p['citations'])
            log('odd', f'position {pid}: undated in the research; dated {date} from its own citation ("{must}").')
        if not date:
            log('left-out', f'position {pid} ({f}): no date in the sources (the format requires one); left out. Summary: {p["summary"][:160]}')
            continue
        o = {'id': pid, 'holder': holder(p['holder']), 'topic': p['topic'], 'stance': p['stance'],
             'summary': fix_text(p['summary'])}
        if p.get('quote'):
            o['quote'] = p['quote']
        o['date'] = date
        meeting = p.get('meeting') or ADD_MEETING.get(pid)
        if pid in ADD_MEETING:
            log('odd', f'position {pid}: linked to {ADD_MEETING[pid]} (the April 2013 Moscow summit, dated by MOFA in the Abe-Putin notes); the positions research had not assigned an id.')
        if meeting:
            if meeting not in mspan:
                log('meeting-link', f'position {pid}: meeting {meeting} has no meeting record; link dropped, position kept.')
                meeting = None
            else:
                s, e = mspan[meeting]
                # within: the position's day(s) inside the span, or the position's (coarser) date contains the start
                inside = (s <= date <= e) if len(date) == 10 else s.startswith(date)
                if not inside:
                    log('meeting-link', f'position {pid}: dated {date}, outside meeting {meeting} ({s}..{e}); link dropped, position kept.')
                    meeting = None
        if meeting:
            o['meeting'] = meeting
        cs = list(p['citations'])
        pn = list(p.get('notes', []))
        for f2, d in merged_into.get(pid, []):
            cs += d['citations']
            pn += d.get('notes', [])
        o['citations'] = cites(cs)
        extra = []
        if pid == 'cn-2013-10-26-drone-shootdown-act-of-war':
            extra.append(disagreement_note(pd["Date of the Chinese defence ministry statement calling a Japanese drone shoot-down an 'act of war' (000 says only 'last week')"],
                                           'Date: recorded as 26 October 2013; sources differ on the day'))
            extra.append(disagreement_note(sd["Day of Chinese defence spokesman Geng Yansheng's 'act of war' remarks on drones (October 2013)"],
                                           'Further reports of the day differ'))
        if pid == 'ru-2019-05-31-lavrov-1956-goodwill-islands-soviet-territory':
            extra.append(disagreement_note(pd["Wording of Lavrov's 31 May 2019 remark about how the islands were regarded when the 1956 Declaration was signed"]))
        if pid == 'ru-2019-05-30-lavrov-forces-on-sovereign-territory':
            extra.append(disagreement_note(pd["Wording of Lavrov's 30 May 2019 reply on Russian forces in the southern Kurils (translation variants)"]))
        if pid == 'ru-2019-05-31-lavrov-never-gave-up-1956-declaration':
            extra.append(disagreement_note(pd['Year of the Japan-US security treaty that, per Russia, put the 1956 Declaration on hold']))
        if pid == 'jp-1952-01-28-note-verbale-rhee-line':
            extra.append(disagreement_note(sd["Date of Japan's note verbale protesting the Syngman Rhee Line (1952)"],
                                           'Date: recorded as 28 January 1952 (Cabinet Secretariat); sources differ'))
        if pid == 'jp-2014-03-19-abe-condemns-crimea':
            extra.append(disagreement_note(kc["Wording of Abe's 19 March 2014 Diet statement on Crimea (translations differ)"]))
        nn = notes(pn, f'position {pid}') + extra
        if nn:
            o['notes'] = nn
        out.append(o)
    return out


# --------------------------------------------------------------------------------------------
# Canonical writing
# --------------------------------------------------------------------------------------------
ORDER = {
    'source': ['id', 'publisher', 'via', 'headline', 'author', 'published', 'url', 'language', 'kind', 'notes'],
    'country': ['id', 'alpha2', 'alpha3', 'numeric', 'iso3166Part3', 'cowCode', 'cowAbbreviation', 'gwCode', 'wikidata', 'names', 'start', 'end', 'predecessor', 'successor', 'citations', 'notes'],
    'person': ['id', 'names', 'variants', 'wikidata', 'tenures', 'citations', 'notes'],
    'tenure': ['office', 'country', 'start', 'end', 'title', 'citations'],
    'topic': ['id', 'label', 'territory', 'notes'],
    'territory': ['id', 'neutralName', 'names', 'features', 'administration', 'coordinate', 'citations', 'notes'],
    'feature': ['id', 'names', 'coordinate', 'citations'],
    'administration': ['country', 'start', 'end', 'citations'],
    'coordinate': ['latitude', 'longitude'],
    'claim': ['id', 'claimant', 'territory', 'start', 'end', 'basis', 'status', 'citations', 'notes'],
    'agreement': ['id', 'title', 'names', 'parties', 'signed', 'place', 'inForce', 'provisions', 'topics', 'citations', 'notes'],
    'event': ['id', 'date', 'start', 'end', 'title', 'summary', 'countries', 'territory', 'citations', 'notes'],
    'meeting': ['id', 'parties', 'format', 'date', 'start', 'end', 'place', 'host', 'occasion', 'series', 'number', 'sessions', 'topics', 'outcomes', 'citations', 'notes'],
    'session': ['kind', 'date', 'place', 'participants', 'citations'],
    'participant': ['person', 'office', 'country'],
    'position': ['id', 'holder', 'topic', 'stance', 'summary', 'quote', 'date', 'meeting', 'citations', 'notes'],
    'holder': ['kind', 'country', 'person', 'description'],
    'place': ['city', 'country', 'venue'],
    'name': ['text', 'language', 'romanization', 'usedBy'],
    'citation': ['source', 'excerpt'],
    'note': ['text', 'citations'],
    'provision': ['text', 'citations'],
    'outcome': ['text', 'citations'],
}
CHILD = {
    ('*', 'notes'): 'note', ('*', 'citations'): 'citation', ('*', 'names'): 'name', ('*', 'place'): 'place',
    ('person', 'tenures'): 'tenure', ('territory', 'features'): 'feature', ('territory', 'administration'): 'administration',
    ('*', 'coordinate'): 'coordinate', ('agreement', 'provisions'): 'provision', ('meeting', 'sessions'): 'session',
    ('session', 'participants'): 'participant', ('meeting', 'outcomes'): 'outcome', ('position', 'holder'): 'holder',
}


def child_kind(kind, field):
    return CHILD.get((kind, field)) or CHILD.get(('*', field))


def canon(obj, kind):
    if isinstance(obj, dict):
        order = ORDER[kind]
        unknown = [k for k in obj if k not in order]
        assert not unknown, (kind, unknown, obj.get('id'))
        out = collections.OrderedDict()
        for k in order:
            if k not in obj:
                continue
            v = obj[k]
            if v is None or v == [] or v == '':
                continue
            ck = child_kind(kind, k)
            if isinstance(v, list):
                out[k] = [canon(x, ck) if isinstance(x, dict) else x for x in v]
            elif isinstance(v, dict):
                out[k] = canon(v, ck)
            else:
                out[k] = v
        return out
    return obj


def dump(v, depth=0):
    ind = '  '
    if isinstance(v, dict):
        if not v:
            return '{}'
        items = [f'{ind * (depth + 1)}{json.dumps(k, ensure_ascii=False)}: {dump(x, depth + 1)}' for k, x in v.items()]
        return '{\n' + ',\n'.join(items) + '\n' + ind * depth + '}'
    if isinstance(v, list):
        if not v:
            return '[]'
        if all(isinstance(x, (str, int, float)) and not isinstance(x, bool) for x in v):
            return '[' + ', '.join(dump(x) for x in v) + ']'
        return '[\n' + ',\n'.join(ind * (depth + 1) + dump(x, depth + 1) for x in v) + '\n' + ind * depth + ']'
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return json.dumps(v, ensure_ascii=False)


def write(fname, records, kind):
    text = dump([canon(r, kind) for r in records]) + '\n'
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8') as fh:
        fh.write(text)


def main():
    countries = build_countries()
    all_positions = [p for f, p in raw_positions()]
    people = build_people(all_positions)
    topics = build_topics()
    territories = build_territories()
    claims = build_claims()
    agreements, events = build_agreements_events()
    meetings = build_meetings()
    positions = build_positions(meetings)

    # left-out research records (reported)
    for f in FILES:
        for u in R[f].get('unverified', []):
            log('unverified', f'[{f}] {u}')

    # keep only sources that are cited? No: all research sources are kept (brief: merge all).
    write('sources.json', SOURCES, 'source')
    write('countries.json', countries, 'country')
    write('people.json', people, 'person')
    write('topics.json', topics, 'topic')
    write('territories.json', territories, 'territory')
    write('claims.json', claims, 'claim')
    write('agreements.json', agreements, 'agreement')
    write('events.json', events, 'event')
    write('meetings.json', meetings, 'meeting')
    write('positions.json', positions, 'position')

    counts = collections.OrderedDict([
        ('sources', len(SOURCES)), ('countries', len(countries)), ('people', len(people)),
        ('topics', len(topics)), ('territories', len(territories)),
        ('features', sum(len(t.get('features', [])) for t in territories)),
        ('claims', len(claims)), ('agreements', len(agreements)), ('events', len(events)),
        ('meetings', len(meetings)), ('sessions', sum(len(m.get('sessions', [])) for m in meetings)),
        ('positions', len(positions))])
    # every note in the data
    allnotes = []

    def collect(x, where):
        if isinstance(x, dict):
            for n in x.get('notes', []) or []:
                allnotes.append((where, n['text']))
            for k, v in x.items():
                if k != 'notes':
                    collect(v, where)
        elif isinstance(x, list):
            for v in x:
                collect(v, where)
    for kind, recs in (('source', SOURCES), ('country', countries), ('person', people), ('territory', territories),
                       ('claim', claims), ('agreement', agreements), ('event', events), ('meeting', meetings),
                       ('position', positions)):
        for r in recs:
            collect(r, f'{kind} {r["id"]}')
    json.dump({'counts': counts, 'log': LOG, 'notes': allnotes},
              open('/tmp/build_log.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    write_notes_md(counts, (('source', SOURCES), ('country', countries), ('person', people), ('territory', territories),
                            ('claim', claims), ('agreement', agreements), ('event', events), ('meeting', meetings),
                            ('position', positions)))
    print(json.dumps(counts))
    for k, v in LOG.items():
        print(k, len(v))


# disagreements recorded by notes the research itself wrote on the record
COVERED_BY_RESEARCH_NOTE = {
    ('two-plus-two.json', 'How long the May 2019 Tokyo 2+2 lasted'): 'meeting jp-ru-2plus2-2019 (note "Length of the 2+2 ...", MOD citation added)',
    ('two-plus-two.json', "Start of the Russian ministers' May 2019 visit to Japan"): 'meeting jp-ru-2plus2-2019 (note "Visit dates ...")',
    ('two-plus-two.json', "Wording of Lavrov's 30 May 2019 reply on Russian forces on the Kurils (translation variants)"): 'meeting jp-ru-2plus2-2019 (note "Lavrov\'s reply on the Kurils is rendered differently ..."); also position ru-2019-05-30-lavrov-forces-on-sovereign-territory',
    ('two-plus-two.json', 'What the 2014 annexation that suspended the 2+2 was of (AP wording error)'): 'source ap-2017-03-20 (note) and meeting jp-ru-2plus2-2017 (note "AP describes ...", RFE/RL citation added)',
    ('positions.json', 'The event after which the Japan-Russia 2+2 was shelved (2014)'): 'source ap-2017-03-20 (note) and meeting jp-ru-2plus2-2017 (note "AP describes ...")',
    ('kurils-crimea.json', "Which territory Russia annexed in 2014 (source 001's error)"): 'source ap-2017-03-20 (note) and meeting jp-ru-2plus2-2017 (note "AP describes ...")',
}


def write_notes_md(counts, kinds):
    dis_rows = []
    used = set()
    for kind, recs in kinds:
        for r in recs:
            def walk(x):
                if isinstance(x, dict):
                    for n in x.get('notes', []) or []:
                        if n['text'] in DIS_TEXTS:
                            dis_rows.append((f'{kind} {r["id"]}', DIS_TEXTS[n['text']]))
                            used.add(DIS_TEXTS[n['text']])
                    for k, v in x.items():
                        if k != 'notes':
                            walk(v)
                elif isinstance(x, list):
                    for v in x:
                        walk(v)
            walk(r)
    unmapped = []
    for f in FILES:
        for d in R[f]['disagreements']:
            if d['what'] in used:
                continue
            if (f, d['what']) in COVERED_BY_RESEARCH_NOTE:
                dis_rows.append((COVERED_BY_RESEARCH_NOTE[(f, d['what'])], d['what']))
            else:
                unmapped.append(f'{f}: {d["what"]}')
    total_dis = sum(len(R[f]['disagreements']) for f in FILES)
    L = []
    L.append('# Parley bundled dataset 2026.1: curation notes')
    L.append('')
    L.append('Built by `/work/research/build_dataset.py` from the research notes in `/work/research/*.json` '
             '(two-plus-two, abe-putin, countries-people, senkaku-dokdo, kurils-crimea, positions) and the five '
             'source articles in `/work/shared/sources/`. The reader compiles it cleanly (`./mvnw -q -o process-classes`), '
             'and every file is byte-identical to what the library\'s own `DatasetWriter` writes (canonical form). '
             'All 144 excerpts quoted from the five articles were checked verbatim against the article files.')
    L.append('')
    L.append('## Counts')
    L.append('')
    L.append('| kind | records |')
    L.append('|---|---|')
    for k, v in counts.items():
        L.append(f'| {k} | {v} |')
    L.append('')
    L.append('(features are inside territories; sessions inside meetings.)')
    L.append('')
    L.append('## Facts left out for lack of a citation or of a required field')
    L.append('')
    L.append('Records or values the research had but that could not enter (the format needs the field and no source gives it):')
    L.append('')
    for l in LOG['left-out']:
        L.append(f'- {l}')
    for l in LOG['dropped-note']:
        L.append(f'- {l}')
    for l in LOG['meeting-link']:
        L.append(f'- {l}')
    n_held = [len([t for t in p.get('tenures', []) if 'heldOn' in t]) for p in R['two-plus-two.json']['records']['people']]
    L.append(f'- Office holdings observed on a date ("heldOn" in two-plus-two.json, {sum(n_held)} observations for {len([x for x in n_held if x])} people) are not tenures: a tenure needs a start. People without verified tenure dates therefore have no tenures (the reader then skips the office check for their sessions): ' + ', '.join(sorted({l.split(' ')[0] for l in LOG['tenure-note'] if 'heldOn' in l and not any(l.startswith(p) for p in ('fumio-kishida', 'itsunori-onodera', 'sergey-lavrov', 'sergey-shoigu', 'tomomi-inada', 'taro-kono', 'takeshi-iwaya', 'shinzo-abe'))})) + '.')
    L.append("- Source 002 (RFE/RL): Abe \"has said\" resolving issues with Russia matters for regional stability — no date or occasion, so no position (listed above).")
    L.append('')
    L.append('What the researchers looked for and could not confirm (their "unverified" lists, as they wrote them). None of these unconfirmed facts is in the data; where the curator acted on an item, a bracketed remark says how:')
    L.append('')
    ann = {
        "ISO 3166-1 alpha-2 'SU'": ' [curator: SU is recorded, cited from TCVN 7217-3:2013, the national adoption of ISO 3166-3; see below]',
        'New topic ids used; please add': ' [curator: added to topics.json with labels]',
        "New topic id used: 'bilateral-relations'": ' [curator: added to topics.json]',
        'Phone calls: only four well-sourced calls': ' [curator: only the call of 4 April 2017 is in the data, with place Japan (the Kremlin says it was at the Japanese side\'s initiative); the other three have no caller in the sources and are left out]',
        "Start date of Ukraine's claim/administration of Crimea": ' [curator: no administration spell for Ukraine; the claim is dated 2014-03 with a note]',
        'Person records needed (ids used but not in countries-people.json)': ' [curator: name-only person records made from cited excerpts]',
        'New person ids used in holders': ' [curator: name-only person records made from cited excerpts]',
        'Summit meeting ids used but not defined in this file': ' [curator: all exist as Abe-Putin meeting records]',
        "Person ids used in positions (osamu-fujimura": ' [curator: name-only person records made from cited excerpts]',
        'Exact date and place of the April 2013 Abe-Putin summit': ' [curator: the Abe-Putin notes date it 29 April 2013 in the Kremlin (MOFA); the two April 2013 positions are linked to that meeting]',
    }
    for l in LOG['unverified']:
        extra = next((v for k, v in ann.items() if k in l), '')
        L.append(f'- {l}{extra}')
    L.append('')
    L.append(f'## Disagreements recorded as notes ({len(dis_rows)} notes for the {total_dis} research disagreements)')
    L.append('')
    L.append('Each note says which source says what and cites each; the field keeps the value best supported by primary sources.')
    L.append('')
    for rec, what in dis_rows:
        L.append(f'- `{rec}`: {what}')
    if unmapped:
        L.append('')
        L.append('NOT MAPPED (to fix): ' + '; '.join(unmapped))
    L.append('')
    L.append('## Odd things and curator decisions')
    L.append('')
    for l in LOG['odd']:
        L.append(f'- {l}')
    for l in LOG['merged']:
        L.append(f'- {l}')
    for l in LOG['tenure-note']:
        if 'heldOn' not in l:
            L.append(f'- {l}')
    L.extend(EXTRA_ODD)
    open(os.path.join(RESEARCH, 'DATASET-NOTES.md'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')
    if unmapped:
        print('UNMAPPED DISAGREEMENTS:', unmapped)


EXTRA_ODD = [
    '- Session kind "working-dinner" in the research is written "working-meal" (the format\'s value).',
    '- Research field names converted to FORMAT.md: lang → language; cow/gw → cowCode/gwCode; cowAbbr → cowAbbreviation; alpha4 → iso3166Part3 (gwAbbr dropped: no such field); coordinate lat/lon → latitude/longitude; holder shapes → holder.kind (official, government, unnamed-official with description, analyst with person and description); events\' "text" → summary plus an editorial title; per-name citations, coordinate citations, feature notes and administration notes (not in the format) moved to the territory\'s citations and notes; tenure "note" remarks moved to person notes where they record a fact.',
    '- Publisher strings of the form "X (via Y)" / "X (as carried by Y)" were split into publisher and via.',
    '- Some unnamed-official holders are in fact named in the source (the Deputy Chief Cabinet Secretary 野上浩太郎, Deputy Chief Cabinet Secretary Kato, Russian MFA spokesman Alexander Lukashevich): kept as the research recorded them (no person record could be made with a cited English name for all of them); the description carries the name.',
    '- Russia as party to the 1855, 1875 and 1905 treaties is the id "ru" (the Russian Empire at the time), as in the research; each such agreement has a note saying so. No separate id for the Russian Empire exists in the conventions.',
    '- The Japanese-Russian 2013 joint statement (jp-ru-joint-statement-partnership-2013) keeps its Japanese title; no English title was seen.',
    '- The 2+2 with Germany (2021) was a videoconference; see its note. The Japan-US "first 2+2" (the Security Consultative Committee, 1960) has no place, end or participants in the sources and is only described in a note on jp-au-2plus2-first.',
    '- The seven summit ids positions.json used without defining them (jp-ru-summit-2016-12-15, -2017-04-27, -2017-09-07, -2017-11-10, -2018-05-26, -2018-11-14, -2019-01-22) all exist as meetings from the Abe-Putin notes, so those links are kept. Positions dated only to a month or year (e.g. "2019-05") keep their meeting link when the month contains the meeting.',
    '- Near-duplicate positions with different holders are kept (e.g. Japan\'s government position on missile defence at the 2018 and 2019 2+2 alongside Onodera\'s and Iwaya\'s own statements): the holders differ.',
    '- The Korean Empire (Imperial Decree No. 41, 1900) is the id "kr" in event kr-1900-10-25-imperial-decree-41, as in the research (no separate id exists).',
    '- 5 sources are kept though nothing cites them any more (the three phone calls left out and two undated positions): mofa-2016-01-22-phone, mofaj-2017-09-04-phone, kremlin-2013-09-10-phone, voa-lavrov-crimea-closed, investigator-abe-crimea-not-discussed.',
    '- The tcvn-7217-3-2013 source (added for the alpha2 SU) has no headline recorded (only its table excerpt was seen).',
    '- The territory southern-kurils has no name with usedBy "su" (the Soviet Union\'s former claim): no source gives one.',
]


if __name__ == '__main__':
    main()
