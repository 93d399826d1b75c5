# Writes plan2 as a folder of per-sheet CSVs with synonym headers and dd/mm/yyyy text dates.
import csv, re, os, sys
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst, exist_ok=True)
syn = {
 'Periods': {'Period': 'Sprint'},
 'People': {'Person': 'Name', 'Capacity': 'Availability'},
 'Items': {'Key': 'Issue key', 'Title': 'Summary', 'Type': 'Issue type', 'Owner': 'Assignee', 'Estimate': 'Story points',
           'Actual': 'Time spent', 'Period': 'Sprint', 'Due': 'Deadline', 'Added': 'Created', 'Done': 'Resolved',
           'Depends on': 'Blocked by', 'Success criteria': 'Definition of done', 'Goal': 'Epic'},
 'Updates': {'Health': 'RAG', 'Note': 'Comment'},
 'Changes': {'Change': 'Event'},
}
def dmy(v):
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', v)
    return f'{m[3]}/{m[2]}/{m[1]}' if m else v
for f in ['Plan', 'Periods', 'People', 'Items', 'Updates', 'Changes']:
    rows = list(csv.reader(open(f'{src}/{f}.csv')))
    rows[0] = [syn.get(f, {}).get(h, h) for h in rows[0]]
    with open(f'{dst}/{f}.csv', 'w', newline='') as o:
        csv.writer(o).writerows([rows[0]] + [[dmy(c) for c in r] for r in rows[1:]])
