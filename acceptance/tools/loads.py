# Arithmetic check of my own expectations (loads, engineering share, top-priority share) from an ISO source folder.
import csv, sys, re, collections
d = sys.argv[1]
items = [{({'KEY':'Key','ESTIMATE':'Estimate'}).get(k,k): v for k, v in r.items()} for r in csv.DictReader(open(d + '/Items.csv'))]
people = {r['Person']: r for r in csv.DictReader(open(d + '/People.csv'))}
removed = set()
try:
    for c in csv.DictReader(open(d + '/Changes.csv')):
        if c['Change'].lower() == 'removed': removed.add(c['Key'])
except FileNotFoundError: pass
ENG = {'tech debt', 'reliability', 'infrastructure', 'maintenance', 'tooling', 'refactoring'}
dep = {"won't do", 'descoped', 'cut', 'deferred', 'dropped', 'deprioritized'}
pl = collections.defaultdict(float); tl = collections.defaultdict(float); te = collections.defaultdict(float)
tn = collections.defaultdict(int); tt = collections.defaultdict(int)
for it in items:
    if it['Status'].lower() in dep or it['Key'] in removed or not it['Period']: continue
    est = float(it['Estimate'] or 0); k = (it['Team'], it['Period'])
    owners = [o.strip() for o in re.split(r',|;|/|&|\+| and ', it['Owner']) if o.strip()]
    for o in owners: pl[(o, it['Period'])] += est / len(owners)
    tl[k] += est; tn[k] += 1
    if it['Type'].lower() in ENG: te[k] += est
    if it['Priority'] in ('P0', 'Highest', 'Blocker', 'Critical', 'Must'): tt[k] += 1
def cap(p, per):
    r = people.get(p)
    if not r: return None
    return float(r.get(per) or r['Capacity'])
for (p, per), v in sorted(pl.items()):
    c = cap(p, per); print(f'person {p:6} {per:9} {v:5} / {c}  {"" if c is None else round(100*v/c,1)}%')
for k in sorted(tl):
    c = sum(cap(p, k[1]) for p, r in people.items() if r['Team'] == k[0])
    print(f'team {k} load {tl[k]} cap {c} {round(100*tl[k]/c,1) if c else "-"}% eng {round(100*te[k]/tl[k],1)}% top {tt[k]}/{tn[k]}')
