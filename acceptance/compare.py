# Runs the auditor on every plan in expected.txt and compares findings and import issues with expectations.
import subprocess, json, collections, os, sys
here = os.path.dirname(os.path.abspath(__file__)); root = os.path.dirname(here)
exp = collections.defaultdict(set); asof = {}; imp = collections.defaultdict(set)
for line in open(os.path.join(here, 'expected.txt')):
    if line.startswith('#') or not line.strip(): continue
    f = line.strip().split('|')
    if f[0] == 'IMPORT': imp[f[1]].add((f[2], int(f[3]), f[4])); exp.setdefault(f[1], set()); continue
    exp[f[0]].add(tuple(f[2:])); asof[f[0]] = f[1]
tot = hit = 0
for plan, want in exp.items():
    cmd = ['java', '-jar', os.path.join(root, 'target/execution-auditor.jar'), 'audit', os.path.join(here, plan), '--format', 'json']
    if asof.get(plan): cmd += ['--as-of', asof[plan]]
    r = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=root).stdout)
    got = {(x['ruleId'], x['subject']['id'], x['subject'].get('period', ''), x['severity']) for x in r['findings']}
    gi = {(x['sheet'], x['row'], x['column']) for x in r['importIssues']}
    tot += len(want); hit += len(want & got)
    print(f'{plan}: expected {len(want)}, found {len(want & got)}, extra {len(got - want)}')
    for m in sorted(want - got): print('  MISSED', m)
    for m in sorted(got - want): print('  EXTRA ', m)
    if gi != imp.get(plan, set()): print('  IMPORT ISSUES differ: got', gi, 'expected', imp.get(plan, set()))
print(f'recall {hit}/{tot}; rules planted: {len({k[0] for v in exp.values() for k in v})}/24')
