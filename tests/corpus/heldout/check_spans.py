"""Print every span of the held-out gold files with the text it covers, so each
offset can be checked by eye; fail on a bad checksum, length or out-of-range span."""
import hashlib, pathlib, sys
import yaml

here = pathlib.Path(__file__).parent
bad = 0
for gold in sorted(here.glob("*.gold.yaml")):
    g = yaml.safe_load(gold.read_text(encoding="utf-8"))
    text = (here / g["source"]["file"]).read_text(encoding="utf-8")
    print(f"== {gold.name}")
    if hashlib.sha256(text.encode()).hexdigest() != g["source"]["sha256"] or len(text) != g["source"]["characters"]:
        print("  BAD sha256/characters"); bad += 1
    def show(kind, who, span):
        global bad
        a, b = span
        if not (0 <= a < b <= len(text)) or text[a:b] != text[a:b].strip():
            print(f"  BAD {kind} {who} {span}"); bad += 1
        print(f"  {kind:8s} {who:30s} {text[a:b]!r}"[:200])
    for e in g["entities"]:
        show("entity", e["id"], e["mention"])
    for m in g["mentions"]:
        show("mention", m["entity"], m["span"])
    for f in g.get("facts") or []:
        for ev in f["evidence"]:
            show("fact", f'{f["subject"]} {f["relation"]} {f["object"]} {f.get("modality","")}', ev)
    for c in g.get("claims") or []:
        for ev in c["evidence"]:
            show("claim", f'{c["id"]} <{c["speaker"]}>', ev)
    for d in g.get("dates") or []:
        a, b = d["span"]
        show("date", str({k: v for k, v in d.items() if k != "span"}), d["span"])
        print(f"           context: {text[max(0,a-15):b+5]!r}")
print("bad:", bad)
sys.exit(1 if bad else 0)
