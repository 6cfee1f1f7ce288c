// The review page's reading of the issue and the corrections a reader makes to it.
// Every block holds its element (or null: a stray), its role there and, while the role is the
// parser's, the parser's text for it (data); the gold annotation is rebuilt from the blocks.

const ARTICLE_ROLES = ["banner", "kicker", "title", "subtitle", "byline", "paragraph",
  "intertitle", "column", "note"];
const PHOTO_ROLES = ["photo_title", "caption", "credit"];
// a block moved into another kind of element takes the role that plays the same part there
const TO_PHOTO = { banner: "photo_title", kicker: "photo_title", title: "photo_title",
  subtitle: "photo_title", byline: "credit", paragraph: "caption", intertitle: "caption",
  column: "caption", note: "caption", stray: "caption" };
const TO_ARTICLE = { photo_title: "title", caption: "paragraph", credit: "byline",
  stray: "paragraph" };
const NOTE_LABEL = /^(.{1,6}?)[:：]/u;

function makeState(data) {
  const blocks = data.blocks.map((b) => ({
    ...b, origRole: b.role,
    names: b.data && b.data.names ? b.data.names.map((n) => n.slice()) : [],
  }));
  const elements = data.elements.map((e) => ({ ...e }));
  return { name: data.name, low: data.low, generic: data.generic_sources, blocks, elements,
    breaks: data.breaks };
}

function kindOf(S, el) { return el === null ? "stray" : S.elements[el].kind; }
function parsersText(b) { return b.role === b.origRole && b.data !== null; }
function flat(b) { return b.plain.split("\n").map((s) => s.trim()).join(""); }

function unmark(text, role) {
  if (role === "kicker") return text.replace(/\s*(:|：|——)\s*$/u, "");
  if (role === "subtitle") return text.replace(/^\s*——\s*/u, "");
  return text;
}

// Elements in reading order (of their first block), each with its blocks' indices.
function ordered(S) {
  const seen = new Map();
  S.blocks.forEach((b, i) => {
    if (b.el === null) return;
    if (!seen.has(b.el)) seen.set(b.el, []);
    seen.get(b.el).push(i);
  });
  return [...seen.entries()].map(([el, members]) => ({ el, kind: kindOf(S, el), members }));
}

function namesOf(b, role) { return b.names.filter((n) => n[1] === role).map((n) => n[0]); }

function bylineGold(b, afterBody) {
  const d = parsersText(b) ? b.data : { text: flat(b), position: afterBody ? "trail" : "lead",
    source: null };
  return { text: d.text, position: d.position, source: d.source,
    reporters: namesOf(b, "reporter"), correspondents: namesOf(b, "correspondent"),
    named: b.names.length > 0 };
}

// The article's byline, as the parser chooses it (article_bylines.main_byline): the first
// that names someone; a bare label (本报讯) lends it its source.
function mainByline(S, bylines) {
  const main = bylines.find((b) => b.named) || bylines[0] || null;
  if (main === null) return null;
  const label = bylines.find((b) => !b.named && b.source);
  const lend = main.named && label && (main.source === null || S.generic.includes(main.source));
  const { named, ...gold } = main;
  return lend ? { ...gold, source: label.source } : gold;
}

function noteGold(b) {
  if (parsersText(b)) return { label: b.data.label, text: b.data.text };
  const text = flat(b), label = NOTE_LABEL.exec(text);
  return label ? { label: label[1], text: text.slice(label[0].length) } : { label: null, text };
}

function articleGold(S, members) {
  const a = { headlines: [], banner: null, kickers: [], title: null, subtitles: [],
    byline: null, paragraphs: [], column: null, note: null };
  const bylines = [];
  let lastBody = null;
  for (const i of members) {
    const b = S.blocks[i], own = parsersText(b);
    if (b.role === "kicker" || b.role === "title" || b.role === "subtitle") {
      const head = b.data && b.data.head !== undefined ? b.data.head : flat(b);
      a.headlines.push(head);
      for (const [role, text] of own ? b.data.parts : [[b.role, unmark(head, b.role)]]) {
        if (role === "kicker") a.kickers.push(text);
        else if (role === "title" && a.title === null) a.title = text;
        else a.subtitles.push(text);
      }
    } else if (b.role === "banner") {
      if (a.banner === null) a.banner = own ? b.data.text : flat(b);
    } else if (b.role === "byline") {
      if (b.data !== null || b.role !== b.origRole) bylines.push(bylineGold(b, lastBody !== null));
    } else if (b.role === "paragraph" || b.role === "intertitle") {
      const text = own ? b.data.text : flat(b);
      if (b.role === "paragraph" && b.join && lastBody === "paragraph") {
        a.paragraphs[a.paragraphs.length - 1].text += text;
      } else {
        a.paragraphs.push({ kind: b.role, text });
      }
      lastBody = b.role;
    } else if (b.role === "column") {
      if (a.column === null) a.column = own ? b.data.text : flat(b);
    } else if (b.role === "note") {
      if (a.note === null) a.note = noteGold(b);
    }
  }
  a.byline = mainByline(S, bylines);
  return a;
}

function photoGold(S, members) {
  const p = { title: null, caption: "", photographers: [], credit: null };
  const captions = [];
  for (const i of members) {
    const b = S.blocks[i], text = parsersText(b) ? b.data.text : flat(b);
    if (b.role === "photo_title" && p.title === null) p.title = text;
    if (b.role === "credit" && p.credit === null) {
      p.credit = text;
      p.photographers = namesOf(b, "photographer");
    }
    if (b.role === "caption") {
      if (b.join && captions.length) captions[captions.length - 1] += text;
      else captions.push(text);
    }
  }
  p.caption = captions.join("\n");
  return p;
}

// The gold annotation of the reading as it stands (tests/expected/README.md).
function buildGold(S) {
  const gold = S.name === null ? {} : { issue: S.name };
  const order = ordered(S);
  gold.articles = order.filter((e) => e.kind === "article").map((e) => articleGold(S, e.members));
  gold.photos = order.filter((e) => e.kind === "photo").map((e) => photoGold(S, e.members));
  gold.strays = S.blocks.filter((b) => b.el === null).map((b) => b.plain);
  return gold;
}

// A credit typed by the reader: the names before 摄, role words dropped.
function creditNames(text) {
  const bare = text.replace(/(摄影|摄|图)\s*$/u, "").replace(/本报记者|记者|通讯员|摄影/gu, " ");
  return bare.split(/[\s、,，/]+/u).filter((n) => n).map((n) => [n, "photographer"]);
}

function retype(b, kind) {
  if (kind === "photo" && !PHOTO_ROLES.includes(b.role)) b.role = TO_PHOTO[b.role];
  if (kind === "article" && !ARTICLE_ROLES.includes(b.role)) b.role = TO_ARTICLE[b.role];
  if (b.role === "credit") {
    if (!b.names.length) b.names = creditNames(flat(b));
    b.names.forEach((n) => { n[1] = "photographer"; });
  } else if (b.role === "byline") {
    b.names.forEach((n) => { if (n[1] === "photographer") n[1] = "reporter"; });
  }
}

function move(S, indices, el) {
  const kind = kindOf(S, el);
  for (const i of indices) {
    S.blocks[i].el = el;
    retype(S.blocks[i], kind);
  }
}

// The blocks of block i's element from i on (block i alone for a stray).
function rest(S, i) {
  const el = S.blocks[i].el;
  if (el === null) return [i];
  return S.blocks.map((_, j) => j).filter((j) => j >= i && S.blocks[j].el === el);
}

const edits = {
  // start a new article (or photo) at block i: it and what follows of its element move there
  start(S, i, kind) {
    S.elements.push({ kind, confidence: null });
    move(S, rest(S, i), S.elements.length - 1);
  },
  // block i and what follows of its element belong to the element just above
  mergeAbove(S, i) {
    const el = S.blocks[i].el;
    for (let j = i - 1; j >= 0; j -= 1) {
      const other = S.blocks[j].el;
      if (other !== null && other !== el) { move(S, rest(S, i), other); return true; }
    }
    return false;
  },
  // block i alone belongs to the nearest photo above it
  toPhotoAbove(S, i) {
    for (let j = i - 1; j >= 0; j -= 1) {
      const other = S.blocks[j].el;
      if (other !== null && kindOf(S, other) === "photo") { move(S, [i], other); return true; }
    }
    return false;
  },
  role(S, i, role) {
    const b = S.blocks[i];
    if (role === "stray") { b.el = null; b.role = "stray"; return; }
    b.role = role;
    retype(b, kindOf(S, b.el));
  },
  join(S, i, on) { S.blocks[i].join = on; },
  nameRole(S, i, k, role) { S.blocks[i].names[k][1] = role; },
  allNames(S, i, role) { S.blocks[i].names.forEach((n) => { n[1] = role; }); },
  addNames(S, i, text) {
    const role = S.blocks[i].role === "credit" ? "photographer" : "reporter";
    for (const name of text.split(/[\s、,，]+/u).filter((n) => n)) S.blocks[i].names.push([name, role]);
  },
  dropName(S, i, k) { S.blocks[i].names.splice(k, 1); },
};
