// The editor of the selected block, and the download of the corrected reading as gold.

function button(text, action, handler) {
  const b = node("button", "", text);
  b.type = "button";
  b.dataset.action = action;
  b.addEventListener("click", handler);
  return b;
}

function roleSelect(i) {
  const b = S.blocks[i], kind = b.el === null ? "stray" : S.elements[b.el].kind;
  const roles = kind === "article" ? ARTICLE_ROLES : kind === "photo" ? PHOTO_ROLES : [];
  const select = node("select", "role-select");
  for (const role of [...roles, "stray"]) {
    const option = node("option", "", ROLE_NAMES[role]);
    option.value = role;
    option.selected = role === b.role;
    select.append(option);
  }
  select.disabled = kind === "stray";
  select.addEventListener("change", () => apply("role", i, select.value));
  return select;
}

function namesEditor(i) {
  const b = S.blocks[i], box = node("div", "names-editor");
  b.names.forEach(([name, role], k) => {
    const item = node("span", "name", name);
    if (b.role === "byline") {
      const select = node("select", "name-role");
      for (const r of NAME_ROLES.byline) {
        const option = node("option", "", r);
        option.value = r;
        option.selected = r === role;
        select.append(option);
      }
      select.addEventListener("change", () => apply("nameRole", i, k, select.value));
      item.append(select);
    }
    item.append(button("×", "drop-name", () => apply("dropName", i, k)));
    box.append(item);
  });
  const input = node("input", "add-names");
  input.placeholder = "add names";
  box.append(input, button("add", "add-names", () => {
    if (input.value.trim()) apply("addNames", i, input.value);
  }));
  if (b.role === "byline" && b.names.length) {
    box.append(button("all correspondents", "all-correspondents",
      () => apply("allNames", i, "correspondent")));
  }
  return box;
}

function showEditor(i) {
  const b = S.blocks[i], section = views[i].section;
  section.querySelector(".editor")?.remove();
  const editor = node("div", "editor");
  const head = node("div", "where", `block ${i + 1}, line ${b.line}`);
  editor.append(head);
  for (const d of b.decisions) editor.append(node("div", "decision", decisionText(d)));
  const row = node("div", "row");
  row.append(node("label", "", "role "), roleSelect(i),
    button("new article here", "new-article", () => apply("start", i, "article")),
    button("new photo here", "new-photo", () => apply("start", i, "photo")),
    button("belongs to the element above", "merge-above", () => {
      if (!apply("mergeAbove", i)) alert("No element above this block.");
    }),
    button("attach to the photo above", "photo-above", () => {
      if (!apply("toPhotoAbove", i)) alert("No photo above this block.");
    }),
    button("close", "close", () => { selected = null; editor.remove(); refresh(); }));
  editor.append(row);
  if (b.role === "paragraph" || b.role === "caption") {
    const box = node("input", "join-box");
    box.type = "checkbox";
    box.checked = b.join;
    box.addEventListener("change", () => apply("join", i, box.checked));
    const label = node("label", "join-label");
    label.append(box, document.createTextNode(" continues the paragraph above"));
    editor.append(label);
  }
  if (b.role === "byline" || b.role === "credit") editor.append(namesEditor(i));
  section.append(editor);
}

function goldName() {
  return S.name ? `${S.name.replace(/\.[^./]*$/u, "")}.json` : "gold.json";
}

function download() {
  const text = `${JSON.stringify(buildGold(S), null, 2)}\n`;
  const link = node("a");
  link.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  link.download = goldName();
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
}

document.getElementById("download").addEventListener("click", download);
// for scripts and tests: the reading as gold, and the same edits the buttons make
window.gaoxinReview = {
  gold: () => buildGold(S),
  goldName,
  edit: apply,
};
refresh();
