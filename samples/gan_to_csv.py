#!/usr/bin/env python3
"""Convert a GanttProject .gan file into the auditor's per-sheet CSV folder.

    python3 samples/gan_to_csv.py samples/sources/HouseBuildingSample.gan samples/sources/house-building \
        --name "House building (GanttProject sample)" --as-of 2024-06-26

Writes Plan.csv, Periods.csv, People.csv and Items.csv into the folder and leaves any other file there
(an Updates.csv written by hand, for instance) alone. Standard library only.

How the plan is read:
- items are the leaf tasks; a summary task is the Goal of the tasks under it; milestones are skipped;
- the people allocated to a task are its owners (the one marked responsible first);
- the task's duration in working days is its estimate; its start and last working day are Start and Due;
- percent complete gives the status: 0 to do, 1-99 in progress, 100 done;
- <depend> links give Depends on; a link through a milestone or a summary task is followed to the
  leaf tasks behind it, and a task inherits the predecessors of its summary tasks;
- periods are calendar months, and each item is committed to the month of its due date;
- each person's capacity in a month is the number of working days in it (weekends and holidays of
  the project calendar and the person's vacations taken out).
"""
import argparse
import calendar
import csv
import datetime as dt
import os
import statistics
import xml.etree.ElementTree as ET

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
DEFAULT_ROLES = {"Default:0": "Undefined", "Default:1": "Project manager"}


def parse_date(text):
    return dt.date.fromisoformat(text)


class Calendar:
    """Working days: the default week of the project, minus its holidays and, per person, vacations."""

    def __init__(self, root):
        week = root.find("calendars/day-types/default-week")
        self.weekend = {i for i, day in enumerate(WEEKDAYS) if week is not None and week.get(day) == "1"}
        self.holidays = set()
        for holiday in root.findall("calendars/date"):
            if holiday.get("type", "HOLIDAY") == "HOLIDAY":
                self.holidays.add(dt.date(int(holiday.get("year")), int(holiday.get("month")),
                                          int(holiday.get("date"))))

    def working(self, day, off=()):
        return day.weekday() not in self.weekend and day not in self.holidays and day not in off

    def last_day(self, start, duration):
        """The last working day of a task of `duration` working days that starts on `start`."""
        day, left = start, max(duration, 1)
        while True:
            if self.working(day):
                left -= 1
                if left == 0:
                    return day
            day += dt.timedelta(days=1)

    def working_days(self, first, last, off=()):
        count, day = 0, first
        while day <= last:
            count += self.working(day, off)
            day += dt.timedelta(days=1)
        return count


def read_plan(path):
    root = ET.parse(path).getroot()
    tasks, parent, order = {}, {}, []

    def walk(element, parent_id):
        for task in element.findall("task"):
            tid = task.get("id")
            tasks[tid] = task
            parent[tid] = parent_id
            order.append(tid)
            walk(task, tid)

    walk(root.find("tasks"), None)
    return root, tasks, parent, order


def main():
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("gan")
    args.add_argument("out")
    args.add_argument("--name", default=None)
    args.add_argument("--as-of", required=True, help="yyyy-mm-dd, the date the audit speaks for")
    args.add_argument("--key-prefix", default="HB-")
    opts = args.parse_args()

    root, tasks, parent, order = read_plan(opts.gan)
    cal = Calendar(root)
    children = {tid: [c.get("id") for c in task.findall("task")] for tid, task in tasks.items()}

    def is_milestone(tid):
        return tasks[tid].get("meeting") == "true" or int(tasks[tid].get("duration", "0")) == 0

    def is_item(tid):
        return not children[tid] and not is_milestone(tid)

    def key(tid):
        return opts.key_prefix + tid

    # predecessors: <depend id="X"> inside task T means X waits for T
    preds = {tid: [] for tid in tasks}
    for tid, task in tasks.items():
        for link in task.findall("depend"):
            preds[link.get("id")].append(tid)

    def ancestors(tid):
        while parent[tid] is not None:
            tid = parent[tid]
            yield tid

    def own_and_inherited_preds(tid):
        for source in [tid, *ancestors(tid)]:
            yield from preds[source]

    def leaves_behind(tid, seen):
        """The items a link to `tid` stands for."""
        if tid in seen:
            return []
        seen.add(tid)
        if is_item(tid):
            return [tid]
        if children[tid]:  # a summary task: all the work under it
            return [leaf for child in children[tid] for leaf in leaves_behind(child, seen)]
        # a milestone: what the milestone itself waits for
        return [leaf for p in own_and_inherited_preds(tid) for leaf in leaves_behind(p, seen)]

    # people
    roles = {r.get("id"): r.get("name") for r in root.findall("roles/role")}
    people = {}
    for res in root.findall("resources/resource"):
        function = res.get("function", "")
        people[res.get("id")] = {"name": res.get("name").strip(),
                                 "role": DEFAULT_ROLES.get(function, roles.get(function, "")),
                                 "off": set()}
    for vacation in root.findall("vacations/vacation"):
        person = people.get(vacation.get("resourceid"))
        if person is not None:
            day, end = parse_date(vacation.get("start")), parse_date(vacation.get("end"))
            while day < end:
                person["off"].add(day)
                day += dt.timedelta(days=1)
    allocations = {}
    for alloc in root.findall("allocations/allocation"):
        allocations.setdefault(alloc.get("task-id"), []).append(alloc)

    # items
    items = []
    for tid in order:
        if not is_item(tid):
            continue
        task = tasks[tid]
        start = parse_date(task.get("start"))
        duration = int(task.get("duration"))
        due = cal.last_day(start, duration)
        complete = int(task.get("complete", "0"))
        status = "Done" if complete >= 100 else "In progress" if complete > 0 else "To do"
        allocs = sorted(allocations.get(tid, []), key=lambda a: a.get("responsible") != "true")
        owners = [people[a.get("resource-id")]["name"] for a in allocs if a.get("resource-id") in people]
        depends = []
        for p in own_and_inherited_preds(tid):
            for leaf in leaves_behind(p, set()):
                if leaf != tid and key(leaf) not in depends:
                    depends.append(key(leaf))
        goal = tasks[parent[tid]].get("name").strip() if parent[tid] is not None else ""
        items.append({"Key": key(tid), "Title": task.get("name").strip(), "Owner": ", ".join(owners),
                      "Status": status, "Percent complete": complete, "Estimate": duration,
                      "Period": month_name(due), "Start": start.isoformat(), "Due": due.isoformat(),
                      "Depends on": " ".join(depends), "Goal": goal})

    # periods: every calendar month from the first start to the last due date
    first = min(parse_date(i["Start"]) for i in items).replace(day=1)
    last = max(parse_date(i["Due"]) for i in items)
    months = []
    month = first
    while month <= last:
        end = month.replace(day=calendar.monthrange(month.year, month.month)[1])
        months.append((month_name(month), month, end))
        month = end + dt.timedelta(days=1)

    os.makedirs(opts.out, exist_ok=True)
    write(opts.out, "Plan.csv", ["Field", "Value"], [
        ["Name", opts.name or os.path.splitext(os.path.basename(opts.gan))[0]],
        ["As of", opts.as_of],
        ["Estimate unit", "days"],
    ])
    write(opts.out, "Periods.csv", ["Period", "Start", "End"],
          [[name, start.isoformat(), end.isoformat()] for name, start, end in months])
    people_rows = []
    for person in people.values():
        per_month = [cal.working_days(start, end, person["off"]) for _, start, end in months]
        people_rows.append([person["name"], person["role"], round(statistics.mean(per_month)), *per_month])
    write(opts.out, "People.csv", ["Person", "Role", "Capacity", *[name for name, _, _ in months]], people_rows)
    columns = ["Key", "Title", "Owner", "Status", "Percent complete", "Estimate", "Period", "Start", "Due",
               "Depends on", "Goal"]
    write(opts.out, "Items.csv", columns, [[item[c] for c in columns] for item in items])
    print(f"{opts.out}: {len(items)} items, {len(people)} people, {len(months)} periods")


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def month_name(day):
    return f"{MONTHS[day.month - 1]} {day.year}"


def write(folder, name, header, rows):
    with open(os.path.join(folder, name), "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


if __name__ == "__main__":
    main()
