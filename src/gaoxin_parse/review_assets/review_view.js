// The review page: the source block by block, tinted and labelled by element, the breaks with
// their rules, a side panel of the elements, and the editor of the selected block.
// Every text goes in through textContent: the text is shown, never run.

const S = makeState(JSON.parse(document.getElementById("review-data").textContent));
const ROLE_NAMES = { banner: "banner", kicker: "kicker", title: "title", subtitle: "subtitle",
  byline: "byline", paragraph: "paragraph", intertitle: "intertitle", column: "column",
  note: "note", photo_title: "photo title", caption: "caption", credit: "credit",
  stray: "stray" };
const NAME_ROLES = { byline: ["reporter", "correspondent", "other"], credit: ["photographer"] };
let selected = null;
let corrections = 0;

function node(tag, cls, text) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined) n.textContent = text;
  return n;
}

function hue(el) { return Math.round((el * 137.508) % 360); }
function pct(c) { return c === null ? "corrected" : c.toFixed(3); }
function doubtful(c) { return c !== null && c < S.low; }

function decisionText(d) {
  const text = d.wider ? "this text and the next" : "this block";
  const what = d.kind === "boundary" ? `starts ${d.choice} here` : `reads ${text} as ${d.choice}`;
  const margin = d.margin === null ? "no other reading"
    : `margin ${d.margin} over ${d.rival}, confidence ${d.confidence.toFixed(2)}`;
  return `decoder ${what}: ${d.rule} (${margin}). ${d.reason}`;
}

function namesText(b) {
  const groups = {};
  for (const [name, role] of b.names) (groups[role] = groups[role] || []).push(name);
  return Object.entries(groups).map(([role, names]) => `${role}s: ${names.join(" ")}`).join("; ");
}

function breakNode(brk) {
  const joined = brk.decision === "join";
  const n = node("div", `break ${brk.decision}`);
  n.append(node("span", "mark", (joined ? "⤵ joined" : "↵ kept") +
    (brk.across_photo ? " across a photo" : "")));
  const tip = node("span", "tip");
  tip.append(node("b", "rule", brk.rule), node("span", "reason", " " + brk.reason));
  if (brk.repair) {
    const shown = (t) => t.replace(/\r?\n/gu, "⏎");
    tip.append(node("span", "repair", `${shown(brk.repair.before)} → ${shown(brk.repair.after)}`));
  }
  n.append(tip);
  n.title = `${brk.rule}: ${brk.reason}`;
  return n;
}

const source = document.getElementById("source");
const breaksAfter = S.blocks.map(() => []);
for (const brk of S.breaks) breaksAfter[brk.after].push(brk);
const views = S.blocks.map((b, i) => {
  if (b.picture) source.append(node("div", "picture", "picture space"));
  const section = node("section", "block");
  section.id = `block-${i}`;
  section.dataset.i = String(i);
  const label = node("div", "label");
  section.append(label, node("div", "text", b.text));
  section.addEventListener("click", (ev) => {
    if (!ev.target.closest(".editor")) select(i);
  });
  source.append(section);
  breaksAfter[i].forEach((brk) => source.append(breakNode(brk)));
  return { section, label };
});

function labelBlock(i, tag, first) {
  const b = S.blocks[i], v = views[i], label = v.label;
  const kind = b.el === null ? "stray" : S.elements[b.el].kind;
  v.section.className = `block ${kind} role-${b.role}` + (i === selected ? " selected" : "");
  v.section.style.setProperty("--hue", b.el === null ? 0 : hue(b.el));
  label.replaceChildren(node("span", "tag", tag), node("span", "role", ROLE_NAMES[b.role]));
  if (b.role === "byline" || b.role === "credit") label.append(node("span", "names", namesText(b)));
  if ((b.role === "paragraph" || b.role === "caption") && b.join) {
    label.append(node("span", "cont", "continues the paragraph above"));
  }
  const conf = b.el === null ? null : S.elements[b.el].confidence;
  if (first && doubtful(conf)) label.append(node("span", "flag", `⚠ element ${pct(conf)}`));
  const weak = b.decisions.filter((d) => d.kind === "role" && doubtful(d.confidence));
  if (weak.length && b.role === b.origRole) label.append(node("span", "flag", "⚠ role"));
  label.title = b.decisions.map(decisionText).join("\n");
}

function entry(e, tag, gold) {
  const conf = S.elements[e.el].confidence;
  const li = node("li", "entry" + (doubtful(conf) ? " doubtful" : ""));
  li.dataset.el = String(e.el);
  li.style.setProperty("--hue", hue(e.el));
  const first = S.blocks[e.members[0]];
  const title = e.kind === "article" ? gold.title || gold.headlines[0] || flat(first)
    : gold.title || gold.caption || flat(first);
  const byline = gold.byline, names = e.kind === "photo"
    ? `photographers: ${gold.photographers.join(" ") || "none"}`
    : byline === null ? "no byline"
      : `reporters: ${byline.reporters.join(" ") || "none"}` +
        (byline.correspondents.length ? `; correspondents: ${byline.correspondents.join(" ")}` : "");
  li.append(node("span", "tag", tag), node("span", "conf", pct(conf)),
    node("div", "title", title.slice(0, 60)), node("div", "names", names));
  li.addEventListener("click", () => {
    views[e.members[0]].section.scrollIntoView({ block: "start" });
    select(e.members[0]);
  });
  return li;
}

function refresh() {
  const counts = { article: 0, photo: 0 };
  const lists = { article: node("ol", "list"), photo: node("ol", "list") };
  const firsts = new Set();
  for (const e of ordered(S)) {
    counts[e.kind] += 1;
    const tag = `${e.kind === "article" ? "Article" : "Photo"} ${counts[e.kind]}`;
    e.members.forEach((i, k) => { labelBlock(i, tag, k === 0); if (k === 0) firsts.add(i); });
    const gold = e.kind === "article" ? articleGold(S, e.members) : photoGold(S, e.members);
    lists[e.kind].append(entry(e, tag, gold));
  }
  const strays = node("ul", "list");
  S.blocks.forEach((b, i) => {
    if (b.el !== null) return;
    labelBlock(i, "Stray", true);
    const li = node("li", "entry stray", b.plain.slice(0, 60));
    li.addEventListener("click", () => views[i].section.scrollIntoView({ block: "start" }));
    strays.append(li);
  });
  const panel = document.getElementById("panel");
  panel.replaceChildren(
    node("h2", "", `Articles (${counts.article})`), lists.article,
    node("h2", "", `Photos (${counts.photo})`), lists.photo,
    node("h2", "", `Strays (${strays.children.length})`), strays);
  const low = S.elements.filter((e, el) => doubtful(e.confidence) &&
    S.blocks.some((b) => b.el === el)).length;
  document.getElementById("counts").textContent = `${counts.article} articles · ` +
    `${counts.photo} photos · ${strays.children.length} strays · ${low} doubtful · ` +
    `${corrections} corrections`;
  if (selected !== null) showEditor(selected);
}

function apply(name, ...args) {
  if (edits[name](S, ...args) === false) return false;
  corrections += 1;
  refresh();
  return true;
}

function select(i) {
  if (selected !== null) views[selected].section.querySelector(".editor")?.remove();
  selected = i;
  refresh();
}
