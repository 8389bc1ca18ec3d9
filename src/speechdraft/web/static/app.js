// speechdraft 讲话稿助手: the form, the live preview, downloads and uploads.
// The form is drawn from the profile model's spec (boot.spec); the work lives in
// localStorage and in the YAML the clerk downloads. No framework, no build step.
"use strict";

const boot = JSON.parse(document.getElementById("boot").textContent);
const STORE_KEY = "speechdraft.profile.v1";
const UPDATE_DELAY_MS = 250;

const state = { data: null, timer: null, seq: 0, lastPreview: null, problems: [] };

// ---------- small helpers ----------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "text") node.textContent = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

let uid = 0;
const nextId = (prefix) => `${prefix}-${++uid}`;

// Paths are written as the validator writes them: priorities[0].facts.覆盖率
function joinPath(base, part) {
  if (typeof part === "number") return `${base}[${part}]`;
  return base ? `${base}.${part}` : part;
}

function splitPath(path) {
  const parts = [];
  for (const piece of path.split(".")) {
    const match = piece.match(/^([^[]*)((?:\[\d+\])*)$/);
    if (!match) { parts.push(piece); continue; }
    if (match[1]) parts.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) parts.push(Number(index[1]));
  }
  return parts;
}

function getAt(data, path) {
  let value = data;
  for (const part of splitPath(path)) {
    if (value === null || value === undefined) return undefined;
    value = value[part];
  }
  return value;
}

function setAt(data, path, value) {
  const parts = splitPath(path);
  let holder = data;
  parts.slice(0, -1).forEach((part, i) => {
    if (holder[part] === null || holder[part] === undefined || typeof holder[part] !== "object") {
      holder[part] = typeof parts[i + 1] === "number" ? [] : {};
    }
    holder = holder[part];
  });
  const last = parts[parts.length - 1];
  if (value === undefined) delete holder[last];
  else holder[last] = value;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

// A fact typed as 91.5 is sent as a number (the draft writes it with its unit); a sum
// typed beside the unit the form shows (万元) is sent with it, since the draft marks a sum
// with no unit 【待核】; anything else is sent as typed, so the validator can say what is
// wrong with it.
const MONEY_UNITS = ["元", "万元", "亿元"];
function factValue(text, unit) {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return trimmed;
  return MONEY_UNITS.includes(unit) ? trimmed + unit : Number(trimmed);
}

// ---------- persistence ----------

function save() {
  try { localStorage.setItem(STORE_KEY, JSON.stringify(state.data)); } catch (e) { /* full: keep going */ }
}

function restore() {
  try {
    const saved = localStorage.getItem(STORE_KEY);
    return saved ? JSON.parse(saved) : null;
  } catch (e) { return null; }
}

// ---------- the page ----------

function specField(name, fields = boot.spec) {
  return fields.find((f) => f.name === name);
}

function buildPage() {
  document.body.replaceChildren();
  const header = el("header", { class: "top" },
    el("h1", { text: "讲话稿助手" }),
    el("span", { class: "tagline", text: "填写会议信息，右侧即时显示按公文版式排好的讲话稿" }),
    el("nav", { class: "actions", "aria-label": "文件" },
      uploadButton("打开会议信息", ".yaml,.yml", openProfile, "open-profile"),
      uploadButton("从去年的稿子开始", ".docx,.txt,.md", importSpeech, "import-speech"),
      uploadButton("检查一份稿子", ".docx,.txt,.md", checkDraft, "check-draft"),
      uploadButton("汇总科室回表", ".xlsx,.docx", collectReturns, "collect-returns", true),
      el("button", { type: "button", id: "new-profile", onclick: startOver, text: "新建" }),
      el("a", { href: "/api/docs", class: "docs-link", text: "接口说明" })));
  const form = el("form", { id: "profile-form", class: "form", novalidate: true, onsubmit: (e) => e.preventDefault() });
  const side = el("section", { class: "side", "aria-label": "预览" },
    el("div", { class: "tabs", role: "tablist" },
      tabButton("preview", "预览", true), tabButton("outline", "提纲"),
      tabButton("counts", "各部分字数"), tabButton("downloads", "下载"), tabButton("check", "检查结果")),
    el("div", { id: "status", class: "status", role: "status", "aria-live": "polite" }),
    el("div", { id: "panel-preview", class: "panel", role: "tabpanel" }),
    el("div", { id: "panel-outline", class: "panel", role: "tabpanel", hidden: true }),
    el("div", { id: "panel-counts", class: "panel", role: "tabpanel", hidden: true }),
    el("div", { id: "panel-downloads", class: "panel", role: "tabpanel", hidden: true }),
    el("div", { id: "panel-check", class: "panel", role: "tabpanel", hidden: true }));
  const main = el("main", { class: "layout" },
    el("section", { class: "form-column", "aria-label": "会议信息" },
      el("div", { id: "notice", class: "notice", hidden: true }), form),
    side);
  document.body.append(header, main);
  buildDownloads();
}

function tabButton(name, label, selected = false) {
  return el("button", {
    type: "button", role: "tab", id: `tab-${name}`, "aria-selected": selected ? "true" : "false",
    "aria-controls": `panel-${name}`, onclick: () => showTab(name), text: label,
  });
}

function showTab(name) {
  for (const tab of document.querySelectorAll("[role=tab]")) {
    const on = tab.id === `tab-${name}`;
    tab.setAttribute("aria-selected", on ? "true" : "false");
    document.getElementById(tab.getAttribute("aria-controls")).hidden = !on;
  }
}

function uploadButton(label, accept, handler, id, multiple = false) {
  const input = el("input", { type: "file", accept, id: `${id}-file`, class: "visually-hidden", multiple,
    onchange: async (e) => {
      const files = [...e.target.files];
      e.target.value = "";
      if (files.length) await handler(multiple ? files : files[0]);
    } });
  const button = el("label", { for: `${id}-file`, class: "button", tabindex: "0", id, text: label,
    onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); input.click(); } } });
  return el("span", {}, button, input);
}

function notice(text, kind = "info") {
  const box = document.getElementById("notice");
  box.replaceChildren();
  if (!text) { box.hidden = true; return; }
  box.className = `notice ${kind}`;
  const lines = Array.isArray(text) ? text : [text];
  for (const line of lines) box.append(el("p", { text: line }));
  box.append(el("button", { type: "button", class: "link", onclick: () => notice(""), text: "知道了" }));
  box.hidden = false;
}

// ---------- the form ----------

function buildForm() {
  const form = document.getElementById("profile-form");
  form.replaceChildren();
  const kind = specField("kind");
  const region = specField("region");
  const level = specField("level", region.fields);
  form.append(el("fieldset", { class: "first" },
    el("legend", { text: "先选讲话类型和行政层级" }),
    scalarField(kind, "kind"),
    scalarField(level, "region.level"),
    el("button", { type: "button", id: "use-example", onclick: useExample,
      text: "按所选类型和层级填入示例", title: "与 speechdraft init 相同的起始内容；会替换当前内容" })));
  for (const field of boot.spec) {
    if (field.name === "kind") continue;
    form.append(fieldNode(field, field.name, { skip: field.name === "region" ? "level" : null }));
  }
}

function fieldNode(field, path, options = {}) {
  switch (field.type) {
    case "group": return groupField(field, path, options.skip);
    case "texts": return textsField(field, path);
    case "records": return recordsField(field, path);
    case "facts": return factsField(field, path, options.area, options.catalog);
    case "keyed": return keyedField(field, path);
    default: return scalarField(field, path);
  }
}

function groupField(field, path, skip) {
  const set = el("fieldset", { class: "group", "data-path": path }, el("legend", { text: field.label }));
  for (const sub of field.fields) {
    if (sub.name === skip) continue;
    set.append(fieldNode(sub, joinPath(path, sub.name)));
  }
  set.append(messageNode(path));
  return set;
}

function messageNode(path) {
  return el("div", { class: "msg", "data-msg-for": path, role: "alert" });
}

function helpText(field) {
  return field.help && field.help !== field.label ? field.help : "";
}

function scalarField(field, path, extra = {}) {
  const id = nextId("f");
  const value = getAt(state.data, path);
  let input;
  if (field.type === "choice") {
    input = el("select", { id, "data-path": path, "data-label": field.label });
    if (!field.required) input.append(el("option", { value: "", text: "（不填）" }));
    for (const [key, label] of field.choices) input.append(el("option", { value: key, text: label }));
    input.value = value ?? (field.required ? field.choices[0][0] : "");
  } else {
    input = el("input", {
      id, "data-path": path, "data-label": extra.label || field.label,
      type: field.type === "date" ? "date" : "text",
      inputmode: field.type === "int" ? "numeric" : null,
      value: value ?? "", placeholder: extra.placeholder || null,
      "aria-describedby": `${id}-help`,
    });
  }
  input.addEventListener(field.type === "choice" ? "change" : "input", () => onScalar(field, path, input, extra));
  const label = el("label", { for: id }, extra.label || field.label, field.required ? el("span", { class: "req", title: "必填", text: "★" }) : null);
  return el("div", { class: `field field-${field.type}` },
    label, input, extra.after || null,
    el("div", { class: "help", id: `${id}-help`, text: extra.help ?? helpText(field) }),
    messageNode(path));
}

function onScalar(field, path, input, extra) {
  let value = input.value;
  if (field.type === "int") value = NUMBER.test(value.trim()) ? Number(value.trim()) : value.trim();
  if (extra.fact) value = factValue(value, extra.fact.unit);
  if (value === "" && !field.required) setAt(state.data, path, undefined);
  else setAt(state.data, path, value);
  if (path === "kind" || path === "region.level") refreshKindDependent();
  changed();
}

function listControls(onMove, onDelete, index, count, what) {
  return el("span", { class: "list-controls" },
    el("button", { type: "button", class: "small", title: `上移这${what}`, "aria-label": `上移第${index + 1}${what}`, disabled: index === 0, onclick: () => onMove(index, -1), text: "↑" }),
    el("button", { type: "button", class: "small", title: `下移这${what}`, "aria-label": `下移第${index + 1}${what}`, disabled: index === count - 1, onclick: () => onMove(index, 1), text: "↓" }),
    el("button", { type: "button", class: "small danger", title: `删除这${what}`, "aria-label": `删除第${index + 1}${what}`, onclick: () => onDelete(index), text: "删除" }));
}

function listOps(path, rebuild) {
  const list = () => getAt(state.data, path) || [];
  return {
    move(index, step) {
      const items = list();
      const target = index + step;
      if (target < 0 || target >= items.length) return;
      [items[index], items[target]] = [items[target], items[index]];
      rebuild(); changed();
    },
    remove(index) { list().splice(index, 1); rebuild(); changed(); },
    add(value) { const items = list(); items.push(value); setAt(state.data, path, items); rebuild(true); changed(); },
  };
}

function textsField(field, path) {
  const box = el("fieldset", { class: "list", "data-path": path });
  const rebuild = (focusLast = false) => {
    const items = getAt(state.data, path) || [];
    const ops = listOps(path, rebuild);
    box.replaceChildren(el("legend", { text: field.label }), el("div", { class: "help", text: helpText(field) }));
    items.forEach((item, index) => {
      const itemPath = joinPath(path, index);
      const id = nextId("t");
      const input = el("input", { type: "text", id, value: item ?? "", "data-path": itemPath, "data-label": field.label,
        "aria-label": `${field.label} 第${index + 1}条`,
        oninput: () => { setAt(state.data, itemPath, input.value); changed(); } });
      box.append(el("div", { class: "list-row" }, el("span", { class: "index", text: `${index + 1}.` }), input,
        listControls(ops.move, ops.remove, index, items.length, "条"), messageNode(itemPath)));
      if (focusLast && index === items.length - 1) setTimeout(() => input.focus());
    });
    box.append(el("button", { type: "button", class: "add", onclick: () => ops.add(""), text: `＋ 添加一条${field.label}` }), messageNode(path));
  };
  rebuild();
  return box;
}

function recordsField(field, path) {
  const box = el("fieldset", { class: "records", "data-path": path });
  const isArea = field.fields.some((f) => f.name === "area") && field.fields.some((f) => f.name === "facts");
  const catalog = path === "priorities" ? boot.catalog.areas : path === "safeguards" ? boot.catalog.safeguards : null;
  const rebuild = (focusLast = false) => {
    const items = getAt(state.data, path) || [];
    const ops = listOps(path, rebuild);
    box.replaceChildren(el("legend", { text: field.label }), el("div", { class: "help", text: helpText(field) }));
    items.forEach((item, index) => {
      const itemPath = joinPath(path, index);
      if (typeof item === "string") { setAt(state.data, itemPath, { area: item }); }
      const card = el("div", { class: "card", "data-path": itemPath },
        el("div", { class: "card-head" }, el("strong", { text: `第${index + 1}项` }), listControls(ops.move, ops.remove, index, items.length, "项")));
      for (const sub of field.fields) {
        const subPath = joinPath(itemPath, sub.name);
        if (sub.name === "area" && catalog) card.append(areaPicker(sub, subPath, catalog, () => rebuild()));
        else if (sub.type === "facts" && isArea && catalog) card.append(factsField(sub, subPath, getAt(state.data, joinPath(itemPath, "area")), catalog));
        else card.append(fieldNode(sub, subPath));
      }
      card.append(messageNode(itemPath));
      box.append(card);
      if (focusLast && index === items.length - 1) setTimeout(() => card.querySelector("input")?.focus());
    });
    const blank = isArea ? { area: "", points: [], facts: {} } : { area: "", points: [], figures: {} };
    box.append(el("button", { type: "button", class: "add", onclick: () => ops.add(blank), text: `＋ 添加一项${field.label.replace(/^(今年的|上一年的)/, "")}` }), messageNode(path));
  };
  rebuild();
  return box;
}

function findArea(catalog, name) {
  if (!name) return null;
  const wanted = name.trim();
  return catalog.find((a) => a.label === wanted || a.key === wanted || a.aliases.includes(wanted)) || null;
}

// A searchable area picker: label, aliases, pinyin (xq → 学前教育) or any substring.
function areaPicker(field, path, catalog, onChosen) {
  const id = nextId("area");
  const listId = `${id}-list`;
  const input = el("input", { type: "text", id, role: "combobox", "aria-expanded": "false", "aria-controls": listId,
    "aria-autocomplete": "list", autocomplete: "off", value: getAt(state.data, path) ?? "", "data-path": path,
    "data-label": field.label, placeholder: "输入名称或拼音首字母查找，如 xq" });
  const list = el("ul", { id: listId, role: "listbox", class: "options", hidden: true });
  let active = -1;
  let shown = [];
  const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); active = -1; };
  const choose = (area) => {
    input.value = area.label;
    setAt(state.data, path, area.label);
    const factsPath = path.replace(/\.area$/, ".facts");
    const facts = getAt(state.data, factsPath) || {};
    // Blank facts of the area chosen before go (nothing typed is lost); filled ones stay,
    // shown with their message, for the clerk to move or delete.
    const known = new Set(area.facts.flatMap((f) => [f.label, f.key]));
    for (const [name, value] of Object.entries(facts)) if (!known.has(name) && value === "") delete facts[name];
    for (const fact of area.facts) if (fact.required && !(fact.label in facts)) facts[fact.label] = "";
    setAt(state.data, factsPath, facts);
    close(); changed(); onChosen();
    // The area's facts are what the clerk fills next.
    setTimeout(() => (document.querySelector(`[data-path^="${CSS.escape(factsPath)}["], [data-path^="${CSS.escape(factsPath)}."]`)
      || document.querySelector(`[data-path="${CSS.escape(path)}"]`))?.focus());
  };
  const paint = () => {
    const query = input.value.trim().toLowerCase().replace(/\s+/g, "");
    shown = catalog.filter((a) => !query || a.search.replace(/\s+/g, " ").split(" ").some((k) => k.includes(query)) || a.search.includes(query));
    list.replaceChildren(...shown.map((area, i) => el("li", {
      role: "option", id: `${id}-opt-${i}`, class: i === active ? "active" : "", "aria-selected": i === active ? "true" : "false",
      onmousedown: (e) => { e.preventDefault(); choose(area); },
    }, area.label, area.facts.length ? el("small", { text: `  ${area.facts.length} 项数据` }) : null)));
    list.hidden = shown.length === 0;
    input.setAttribute("aria-expanded", list.hidden ? "false" : "true");
    if (active >= 0) input.setAttribute("aria-activedescendant", `${id}-opt-${active}`);
  };
  input.addEventListener("input", () => { active = -1; setAt(state.data, path, input.value); paint(); changed(); });
  input.addEventListener("focus", paint);
  input.addEventListener("blur", () => setTimeout(close, 150));
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") { e.preventDefault(); if (list.hidden) paint(); active = Math.min(active + 1, shown.length - 1); paint(); }
    else if (e.key === "ArrowUp") { e.preventDefault(); active = Math.max(active - 1, 0); paint(); }
    else if (e.key === "Enter") {
      e.preventDefault();
      const pick = shown[active >= 0 ? active : 0];
      if (pick && !list.hidden) choose(pick);
    } else if (e.key === "Escape") close();
  });
  input.addEventListener("change", () => { if (findArea(catalog, input.value)) onChosen(); });
  return el("div", { class: "field field-area" },
    el("label", { for: id }, field.label, el("span", { class: "req", title: "必填", text: "★" })),
    el("div", { class: "combo" }, input, list),
    el("div", { class: "help", text: helpText(field) }), messageNode(path));
}

// An area's facts: exactly the facts the chosen area can use, with unit, ★ and department.
// For an area not in the catalogue (or an achievement's figures): free name/value rows.
function factsField(field, path, areaName, catalog) {
  const area = catalog ? findArea(catalog, areaName || "") : null;
  if (!area) return freeFacts(field, path);
  const box = el("fieldset", { class: "facts", "data-path": path }, el("legend", { text: `${area.label}：可用的数据` }));
  if (!area.facts.length) box.append(el("p", { class: "help", text: "这个领域没有需要填写的数据。" }));
  for (const fact of area.facts) {
    const factPath = joinPath(path, fact.label);
    const unit = fact.unit ? el("span", { class: "unit", text: fact.unit }) : null;
    const node = scalarField({ type: "text", label: fact.label, required: fact.required }, factPath, {
      fact, label: fact.label, after: unit,
      help: [fact.exists ? "填现有的数" : "填今年要达到的目标数", fact.new_works ? "今年不安排的填“无”" : "", fact.source ? `通常由${fact.source}提供` : "", fact.required ? "讲话稿必需" : "可不填"].filter(Boolean).join("；"),
      placeholder: fact.unit === "%" ? "如 92.5" : "如 3",
    });
    node.classList.add("fact");
    box.append(node);
  }
  // Facts this area does not know (a typo in an opened file, or left from another area)
  // stay visible with the validator's message, so the clerk can see and remove them.
  const known = new Set(area.facts.flatMap((f) => [f.label, f.key]));
  for (const [name, value] of Object.entries(getAt(state.data, path) || {})) {
    if (known.has(name)) continue;
    const factPath = joinPath(path, name);
    box.append(el("div", { class: "list-row unknown-fact" },
      el("span", { class: "unknown-name", text: `${name}：` }),
      el("input", { type: "text", value: value ?? "", readonly: true, "aria-label": `不属于这个领域的数据“${name}”`, "data-path": factPath }),
      el("button", { type: "button", class: "small danger", "aria-label": `删除数据“${name}”`, text: "删除",
        onclick: (e) => { const f = getAt(state.data, path) || {}; delete f[name]; e.target.closest(".list-row").remove(); changed(); } }),
      messageNode(factPath)));
  }
  box.append(messageNode(path));
  return box;
}

// Records a program wrote (where each collected figure came from): listed, removable, not typed.
function keyedField(field, path) {
  const box = el("fieldset", { class: "keyed", "data-path": path });
  const rebuild = () => {
    const records = getAt(state.data, path) || {};
    const entries = Object.entries(records);
    box.replaceChildren(el("legend", { text: field.label }), el("div", { class: "help", text: helpText(field) }));
    if (!entries.length) box.append(el("p", { class: "help", text: "（暂无）" }));
    for (const [name, record] of entries) {
      const shown = field.fields.map((f) => record?.[f.name]).filter((v) => v !== undefined && v !== "").join(" · ");
      box.append(el("div", { class: "list-row" },
        el("span", { class: "keyed-name", text: `${name}：${shown}` }),
        el("button", { type: "button", class: "small danger", "aria-label": `删除“${name}”的来源`, text: "删除",
          onclick: () => { delete records[name]; rebuild(); changed(); } }),
        messageNode(joinPath(path, name))));
    }
    box.append(messageNode(path));
  };
  rebuild();
  return box;
}

function freeFacts(field, path) {
  const box = el("fieldset", { class: "facts free", "data-path": path });
  const rebuild = (focusLast = false) => {
    const facts = getAt(state.data, path) || {};
    const entries = Object.entries(facts);
    box.replaceChildren(el("legend", { text: field.label }), el("div", { class: "help", text: helpText(field) }));
    entries.forEach(([name, value], index) => {
      const nameInput = el("input", { type: "text", value: name, "aria-label": `${field.label} 第${index + 1}项的名称`, placeholder: "名称，如 新建幼儿园" });
      const valueInput = el("input", { type: "text", value: value ?? "", "aria-label": `${field.label} 第${index + 1}项的数值`, placeholder: "数值，如 3所", "data-path": joinPath(path, name), "data-label": name });
      const write = () => {
        const rebuilt = {};
        Object.entries(getAt(state.data, path) || {}).forEach(([k, v], i) => {
          if (i === index) rebuilt[nameInput.value] = factValue(valueInput.value);
          else rebuilt[k] = v;
        });
        setAt(state.data, path, rebuilt); changed();
      };
      nameInput.addEventListener("change", () => { write(); rebuild(); });
      valueInput.addEventListener("input", write);
      box.append(el("div", { class: "list-row" }, nameInput, valueInput,
        el("button", { type: "button", class: "small danger", "aria-label": `删除第${index + 1}项数据`, text: "删除",
          onclick: () => { const f = getAt(state.data, path) || {}; delete f[name]; rebuild(); changed(); } }),
        messageNode(joinPath(path, name))));
      if (focusLast && index === entries.length - 1) setTimeout(() => nameInput.focus());
    });
    box.append(el("button", { type: "button", class: "add", text: "＋ 添加一项数据", onclick: () => {
      const f = getAt(state.data, path) || {};
      let n = 1; while (`数据${n}` in f) n++;
      f[`数据${n}`] = ""; setAt(state.data, path, f); rebuild(true); changed();
    } }), messageNode(path));
  };
  rebuild();
  return box;
}

function refreshKindDependent() {
  buildDownloads();
}

// ---------- talking to the server ----------

async function postJSON(url, body) {
  const answer = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return { status: answer.status, body: await answer.json() };
}

function changed() {
  save();
  clearTimeout(state.timer);
  state.timer = setTimeout(update, UPDATE_DELAY_MS);
  setStatus("正在更新预览……");
}

async function update() {
  const seq = ++state.seq;
  let reply;
  try {
    reply = await postJSON("/api/preview", state.data);
  } catch (e) {
    setStatus("无法连接讲话稿助手：请确认 speechdraft serve 仍在运行。您填写的内容保存在本浏览器中，不会丢失。", "error");
    return;
  }
  if (seq !== state.seq) return; // a newer edit is on its way
  const body = reply.body;
  showProblems(body.problems || [], body.ok ? "" : (body.problems ? "" : body.message), body.warnings || []);
  if (body.ok) {
    state.lastPreview = body.preview;
    drawPreview(body.preview, false);
  } else if (state.lastPreview) {
    drawPreview(state.lastPreview, true);
  }
}

function setStatus(text, kind = "") {
  const box = document.getElementById("status");
  box.className = `status ${kind}`;
  box.textContent = text;
}

// Problems (red: the draft cannot be made until they are fixed) and warnings (amber: a
// doubtful value, as `validate` reports it) go next to the field they name.
function showProblems(problems, message, warnings = []) {
  state.problems = problems;
  for (const node of document.querySelectorAll("[data-msg-for]")) { node.dataset.server = ""; node.dataset.warn = ""; paintMessage(node); }
  const unplaced = [];
  const unplacedWarnings = [];
  const add = (node, key, text) => { node.dataset[key] = (node.dataset[key] ? node.dataset[key] + "\n" : "") + text; };
  for (const problem of problems) {
    const node = messageFor(problem.path);
    if (node) add(node, "server", problem.message);
    else unplaced.push(problem.text);
  }
  for (const warning of warnings) {
    const node = messageFor(warning.path);
    if (node) add(node, "warn", `提醒：${warning.message}`);
    else unplacedWarnings.push(`提醒：${warning.text}`);
  }
  if (message) unplaced.push(message);
  const top = document.querySelector('[data-msg-for="__top__"]') || (() => {
    const node = messageNode("__top__");
    document.getElementById("profile-form").prepend(node);
    return node;
  })();
  top.dataset.server = unplaced.join("\n");
  top.dataset.warn = unplacedWarnings.join("\n");
  for (const node of document.querySelectorAll("[data-msg-for]")) paintMessage(node);
}

// The message goes next to the field the path names, or the nearest field that holds it.
function messageFor(path) {
  let probe = path;
  while (probe) {
    const node = document.querySelector(`[data-msg-for="${CSS.escape(probe)}"]`);
    if (node) return node;
    const cut = Math.max(probe.lastIndexOf("."), probe.lastIndexOf("["));
    probe = cut > 0 ? probe.slice(0, cut) : "";
  }
  return null;
}

function paintMessage(node) {
  const text = node.dataset.server || "";
  const warn = node.dataset.warn || "";
  node.textContent = [text, warn].filter(Boolean).join("\n");
  node.classList.toggle("warn-only", !text && Boolean(warn));
  node.closest(".field, .list-row")?.classList.toggle("invalid", Boolean(text));
  const input = node.parentElement?.querySelector("input, select");
  if (input) input.setAttribute("aria-invalid", text ? "true" : "false");
}

// ---------- the preview ----------

function drawPreview(preview, stale) {
  const panel = document.getElementById("panel-preview");
  const pages = preview.pages.map((lines, index) => el("div", { class: "page", "aria-label": `第${index + 1}页` },
    el("div", { class: "sheet" }, lines.map(drawLine)),
    el("div", { class: `folio ${index % 2 ? "even" : "odd"}`, text: `— ${index + 1} —` })));
  panel.replaceChildren(stale ? el("p", { class: "stale", text: "会议信息中有需要修改的地方（见左侧红字），下面是上一次填写正确时的稿子。" })
    : wordingBar(preview), ...pages);
  const todo = preview.todo ? `，待补 ${preview.todo} 处` : "";
  const suggest = preview.suggest ? `，建议 ${preview.suggest} 处` : "";
  setStatus(`正文 ${preview.chars} 字，约 ${preview.minutes} 分钟（按每分钟200字），约 ${preview.page_count} 页${todo}${suggest}。`
    + (preview.notes.length ? ` 注意：${preview.notes.join("；")}` : ""), stale ? "warn" : "");
  drawOutline(preview);
  drawCounts(preview);
}

// Another wording of the same draft: the seed turns every wording the phrase bank has more
// than one of, and nothing the clerk wrote. The seed goes into the profile, so the saved
// YAML (and a later render of it) keeps the wording the clerk settled on.
function wordingBar(preview) {
  const chosen = state.data && state.data.seed != null;
  return el("div", { class: "wording-bar" },
    el("button", { type: "button", id: "wording-next", onclick: () => turnWording(preview.seed, 1), text: "换一种说法" }),
    el("button", { type: "button", id: "wording-back", onclick: () => turnWording(preview.seed, -1), disabled: !chosen, text: "上一种说法" }),
    el("span", { class: "help", text: " 只换套话的措辞，您填写的内容和数字不变；保存会议信息时会记下这一种说法" }));
}

function turnWording(seed, step) {
  if (!state.data || !Number.isInteger(seed)) return;
  state.data.seed = seed + step;
  const input = document.querySelector('[data-path="seed"]');
  if (input) input.value = String(state.data.seed);  // the form's own field says the same
  changed();
}

function drawLine(line) {
  const node = el("div", { class: `line ${line.role}${line.first ? " first" : ""}` });
  for (const segment of line.segments) {
    if (!segment.mark) {
      node.append(segment.head ? el("span", { class: "head", text: segment.text }) : document.createTextNode(segment.text));
      continue;
    }
    const label = segment.mark === "todo" ? "待补" : "建议";
    node.append(el("mark", {
      class: segment.mark, tabindex: "0", role: "button", "data-ref": segment.ref,
      title: segment.ref ? `${label}：点击填写“${segment.ref}”` : label,
      onclick: () => jumpTo(segment.ref),
      onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); jumpTo(segment.ref); } },
      text: segment.text,
    }));
  }
  return node;
}

function jumpTo(ref) {
  if (!ref) return;
  const inputs = [...document.querySelectorAll("#profile-form [data-label]")];
  const target = inputs.find((i) => i.dataset.label === ref && !i.value)
    || inputs.find((i) => i.dataset.label === ref)
    || inputs.find((i) => ref.includes(i.dataset.label) || i.dataset.label.includes(ref));
  if (!target) { notice(`“${ref}”不在表单中：请在相应的重点任务里填写，或在稿子里直接修改。`); return; }
  target.scrollIntoView({ block: "center" });
  target.focus();
  target.closest(".field, .list-row")?.classList.add("flash");
  setTimeout(() => target.closest(".field, .list-row")?.classList.remove("flash"), 1500);
}

function drawOutline(preview) {
  const panel = document.getElementById("panel-outline");
  panel.replaceChildren(el("h2", { text: preview.title }),
    el("ol", { class: "outline" }, preview.outline.map((h) => el("li", { class: `level-${h.level}` },
      el("button", { type: "button", class: "link", onclick: () => showHeading(h), text: h.number + h.title })))));
}

// From the outline to the heading's place in the pages.
function showHeading(heading) {
  const start = (heading.number + heading.title).slice(0, 8);
  const line = [...document.querySelectorAll("#panel-preview .line.first")]
    .find((node) => node.textContent.startsWith(start));
  showTab("preview");
  if (line) {
    line.scrollIntoView({ block: "center" });
    line.classList.add("flash");
    setTimeout(() => line.classList.remove("flash"), 1500);
  }
}

function drawCounts(preview) {
  const panel = document.getElementById("panel-counts");
  const rows = preview.parts.map((p) => el("tr", {}, el("th", { scope: "row", text: p.name }),
    el("td", { text: p.chars }), el("td", { text: p.minutes }), el("td", { text: p.todo }), el("td", { text: p.suggest })));
  panel.replaceChildren(el("table", { class: "counts" },
    el("thead", {}, el("tr", {}, ...["部分", "字数", "分钟", "待补", "建议"].map((h) => el("th", { scope: "col", text: h })))),
    el("tbody", {}, rows),
    el("tfoot", {}, el("tr", {}, el("th", { scope: "row", text: "合计" }), el("td", { text: preview.chars }),
      el("td", { text: preview.minutes }), el("td", { text: preview.todo }), el("td", { text: preview.suggest })))));
}

// ---------- downloads ----------

function buildDownloads() {
  const panel = document.getElementById("panel-downloads");
  const item = (label, help, action, id, disabled = false) => el("li", {},
    el("button", { type: "button", id, onclick: action, disabled, text: label }), el("span", { class: "help", text: ` ${help}` }));
  panel.replaceChildren(el("ul", { class: "downloads" },
    item("讲话稿（.docx）", "党政机关公文版式，可在 Word/WPS 中修改", () => download("/api/render"), "dl-docx"),
    item("审阅稿（.docx）", "页眉“讨论稿”、行号、待补黄色醒目，便于在纸上提意见", () => download("/api/render?copy=review"), "dl-review"),
    item("念稿版（.docx）", "大字、加大行距，供讲话人念稿", () => download("/api/render?copy=reading"), "dl-reading"),
    item("PDF", boot.pdf ? "与打印效果相同" : "这台服务器没有安装 LibreOffice，不能生成 PDF：请下载 .docx 后在 Word/WPS 中“另存为 PDF”",
      () => download("/api/render?format=pdf"), "dl-pdf", !boot.pdf),
    item("纯文本（.txt）", "全文，不带格式", () => download("/api/render?format=txt"), "dl-txt"),
    item("会议信息（.yaml）", "保存您填写的内容，以后可“打开会议信息”继续，或交给命令行 speechdraft render", () => download("/api/yaml"), "dl-yaml"),
    item("材料收集清单（.xlsx）", "按本次会议的重点任务列出需要各科室提供的数据，发给各科室填写；交回后点上方“汇总科室回表”", () => download("/api/checklist?format=xlsx"), "dl-checklist"),
    item("材料收集清单（.docx）", "同一份清单，供打印", () => download("/api/checklist?format=docx"), "dl-checklist-docx")));
}

async function download(url) {
  setStatus("正在生成文件……");
  const answer = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(state.data) });
  await saveAnswer(answer);
}

async function saveAnswer(answer) {
  if (!answer.ok) {
    const body = await answer.json();
    if (body.problems) showProblems(body.problems, "");
    notice(body.problems ? ["会议信息中还有需要修改的地方，改好后才能生成文件：", ...body.problems.map((p) => p.text)] : body.message, "error");
    setStatus("文件没有生成。", "error");
    return;
  }
  const name = decodeURIComponent((answer.headers.get("Content-Disposition") || "").split("UTF-8''")[1] || "speechdraft");
  const blob = await answer.blob();
  const link = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  setStatus(`已下载：${name}`);
}

// ---------- uploads ----------

async function postFile(url, file) {
  const answer = await fetch(url, { method: "POST", headers: { "Content-Type": "application/octet-stream" }, body: file });
  return { status: answer.status, body: await answer.json() };
}

function replaceWork(data, message) {
  state.data = data;
  save();
  buildForm();
  changed();
  notice(message);
}

async function openProfile(file) {
  const reply = await postFile(`/api/load?name=${encodeURIComponent(file.name)}`, file);
  if (!reply.body.data) {
    notice(reply.body.problems ? reply.body.problems.map((p) => p.text) : reply.body.message, "error");
    return;
  }
  const lines = [`已打开 ${file.name}。`];
  if (!reply.body.ok) lines.push(`其中有 ${reply.body.problems.length} 处需要修改，已在左侧标出。`);
  replaceWork(reply.body.data, lines);
}

async function importSpeech(file) {
  const year = new Date().getFullYear();
  const reply = await postFile(`/api/import?name=${encodeURIComponent(file.name)}&year=${year}`, file);
  if (reply.status !== 200 || !reply.body.data) {
    notice(reply.body.message || "未能从这份稿子起草会议信息。", "error");
    return;
  }
  replaceWork(reply.body.data, [`已从 ${file.name} 起草今年（${year}年）的会议信息。程序的推断：`,
    ...reply.body.notes.map((n) => `· ${n}`), "旧稿中的数据和年份不会直接沿用：请逐项核对、重新填写。"]);
}

async function checkDraft(file) {
  const year = String(state.data.meeting?.date || "").slice(0, 4);
  const query = new URLSearchParams({ name: file.name, paragraphs: "1" });
  if (state.data.region?.level) query.set("level", state.data.region.level);
  if (/^\d{4}$/.test(year)) query.set("year", year);
  const reply = await postFile(`/api/check?${query}`, file);
  const panel = document.getElementById("panel-check");
  showTab("check");
  if (reply.status !== 200) { panel.replaceChildren(el("p", { class: "error", text: reply.body.message })); return; }
  drawFindings(panel, file.name, reply.body);
}

function drawFindings(panel, name, result) {
  const byParagraph = new Map();
  for (const f of result.findings) {
    if (!byParagraph.has(f.paragraph)) byParagraph.set(f.paragraph, []);
    byParagraph.get(f.paragraph).push(f);
  }
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const list = el("ol", { class: "findings" }, result.findings.map((f) => el("li", { class: f.severity },
    el("button", { type: "button", class: "link", onclick: () => document.getElementById(`para-${f.paragraph}`)?.scrollIntoView({ block: "center" }),
      text: `第${f.paragraph}段` }), `　${f.severity === "error" ? "错误" : "提醒"}：${f.message}`)));
  // findings number paragraphs from 1, as a clerk counts them
  const text = el("div", { class: "checked-text" }, result.paragraphs.map((p, i) => {
    const found = byParagraph.get(i + 1);
    return el("p", { id: `para-${i + 1}`, class: found ? "flagged" : "", title: found ? found.map((f) => f.message).join("\n") : null },
      el("span", { class: "para-no", text: `${i + 1}` }), p);
  }));
  panel.replaceChildren(
    el("h2", { text: `${name}：${result.findings.length ? `共 ${result.findings.length} 处（错误 ${errors} 处）` : "没有发现问题"}` }),
    el("p", { class: "help", text: `层级：${result.level || "未知"}　年份：${result.year || "未知"}` }),
    list, text);
}

function base64Of(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",", 2)[1] || "");
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

// The departments' filled-in checklists, read into the profile (what `collect` does).
async function collectReturns(files) {
  setStatus("正在汇总回表……");
  const returns = await Promise.all(files.map(async (f) => ({ name: f.name, content: await base64Of(f) })));
  const reply = await postJSON("/api/collect", { profile: state.data, returns });
  const body = reply.body;
  if (!body.ok) {
    notice(body.problems ? body.problems.map((p) => p.text) : (body.unreadable || [body.message]), "error");
    setStatus("回表没有汇总。", "error");
    return;
  }
  const lines = [...body.report, body.needs_decision ? "以上标出的几处需要您核实、决定后再定稿。" : "各项数据已写入。"];
  if (body.data) replaceWork(body.data, lines);
  else notice(lines, "error");
}

// ---------- starting points ----------

async function useExample() {
  const kind = state.data.kind || "leader_speech";
  const level = state.data.region?.level || "county";
  if (!confirm("用所选类型和层级的示例内容替换当前填写的内容吗？（建议先下载会议信息 .yaml 保存）")) return;
  const answer = await fetch(`/api/example?kind=${encodeURIComponent(kind)}&level=${encodeURIComponent(level)}`);
  replaceWork(await answer.json(), "已填入示例内容：请逐项修改为本次会议的实际情况。");
}

function startOver() {
  if (!confirm("清空当前内容，重新开始吗？（建议先下载会议信息 .yaml 保存）")) return;
  replaceWork(structuredClone(boot.example), "已重新开始。");
}

function start() {
  buildPage();
  const saved = restore();
  state.data = saved || structuredClone(boot.example);
  buildForm();
  if (saved) notice("已恢复您上次填写的内容（保存在本浏览器中）。");
  update();
}

start();
