/* newsgraph report: reads the JSON block, draws the actor network with vis-network and fills
   the views. Article text only ever reaches the page through text nodes (append of a string,
   textContent) and setAttribute: never innerHTML, so markup in an article stays text.

   A real corpus has thousands of actors: the network opens on an overview (the actors with the
   most independent evidence, their strongest relations, coloured by community), a search or a
   double click focuses one actor's neighbourhood, an edge opens the pair of actors it joins, and
   the filters redraw whichever of these is shown. */
(function () {
  "use strict";

  const started = performance.now();
  const RAW = JSON.parse(document.getElementById("newsgraph-data").textContent);
  const LIMITS = { evidence: 300, rows: 500, search: 50, name: 200, label: 30, sentence: 700 };
  // How much a focused view draws: direct neighbours, then nodes in all (two steps away).
  const FOCUS = { first: 30, total: 60, perNeighbour: 4 };
  const EDGES_PER_NODE = 2.5;
  const MAX_SCALE = 0.6; // the zoom a view opens at, at most (labels are drawn at 24-40 px) // the overview's strongest relations, per actor shown
  // Presentation only: one shape per actor kind, one colour per community and per quad class.
  const KIND_SHAPES = {
    PERSON: "dot", ORG: "square", GPE: "diamond", NORP: "triangle", LOC: "triangleDown",
    FAC: "hexagon", OUTLET: "star", GROUP: "square",
  };
  const KIND_SYMBOLS = { dot: "\u25cf", square: "\u25a0", diamond: "\u25c6", triangle: "\u25b2",
    triangleDown: "\u25bc", hexagon: "\u2b22", star: "\u2605" };
  const COMMUNITY_COLORS = ["#3b82c4", "#e0702e", "#2e8b57", "#c0392b", "#8e5cc2", "#8c6d46", "#d45a9e",
    "#5f7d8c", "#a3a32a", "#17a2b8", "#6b8e23", "#b8860b"];
  const OTHER_COMMUNITY = "#9aa3ae";
  const QUADS = {
    verbal_cooperation: { color: "#7cc576", label: "verbal cooperation" },
    material_cooperation: { color: "#1e7d32", label: "material cooperation" },
    verbal_conflict: { color: "#f0a040", label: "verbal conflict" },
    material_conflict: { color: "#c62828", label: "material conflict" },
  };
  const UNTYPED = { color: "#a0a8b4", label: "untyped" };
  const AFFILIATION_COLOR = "#7a869a";
  const BIDI_NAMES = {
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
  };

  // --- the payload: rows to objects ---------------------------------------------------------------

  /** Rows of the named table as objects, by the field names the payload lists once (a row
      stops at its last value: the fields after it are null). */
  function rows(name) {
    const fields = RAW.fields[name];
    return (RAW[name] || []).map((row, index) => {
      const record = { index };
      fields.forEach((field, i) => { record[field] = i < row.length ? row[i] : null; });
      return record;
    });
  }
  const isoDate = (value) => ((/^\d{4}(-\d{2}(-\d{2})?)?/.exec(value || "") || [null])[0]);

  const nullable = (value) => (value == null || value < 0 ? null : value);
  const SENTENCES = RAW.sentences;
  const DOCUMENTS = rows("documents");
  const ACTORS = rows("actors");
  const actorsById = new Map(ACTORS.map((a) => [a.id, a]));
  const actorId = (index) => (index == null || index < 0 ? null : ACTORS[index].id);
  /** A claim's content: its own text, or the part of the sentence it points to. */
  function claimText(c) {
    if (c.text != null || c.sentence == null) return c.text || "";
    const [, base, text] = SENTENCES[c.sentence];
    return text.slice(c.start - base, c.end - base);
  }
  const CLAIMS = rows("claims").map((c) => Object.assign(c, { text: claimText(c),
    speaker: actorId(c.speaker), reused: nullable(c.reused), about: (c.about || []).map(actorId), anonymous: Boolean(c.anonymous),
    confidence: c.confidence == null ? 1 : c.confidence, act: c.act || "statement" }));
  /** The confidence filter's value (positions, requests and questions are claims below the default). */
  const threshold = () => Number(filterInputs.confidence ? filterInputs.confidence.value : SETTINGS.min_confidence) || 0;
  /** A span relative to its sentence, made absolute (offsets in the document). */
  const absolute = (pair, base) => (pair ? [pair[0] + base, pair[1] + base] : null);
  const EVENTS = rows("events").map((e) => {
    const [doc, start, text] = SENTENCES[e.sentence] || [-1, 0, ""];
    return Object.assign(e, {
      doc, start, text, source: actorId(e.source), target: actorId(e.target),
      trigger_span: absolute(e.trigger_span, start), source_span: absolute(e.source_span, start),
      target_span: absolute(e.target_span, start), claim: nullable(e.claim), reused: nullable(e.reused),
      time: e.time_value || e.time_text ? { value: e.time_value, text: e.time_text == null ? e.time_value : e.time_text } : null,
      confidence: e.confidence == null ? 1 : e.confidence, date: e.date || isoDate(e.time_value),
      mode: e.mode || "asserted", negated: Boolean(e.negated),
    });
  });
  EVENTS.forEach((e) => { e.trigger = e.trigger_span ? e.text.slice(e.trigger_span[0] - e.start, e.trigger_span[1] - e.start) : ""; });
  const RELATIONS = rows("relations").map((r) => {
    const times = r.events.map((e) => isoDate(EVENTS[e].time_value)).filter(Boolean).sort();
    return Object.assign(r, {
      sourceIndex: r.source, targetIndex: r.target, source: actorId(r.source), target: actorId(r.target),
      quad: (RAW.quads || {})[r.type] || null, first: times[0] || null, last: times[times.length - 1] || null,
      confidence: r.confidence == null ? 1 : r.confidence,
      // counts a reader sees: a sentence copied into near-identical articles once
      shownEvents: r.distinct_events == null ? r.events.length : r.distinct_events,
      shownDocuments: r.distinct_documents == null ? r.documents : r.distinct_documents });
  });
  const AFFILIATIONS = rows("affiliations").map((f) => Object.assign(f, { source: actorId(f.source), target: actorId(f.target) }));
  const PASSAGES = rows("reuse").map((p) => Object.assign(p, {
    a: { doc: p.a[0], start: p.a[1], end: p.a[2], segments: p.a[3] },
    b: { doc: p.b[0], start: p.b[1], end: p.b[2], segments: p.b[3] }, origin: nullable(p.origin) }));
  const CONTRADICTIONS = rows("contradictions").map((c) => Object.assign(c, {
    actors: c.actors.map((a) => (typeof a === "number" ? actorId(a) : a)) }));
  const SETTINGS = RAW.settings || {};

  const relationOfEvent = new Map();
  const relationsByActor = new Map(ACTORS.map((a) => [a.id, []]));
  RELATIONS.forEach((r, i) => {
    r.events.forEach((e) => relationOfEvent.set(e, i));
    relationsByActor.get(r.source).push(r);
    if (r.target !== r.source) relationsByActor.get(r.target).push(r);
  });
  const claimsBySpeaker = new Map();
  CLAIMS.forEach((c) => { if (c.speaker) (claimsBySpeaker.get(c.speaker) || claimsBySpeaker.set(c.speaker, []).get(c.speaker)).push(c); });

  /** An actor's mentions from its compact rows, offsets made absolute. */
  function mentionsOf(actor) {
    return (RAW.mentions[actor.index] || []).map(([sentence, start, end, claim, reused]) => {
      const [doc, base, text] = SENTENCES[sentence] || [-1, 0, ""];
      return { doc, sentence, base, text, start: start + base, end: end + base, claim: nullable(claim), reused: nullable(reused) };
    });
  }

  const report = { ready: false, timings: { scriptStart: started, dataRead: performance.now() }, network: null, draws: 0 };
  window.newsgraphReport = report;

  // --- text ------------------------------------------------------------------------------

  /** Control characters as their visible pictures, bidi controls named: what is there shows. */
  function visible(value) {
    return String(value == null ? "" : value)
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g,
        (c) => (c === "\u007f" ? "\u2421" : String.fromCharCode(0x2400 + c.charCodeAt(0))))
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => "[" + BIDI_NAMES[c] + "]");
  }

  function shorten(value, limit) {
    const text = visible(value);
    return text.length > limit ? text.slice(0, limit - 1) + "\u2026" : text;
  }

  function fold(value) {
    return visible(value).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  /** "1 event", "2 events": a count with its noun in the right number. */
  function counted(count, noun) {
    return `${count} ${noun}${count === 1 ? "" : "s"}`;
  }

  /** An element; string children become text nodes, attributes go through setAttribute. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value == null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child != null && child !== false) node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  /** Article text, isolated for bidi. */
  function t(value, limit) {
    const node = document.createElement("bdi");
    node.textContent = limit ? shorten(value, limit) : visible(value);
    return node;
  }

  /** A name on one line, cut with an ellipsis; the whole of it (up to a limit) on hover. */
  function nameNode(value, limit = LIMITS.name) {
    return el("span", { class: "name", title: shorten(value, 2000) }, t(value, limit));
  }

  function actorName(id, fallback) {
    const actor = id ? actorsById.get(id) : null;
    if (actor) return nameNode(actor.name, 80);
    return fallback ? el("span", { class: "dim" }, nameNode(fallback, 80)) : el("span", { class: "dim" }, "\u2013");
  }

  function none(message) {
    return el("p", { class: "none" }, message);
  }

  function badge(text, cls, title) {
    return el("span", { class: "badge " + (cls || ""), title }, text);
  }

  /** ``text`` (which starts at ``offset`` in its document) with the spans marked; a very long
      text is cut to a window around the first span. */
  function marked(text, offset, spans) {
    text = String(text == null ? "" : text);
    const local = spans
      .filter((s) => s && s.start != null)
      .map((s) => ({ start: s.start - offset, end: s.end - offset, cls: s.cls || "" }))
      .filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start)
      .sort((a, b) => a.start - b.start);
    let from = 0;
    let to = text.length;
    if (to > LIMITS.sentence) {
      const centre = local.length ? local[0].start : 0;
      from = Math.max(0, centre - LIMITS.sentence / 2);
      to = Math.min(text.length, from + LIMITS.sentence);
    }
    const body = document.createElement("bdi");
    if (from > 0) body.append("\u2026");
    let at = from;
    for (const span of local) {
      if (span.start < at || span.end > to) continue;
      body.append(visible(text.slice(at, span.start)));
      body.append(el("mark", { class: span.cls }, visible(text.slice(span.start, span.end))));
      at = span.end;
    }
    body.append(visible(text.slice(at, to)));
    if (to < text.length) body.append("\u2026");
    return el("p", { class: "sentence" }, body);
  }

  function span(pair, cls) {
    return pair ? { start: pair[0], end: pair[1], cls } : null;
  }

  // --- evidence pieces -------------------------------------------------------------------------

  function documentLine(docIndex) {
    const doc = DOCUMENTS[docIndex] || {};
    return el("div", { class: "meta" },
      el("strong", {}, t(doc.title || doc.path || "unknown document", 160)), " \u00b7 ", t(doc.path || "", 160),
      doc.outlet ? [" \u00b7 ", t(doc.outlet, 80)] : null,
      doc.published ? [" \u00b7 ", t(doc.published, 40)] : null);
  }

  function recycledBadge(passageIndex, docIndex) {
    if (passageIndex == null) return null;
    const passage = PASSAGES[passageIndex];
    if (!passage) return badge("recycled", "recycled");
    const other = passage.a.doc === docIndex ? passage.b.doc : passage.a.doc;
    const doc = DOCUMENTS[other] || {};
    return badge("recycled", "recycled", "also printed in: " + shorten(doc.title || doc.path || "another document", 200));
  }

  function claimLine(claimIndex) {
    const claim = claimIndex == null ? null : CLAIMS[claimIndex];
    if (!claim) return null;
    return el("div", { class: "meta" }, "claim: ",
      el("strong", {}, actorName(claim.speaker, claim.speaker_text || "unattributed")), " ",
      claim.anonymous ? badge("anonymous", "anonymous") : badge("named"),
      badge(claim.stance, claim.stance),
      claim.cue ? ["cue ", t(claim.cue, 40)] : null,
      claim.outlet ? [" \u00b7 to ", t(claim.outlet, 80)] : null,
      claim.reused != null ? [" ", recycledBadge(claim.reused, claim.doc)] : null);
  }

  function mentionItem(mention) {
    return el("li", { class: "mention" }, marked(mention.text, mention.base, [{ start: mention.start, end: mention.end }]),
      documentLine(mention.doc), claimLine(mention.claim),
      mention.reused != null ? el("div", {}, recycledBadge(mention.reused, mention.doc)) : null);
  }

  function eventSummary(event) {
    const type = (event.type || "untyped") + (event.subtype ? "/" + event.subtype : "");
    const quad = QUADS[quadOf(event)];
    return el("div", {},
      badge(type, "", quad ? quad.label : "untyped"), " ",
      actorName(event.source, event.source_text), " \u2500", t(event.trigger, 40), "\u2192 ",
      actorName(event.target, event.target_text), " ",
      el("span", { class: "meta" }, event.mode + (event.negated ? ", negated" : "") +
        (event.confidence < 1 ? `, confidence ${event.confidence.toFixed(2)}` : "")));
  }

  function quadOf(event) {
    const index = relationOfEvent.get(event.index);
    return index == null ? null : RELATIONS[index].quad;
  }

  function eventItem(index) {
    const event = EVENTS[index];
    if (!event) return el("li", {}, "event ", t(index), " is not in the report");
    const time = event.time ? [" \u00b7 ", t(event.time.value || event.time.text, 40),
      event.time.value ? el("span", { class: "dim" }, " (", t(event.time.text, 60), ")") : null] : null;
    return el("li", { class: "event" }, eventSummary(event),
      marked(event.text, event.start,
        [span(event.source_span), span(event.trigger_span, "trigger"), span(event.target_span)]),
      el("div", { class: "meta" }, time), documentLine(event.doc), claimLine(event.claim),
      event.reused != null ? el("div", {}, recycledBadge(event.reused, event.doc)) : null);
  }

  /** A no-comment on nothing in particular has no content: say so rather than show nothing. */
  function noTopic() {
    return el("div", { class: "meta" }, "(no topic given)");
  }

  function claimItem(claim) {
    return el("li", { class: "claim" }, badge(claim.stance, claim.stance), " ",
      actorName(claim.speaker, claim.speaker_text || "unattributed"), claim.cue ? [" ", t(claim.cue, 40)] : null,
      claim.text ? marked(claim.text, claim.start, []) : noTopic(), documentLine(claim.doc),
      claim.reused != null ? el("div", {}, recycledBadge(claim.reused, claim.doc)) : null);
  }

  function limitedList(items, render, what) {
    const list = el("ul", { class: "evidence-list" }, items.slice(0, LIMITS.evidence).map(render));
    const rest = items.length - LIMITS.evidence;
    return rest > 0 ? [list, el("p", { class: "dim" }, `\u2026 and ${rest} more ${what}`)] : [list];
  }

  // --- the evidence panel: an actor, a relation, a pair ------------------------------------------

  const panel = document.getElementById("evidence");

  function actionButton(label, action) {
    return el("button", { type: "button", class: "action", onclick: action }, label);
  }

  function showActor(id) {
    const actor = actorsById.get(id);
    if (!actor) return;
    const mentions = mentionsOf(actor);
    const relations = relationsByActor.get(id);
    const focused = state.mode === "focus" && state.focus !== id ? state.focus : null;
    panel.replaceChildren(el("div", { class: "actor-evidence", "data-actor": id },
      el("h2", { class: "actor-name" }, nameNode(actor.name, 300)),
      el("p", { class: "meta" }, badge(actor.kind, "", null),
        ` ${actor.mentions} mentions in ${actor.documents} documents (${actor.independent} outside recycled text)`),
      actor.aliases.length ? el("p", { class: "meta" }, "Also written: ",
        actor.aliases.slice(0, 20).map((a, i) => [i ? ", " : "", t(a, 80)])) : null,
      el("p", { class: "actions" },
        state.mode === "focus" && state.focus === id ? null : actionButton("Show its neighbourhood", () => focusActor(id)),
        focused ? actionButton(["Pair with ", t(actorsById.get(focused).name, 40)], () => showPair(focused, id)) : null),
      el("h3", {}, `Relations (${relations.length})`),
      relations.length ? el("ul", { class: "results" }, relations.slice(0, LIMITS.evidence).map((r) =>
        el("li", {}, el("button", { type: "button", class: "link", onclick: () => focusRelation(r.index) },
          t(relationTitle(r), 160))))) : none("No relations found for this actor."),
      el("h3", {}, `Evidence (${actor.mentions} mentions` + (mentions.length < actor.mentions ? `, ${mentions.length} shown, one per document first)` : ")")),
      mentions.length ? limitedList(mentions, mentionItem, "mentions") : none("No mentions found for this actor.")));
    panel.scrollTop = 0;
  }

  function relationTitle(relation) {
    const source = actorsById.get(relation.source);
    const target = actorsById.get(relation.target);
    return `${source ? shorten(source.name, 60) : relation.source} \u2500${relation.type || "untyped"}\u2192 ` +
      `${target ? shorten(target.name, 60) : relation.target} (${relation.shownEvents})`;
  }

  function showRelation(index) {
    const relation = RELATIONS[index];
    if (!relation) return;
    const quad = QUADS[relation.quad] || UNTYPED;
    const period = relation.first ? (relation.first === relation.last ? relation.first : `${relation.first} \u2013 ${relation.last}`) : "undated";
    panel.replaceChildren(el("div", { class: "relation-evidence", "data-relation": index },
      el("h2", { class: "relation-name" }, actorName(relation.source), ` \u2500${relation.type || "untyped"}\u2192 `,
        actorName(relation.target)),
      el("p", { class: "meta" }, badge(quad.label, "", null),
        ` ${counted(relation.shownEvents, "event")} in ${counted(relation.shownDocuments, "document")}`,
        relation.events.length > relation.shownEvents ? ` (+${relation.events.length - relation.shownEvents} ${relation.events.length - relation.shownEvents === 1 ? "copy" : "copies"} in near-identical articles)` : "",
        " \u00b7 ",
        `${counted(relation.independent_sources, "independent source")} \u00b7 ${period}`),
      el("p", { class: "actions" }, actionButton("Both actors: all their evidence", () => showPair(relation.source, relation.target))),
      el("h3", {}, `Evidence (${relation.events.length} events)`),
      relation.events.length ? limitedList(relation.events, eventItem, "events") : none("No events found for this relation.")));
    panel.scrollTop = 0;
  }

  /** Everything two actors share: their events (both directions), the claims one makes about the
      other, their affiliations and the contradictions these take part in, in time order. */
  function pairEvidence(a, b) {
    const relations = relationsByActor.get(a).filter((r) => r.source === b || r.target === b);
    const events = [...new Set(relations.flatMap((r) => r.events))].map((i) => EVENTS[i]);
    const claims = [a, b].flatMap((speaker) => (claimsBySpeaker.get(speaker) || [])
      .filter((c) => c.about.includes(speaker === a ? b : a) && c.confidence >= threshold()));
    const affiliations = AFFILIATIONS.filter((f) => (f.source === a && f.target === b) || (f.source === b && f.target === a));
    const items = new Set([...events.map((e) => "e" + e.index), ...claims.map((c) => "c" + c.index)]);
    const contradictions = CONTRADICTIONS.filter((c) => c.items.some(([kind, i]) => items.has(kind + i)));
    const dated = [...events.map((e) => ({ date: e.date, doc: e.doc, start: e.start, node: () => eventItem(e.index) })),
      ...claims.map((c) => ({ date: c.date, doc: c.doc, start: c.start, node: () => claimItem(c) }))];
    dated.sort((x, y) => (x.date || "\uffff").localeCompare(y.date || "\uffff") || x.doc - y.doc || x.start - y.start);
    return { relations, events, claims, affiliations, contradictions, dated };
  }

  function showPair(a, b) {
    const first = actorsById.get(a);
    const second = actorsById.get(b);
    if (!first || !second) return;
    const found = pairEvidence(a, b);
    state.pair = [a, b];
    if (report.network) report.network.selectNodes([a, b].filter((id) => report.shown.has(id)));
    panel.replaceChildren(el("div", { class: "pair-evidence", "data-pair": a + " " + b },
      el("h2", {}, nameNode(first.name, 80), " \u2194 ", nameNode(second.name, 80)),
      el("p", { class: "meta" }, `${found.events.length} events in ${found.relations.length} relations \u00b7 `,
        `${found.claims.length} claims one makes about the other \u00b7 ${found.contradictions.length} contradictions`),
      el("p", { class: "actions" }, actionButton(["Focus ", t(first.name, 30)], () => focusActor(a)),
        actionButton(["Focus ", t(second.name, 30)], () => focusActor(b))),
      found.affiliations.length ? [el("h3", {}, "Affiliations"), el("ul", { class: "evidence-list" },
        found.affiliations.map(affiliationItem))] : null,
      el("h3", {}, `In time order (${found.dated.length})`),
      found.dated.length ? limitedList(found.dated, (item) => {
        const node = item.node();
        node.setAttribute("data-date", item.date || "");
        return node;
      }, "items")
        : none("No events or claims found between these two actors."),
      found.contradictions.length ? [el("h3", {}, `Contradictions (${found.contradictions.length})`),
        found.contradictions.slice(0, LIMITS.evidence).map(contradictionCard)] : null));
    panel.scrollTop = 0;
  }

  function affiliationItem(f) {
    const sentence = f.sentence ? SENTENCES[f.sentence[0]] : null;
    return el("li", { class: "affiliation" }, actorName(f.source), ` ${String(f.relation || "").replace(/_/g, " ")} `,
      actorName(f.target), f.role ? el("span", { class: "meta" }, " (", t(f.role, 40), ")") : null,
      sentence ? [marked(sentence[2], sentence[1], [{ start: f.sentence[1] + sentence[1], end: f.sentence[2] + sentence[1] }]),
        documentLine(sentence[0])] : null);
  }

  // --- filters -----------------------------------------------------------------------------------

  const state = {
    mode: "overview", focus: null, pair: null, affiliations: true,
    size: Math.max(10, Number(SETTINGS.overview) || 120),
  };
  const filterInputs = {};
  const KINDS = [...new Set(ACTORS.map((a) => a.kind))].sort();
  const QUAD_KEYS = [...Object.keys(QUADS), "untyped"];
  const quadKey = (quad) => (QUADS[quad] ? quad : "untyped");
  const TYPES = [...new Set(RELATIONS.map((r) => r.type || ""))].sort();
  const outletOf = (docIndex) => (DOCUMENTS[docIndex] || {}).outlet || "(no outlet)";
  const OUTLETS = [...new Set(DOCUMENTS.map((d, i) => outletOf(i)))].sort();

  function readFilters() {
    const checked = (name) => new Set([...document.querySelectorAll(`#filters input[data-${name}]`)]
      .filter((i) => i.checked).map((i) => i.dataset[name]));
    return {
      quads: checked("quad"), kinds: checked("kind"), type: filterInputs.type.value,
      sources: Math.max(0, Number(filterInputs.sources.value) || 0),
      confidence: Number(filterInputs.confidence.value) || 0,
      from: filterInputs.from.value, to: filterInputs.to.value, outlet: filterInputs.outlet.value,
    };
  }

  /** Whether a date ("2024", "2024-03" or "2024-03-05") may lie in from..to (both inclusive). */
  function inRange(date, from, to) {
    if (!from && !to) return true;
    if (!date) return false;
    const low = date + "-01-01".slice(date.length - 4);
    const high = date + "-12-31".slice(date.length - 4);
    return (!from || high >= from) && (!to || low <= to);
  }

  /** The relations every filter keeps, each with its weight (independent sources among the
      events kept), and how many relations each filter alone keeps. */
  function applyFilters(f) {
    const alone = { quad: 0, type: 0, sources: 0, confidence: 0, time: 0, kind: 0, outlet: 0 };
    const kept = [];
    for (const r of RELATIONS) {
      const pass = {
        quad: f.quads.has(quadKey(r.quad)), type: !f.type || (r.type || "") === f.type,
        sources: r.independent_sources >= f.sources, kind: f.kinds.has(ACTORS[r.sourceIndex].kind) && f.kinds.has(ACTORS[r.targetIndex].kind),
        confidence: false, time: false, outlet: false,
      };
      const keptEvents = [];
      for (const index of r.events) {
        const e = EVENTS[index];
        const ok = [e.confidence >= f.confidence, inRange(e.date, f.from, f.to), !f.outlet || outletOf(e.doc) === f.outlet];
        pass.confidence ||= ok[0];
        pass.time ||= ok[1];
        pass.outlet ||= ok[2];
        if (ok[0] && ok[1] && ok[2]) keptEvents.push(e);
      }
      if (!r.events.length) Object.assign(pass, { confidence: r.confidence >= f.confidence, time: !f.from && !f.to, outlet: !f.outlet });
      pass.confidence &&= r.confidence >= f.confidence;
      for (const key in alone) if (pass[key]) alone[key] += 1;
      if (!Object.values(pass).every(Boolean) || (r.events.length && !keptEvents.length)) continue;
      const weight = keptEvents.length === r.events.length ? r.independent_sources
        : Math.min(r.independent_sources, new Set(keptEvents.map((e) => e.doc)).size);
      if (weight >= f.sources) kept.push({ relation: r, weight: Math.max(1, weight) });
    }
    const kinds = f.kinds;
    const affiliations = state.affiliations ? AFFILIATIONS.filter((a) =>
      kinds.has(actorsById.get(a.source).kind) && kinds.has(actorsById.get(a.target).kind)) : [];
    return { kept, alone, kinds, affiliations };
  }

  let cached = null;

  /** The filters' result, its pairs and neighbourhoods: computed again only when a filter
      changed, so moving between the overview and a focus costs no filtering. */
  function filteredView() {
    const f = readFilters();
    const key = JSON.stringify([f.type, f.sources, f.confidence, f.from, f.to, f.outlet, [...f.quads], [...f.kinds],
      state.affiliations]);
    if (cached && cached.key === key) return cached;
    const filtered = applyFilters(f);
    filtered.pairs = pairsOf(filtered.kept);
    filtered.around = neighbourhoods(filtered.pairs);
    filtered.key = key;
    cached = filtered;
    return filtered;
  }

  /** Kept relations joined per pair of actors (either direction): one edge per pair, its weight
      the sum, its colour the quad class with the most weight. */
  function pairsOf(kept) {
    const pairs = new Map();
    for (const { relation, weight } of kept) {
      const [a, b] = [relation.source, relation.target].sort();
      const key = a + "\u0000" + b;
      const pair = pairs.get(key) || pairs.set(key, { key, a, b, weight: 0, relations: [], quads: {} }).get(key);
      pair.weight += weight;
      pair.relations.push(relation);
      pair.quads[quadKey(relation.quad)] = (pair.quads[quadKey(relation.quad)] || 0) + weight;
    }
    return [...pairs.values()];
  }

  function neighbourhoods(pairs) {
    const around = new Map();
    for (const pair of pairs) {
      if (pair.a === pair.b) continue;
      (around.get(pair.a) || around.set(pair.a, []).get(pair.a)).push([pair.b, pair]);
      (around.get(pair.b) || around.set(pair.b, []).get(pair.b)).push([pair.a, pair]);
    }
    return around;
  }

  /** An actor's neighbours, strongest first: sorted when first asked (a few actors are). */
  function strongestAround(around, id) {
    const list = around.get(id) || [];
    if (!list.sorted) {
      list.sort((x, y) => y[1].weight - x[1].weight);
      list.sorted = true;
    }
    return list;
  }

  /** Independent evidence: the documents naming the actor outside recycled text and the
      independent sources of its relations the filters keep. */
  function score(actor, around) {
    return actor.independent + (around.get(actor.id) || []).reduce((sum, [, pair]) => sum + pair.weight, 0);
  }

  // --- the views of the network: overview and focus -----------------------------------------------

  /** The actors with the most independent evidence that have a relation to one another, and the
      strongest relations among them. A graph no bigger than the overview is drawn whole. */
  function overviewGraph(filtered) {
    const { pairs, around } = filtered;
    const visibleActors = ACTORS.filter((a) => filtered.kinds.has(a.kind));
    if (ACTORS.length <= state.size) {
      return { actors: visibleActors, pairs, summary: `All ${ACTORS.length} actors and ${filtered.kept.length} of ${RELATIONS.length} relations.` };
    }
    const candidates = visibleActors.filter((a) => around.has(a.id))
      .map((a) => [a, score(a, around)]).sort((x, y) => y[1] - x[1] || x[0].index - y[0].index).map(([a]) => a);
    // An actor whose relations all lead outside the overview would float alone: prefer those
    // tied to another strong actor.
    const pool = new Set(candidates.slice(0, Math.ceil(state.size * 1.5)).map((a) => a.id));
    const chosen = [];
    for (const actor of candidates) {
      if (chosen.length >= state.size) break;
      if (around.get(actor.id).some(([other]) => pool.has(other))) chosen.push(actor);
    }
    const shown = new Set(chosen.map((a) => a.id));
    const inside = pairs.filter((p) => shown.has(p.a) && shown.has(p.b)).sort((x, y) => y.weight - x.weight);
    const keep = new Set(inside.slice(0, Math.ceil(chosen.length * EDGES_PER_NODE)));
    for (const actor of chosen) {
      const strongest = strongestAround(around, actor.id).find(([other]) => shown.has(other));
      if (strongest) keep.add(strongest[1]);
    }
    const drawn = [...keep];
    const relationsShown = drawn.reduce((sum, p) => sum + p.relations.length, 0);
    const hiddenActors = ACTORS.length - chosen.length;
    const hiddenRelations = RELATIONS.length - relationsShown;
    return {
      actors: chosen, pairs: drawn,
      summary: `Overview: the ${chosen.length} actors with the most independent evidence and the strongest ` +
        `${relationsShown.toLocaleString("en")} relations between them. ${hiddenActors.toLocaleString("en")} more actors, ` +
        `${hiddenRelations.toLocaleString("en")} more relations: search or widen the filters.`,
    };
  }

  /** One actor, its strongest direct neighbours, and theirs: capped, the rest counted. */
  function focusGraph(filtered, id) {
    const { pairs, around } = filtered;
    // a copy: the lists are kept for the next view under the same filters
    const direct = [...strongestAround(around, id)];
    for (const f of filtered.affiliations) {
      if (f.source === id || f.target === id) {
        const other = f.source === id ? f.target : f.source;
        if (!direct.some(([o]) => o === other)) direct.push([other, { weight: 0 }]);
      }
    }
    const directIds = new Set(direct.map(([other]) => other));
    const chosen = new Set([id]);
    direct.slice(0, FOCUS.first).forEach(([other]) => chosen.add(other));
    const second = new Set();
    for (const [other] of direct.slice(0, FOCUS.first)) {
      let added = 0;
      for (const [next] of strongestAround(around, other)) {
        if (chosen.size >= FOCUS.total || added >= FOCUS.perNeighbour) break;
        if (!chosen.has(next)) { chosen.add(next); added += 1; }
        second.add(next);
      }
      for (const [next] of around.get(other) || []) if (!directIds.has(next) && next !== id) second.add(next);
    }
    const secondShown = chosen.size - 1 - Math.min(direct.length, FOCUS.first);
    const actor = actorsById.get(id);
    return {
      actors: [...chosen].map((a) => actorsById.get(a)),
      pairs: pairs.filter((p) => chosen.has(p.a) && chosen.has(p.b)),
      summary: `Neighbourhood of ${shorten(actor.name, 60)}: ${Math.min(direct.length, FOCUS.first)} of ${direct.length} ` +
        `direct neighbours, ${secondShown} of ${second.size} two steps away (the strongest relations first).`,
    };
  }

  // --- drawing -----------------------------------------------------------------------------------

  const container = document.getElementById("network");
  const status = document.getElementById("network-status");
  report.shown = new Set();

  function communityColor(actor) {
    return actor.community >= 0 && actor.community < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[actor.community] : OTHER_COMMUNITY;
  }

  function nodeOf(actor, around, focus) {
    const color = communityColor(actor);
    return {
      id: actor.id, label: shorten(actor.name, LIMITS.label), value: Math.max(1, score(actor, around)),
      shape: KIND_SHAPES[actor.kind] || "dot",
      color: { background: color, border: focus === actor.id ? "#111111" : "#ffffff",
        highlight: { background: color, border: "#111111" }, hover: { background: color, border: "#555555" } },
      borderWidth: focus === actor.id ? 3 : 1,
    };
  }

  /** Start positions: each community in its own sector of a disc, the strongest actors nearest
      the centre. The layout then has less to undo, so it settles in fewer steps. */
  function seeded(nodes, actors) {
    const groups = [...new Set(actors.map((a) => a.community))];
    const seen = new Map();
    nodes.forEach((node, i) => {
      const group = groups.indexOf(actors[i].community);
      const rank = seen.get(group) || 0;
      seen.set(group, rank + 1);
      const angle = (2 * Math.PI * (group + 0.5 * ((rank * 0.618) % 1))) / groups.length;
      const radius = 60 + 45 * Math.sqrt(rank) + 25 * group;
      node.x = Math.cos(angle) * radius;
      node.y = Math.sin(angle) * radius;
    });
    return nodes;
  }

  function edgeOf(pair) {
    const quad = Object.entries(pair.quads).sort((x, y) => y[1] - x[1])[0][0];
    return { id: "p" + pair.key, from: pair.a, to: pair.b, value: pair.weight,
      color: { color: (QUADS[quad] || UNTYPED).color, highlight: "#111111", hover: "#333333" } };
  }

  /** Draw the view the state names, under the current filters. */
  function redraw() {
    const begun = performance.now();
    const filtered = filteredView();
    report.timings.filtered = report.timings.filtered || performance.now();
    report.timings.filterMs = performance.now() - begun;
    showCounts(filtered);
    const graph = state.mode === "focus" && actorsById.has(state.focus) ? focusGraph(filtered, state.focus) : overviewGraph(filtered);
    if (state.mode !== "focus") state.mode = "overview";
    const around = filtered.around;
    const shown = new Set(graph.actors.map((a) => a.id));
    const affiliations = filtered.affiliations.filter((f) => shown.has(f.source) && shown.has(f.target) && f.source !== f.target);
    const pairKeys = new Map(graph.pairs.map((p) => [p.key, p]));
    report.pairs = pairKeys;
    report.shown = shown;
    report.view = { mode: state.mode, nodes: shown.size, edges: graph.pairs.length, affiliations: affiliations.length,
      relations: filtered.kept.length, summary: graph.summary };
    document.getElementById("overview-button").hidden = state.mode === "overview";
    status.textContent = graph.summary;
    if (!ACTORS.length) return;
    const data = {
      nodes: seeded(graph.actors.map((a) => nodeOf(a, around, state.mode === "focus" ? state.focus : null)), graph.actors),
      edges: [...graph.pairs.map(edgeOf), ...affiliations.map((f) => ({
        id: "f" + f.index, from: f.source, to: f.target, dashes: [6, 5], width: 1.5, value: undefined,
        arrows: { to: { enabled: true, scaleFactor: 0.5 } },
        color: { color: AFFILIATION_COLOR, highlight: "#111111", hover: "#333333" } }))],
    };
    report.draws += 1;
    report.timings.viewReady = report.timings.viewReady || performance.now();
    const draw = report.draws;
    // The layout blocks the page while it runs: let the browser paint the answer (counts,
    // evidence) first, and skip a drawing a newer one has replaced.
    requestAnimationFrame(() => setTimeout(() => {
      if (draw !== report.draws) return;
      report.timings.layoutStart = report.timings.layoutStart || performance.now();
      report.network.setOptions({ physics: physicsFor(data.nodes.length, state.mode === "focus") });
      report.network.setData(data);
    }, 0));
  }

  /** A neighbourhood is a star around its hub: more repulsion keeps its labels apart. */
  function physicsFor(nodes, focus) {
    return { enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: focus ? -170 : -120, centralGravity: focus ? 0.015 : 0.02,
        springLength: focus ? 130 : 120, springConstant: 0.05, avoidOverlap: 0.8 },
      stabilization: { iterations: nodes > 80 ? 110 : 200, updateInterval: 50, fit: true } };
  }

  function buildNetwork() {
    if (!ACTORS.length) {
      container.replaceWith(none("No actors found in this graph: nothing to draw."));
      status.textContent = "";
      markReady();
      return;
    }
    const options = {
      // Big labels: the view is fitted to the canvas, so they are drawn at about half their size.
      nodes: { scaling: { min: 10, max: 40, label: { enabled: true, min: 24, max: 40, drawThreshold: 6 } },
        font: { size: 24, color: "#1d2430", strokeWidth: 5, strokeColor: "#ffffff" }, borderWidth: 1, borderWidthSelected: 3 },
      edges: { scaling: { min: 1, max: 8 }, smooth: false, selectionWidth: 2 },
      physics: physicsFor(0),
      layout: { improvedLayout: false, randomSeed: 7 },
      interaction: { hover: true, tooltipDelay: 300, multiselect: false },
    };
    const network = new vis.Network(container, { nodes: [], edges: [] }, options);
    report.network = network;
    network.on("click", (params) => {
      if (params.nodes.length) showActor(params.nodes[0]);
      else if (params.edges.length) clickEdge(String(params.edges[0]));
    });
    network.on("doubleClick", (params) => { if (params.nodes.length) focusActor(params.nodes[0]); });
    network.on("stabilizationIterationsDone", () => {
      // A still layout keeps the page responsive: no physics runs while the reader clicks.
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      // The fonts are sized for a view drawn at about half size: a small graph, which the fit
      // would draw bigger, is drawn at that size too, so its labels do not overlap.
      if (network.getScale() > MAX_SCALE) network.moveTo({ scale: MAX_SCALE, animation: false });
      if (state.mode === "focus" && report.shown.has(state.focus)) network.selectNodes([state.focus]);
      network.once("afterDrawing", () => {
        report.timings.stabilized = report.timings.stabilized || performance.now();
        document.body.setAttribute("data-draw", String(report.draws));
        if (!report.ready) markReady();
      });
      network.redraw();
    });
    redraw();
  }

  function clickEdge(id) {
    if (id.startsWith("f")) {
      const f = AFFILIATIONS[Number(id.slice(1))];
      if (f) showPair(f.source, f.target);
      return;
    }
    const pair = report.pairs.get(id.slice(1));
    if (pair) showPair(pair.a, pair.b);
  }

  /** How long the reader waited for the answer to ``event`` (counts, evidence): measured to
      the end of the handler, before the layout that follows it runs. */
  function answered(event) {
    if (event && event.timeStamp) report.timings.answer = performance.now() - event.timeStamp;
  }

  function markReady() {
    report.timings.drawn = performance.now();
    report.ready = true;
    document.body.setAttribute("data-ready", "true");
  }

  function focusActor(id) {
    if (!actorsById.has(id)) return;
    showView("network");
    state.mode = "focus";
    state.focus = id;
    showActor(id);
    redraw();
  }

  function showOverview() {
    state.mode = "overview";
    state.focus = null;
    redraw();
  }

  function focusRelation(index) {
    showView("network");
    const relation = RELATIONS[index];
    if (report.network && relation) {
      const [a, b] = [relation.source, relation.target].sort();
      const id = "p" + a + "\u0000" + b;
      if (report.pairs.has(a + "\u0000" + b)) report.network.selectEdges([id]);
    }
    showRelation(index);
  }

  // --- the side panel: filters, legend, search -----------------------------------------------------

  function keepsNode(name) {
    return el("span", { class: "keeps", "data-keeps": name });
  }

  function checkbox(data, value, label, count) {
    return el("label", { class: "check" }, el("input", { type: "checkbox", [data]: value, checked: true }), label,
      count != null ? el("span", { class: "dim" }, ` ${count.toLocaleString("en")}`) : null);
  }

  function buildFilters() {
    const box = document.getElementById("filters");
    const quadCounts = {};
    RELATIONS.forEach((r) => { quadCounts[quadKey(r.quad)] = (quadCounts[quadKey(r.quad)] || 0) + 1; });
    const kindCounts = {};
    ACTORS.forEach((a) => { kindCounts[a.kind] = (kindCounts[a.kind] || 0) + 1; });
    const dates = EVENTS.map((e) => e.date).filter(Boolean).sort();
    filterInputs.type = el("select", { id: "filter-type" }, el("option", { value: "" }, "any"),
      TYPES.map((type) => el("option", { value: type }, type || "untyped")));
    filterInputs.sources = el("input", { id: "filter-sources", type: "number", min: 0, step: 1, value: 1 });
    filterInputs.confidence = el("input", { id: "filter-confidence", type: "range", min: 0, max: 1, step: 0.05,
      value: SETTINGS.min_confidence || 0 });
    const confidenceValue = el("output", { id: "confidence-value" });
    filterInputs.from = el("input", { id: "filter-from", type: "date", min: dates[0] ? inputDate(dates[0], "-01-01") : null });
    filterInputs.to = el("input", { id: "filter-to", type: "date", max: dates.length ? inputDate(dates[dates.length - 1], "-12-31") : null });
    filterInputs.outlet = el("select", { id: "filter-outlet-network" }, el("option", { value: "" }, "any"),
      OUTLETS.map((o) => el("option", { value: o }, shorten(o, 40))));
    const affiliations = el("input", { type: "checkbox", id: "show-affiliations", checked: true });
    const size = el("input", { id: "overview-size", type: "number", min: 10, max: 500, step: 10, value: state.size });
    box.append(
      el("fieldset", { id: "filter-quads" }, el("legend", {}, "Quad class ", keepsNode("quad")),
        QUAD_KEYS.filter((q) => quadCounts[q]).map((q) => checkbox("data-quad", q,
          [el("span", { class: "edge", style: "background:" + (QUADS[q] || UNTYPED).color }), (QUADS[q] || UNTYPED).label], quadCounts[q]))),
      el("label", {}, "PLOVER type ", keepsNode("type"), filterInputs.type),
      el("label", {}, "Min. independent sources ", keepsNode("sources"), filterInputs.sources),
      el("label", {}, "Min. confidence ", confidenceValue, " ", keepsNode("confidence"), filterInputs.confidence),
      el("div", { class: "range" }, el("span", {}, "Time ", keepsNode("time")),
        el("label", {}, "from ", filterInputs.from), el("label", {}, "to ", filterInputs.to)),
      el("fieldset", { id: "filter-kinds" }, el("legend", {}, "Actor kind ", keepsNode("kind")),
        KINDS.map((k) => checkbox("data-kind", k,
          [el("span", { class: "shape" }, KIND_SYMBOLS[KIND_SHAPES[k] || "dot"]), t(k, 20)], kindCounts[k]))),
      el("label", {}, "Outlet ", keepsNode("outlet"), filterInputs.outlet),
      el("label", { class: "check" }, affiliations, el("span", { class: "edge dashed" }),
        `Affiliations (member of, part of) ${AFFILIATIONS.length.toLocaleString("en")}`),
      el("label", {}, "Actors in the overview ", size));
    const update = () => {
      confidenceValue.textContent = Number(filterInputs.confidence.value).toFixed(2);
      if (rendered.has("timeline")) renderTimeline(document.getElementById("view-timeline"));
      state.affiliations = affiliations.checked;
      state.size = Math.max(10, Math.min(500, Number(size.value) || 120));
      redraw();
    };
    box.addEventListener("change", update);
    box.addEventListener("change", answered);
    filterInputs.confidence.addEventListener("input", () => {
      confidenceValue.textContent = Number(filterInputs.confidence.value).toFixed(2);
    });
    confidenceValue.textContent = Number(filterInputs.confidence.value).toFixed(2);
  }

  /** A partial ISO date completed to a day for a date input ("2024" -> "2024-01-01"). */
  function inputDate(date, fill) {
    return date + fill.slice(date.length - 4);
  }

  function showCounts(filtered) {
    const total = RELATIONS.length.toLocaleString("en");
    for (const node of document.querySelectorAll("#filters [data-keeps]")) {
      node.textContent = `keeps ${filtered.alone[node.dataset.keeps].toLocaleString("en")} of ${total}`;
    }
    document.getElementById("filter-total").textContent =
      `All filters: ${filtered.kept.length.toLocaleString("en")} of ${total} relations kept.`;
  }

  function buildLegend() {
    const legend = document.getElementById("legend");
    const sizes = new Map();
    ACTORS.forEach((a) => { if (a.community >= 0) sizes.set(a.community, (sizes.get(a.community) || 0) + 1); });
    const leaders = new Map();
    [...ACTORS].sort((x, y) => y.independent - x.independent).forEach((a) => {
      if (a.community >= 0 && !leaders.has(a.community)) leaders.set(a.community, a);
    });
    legend.append(el("h3", {}, "Communities (colour)"));
    const shown = [...sizes.keys()].sort((x, y) => x - y).slice(0, COMMUNITY_COLORS.length);
    if (!shown.length) legend.append(el("p", { class: "dim" }, "none found"));
    shown.forEach((c) => legend.append(el("div", {},
      el("span", { class: "swatch", style: "background:" + COMMUNITY_COLORS[c] }),
      "around ", t(leaders.get(c).name, 30), el("span", { class: "dim" }, ` (${sizes.get(c)})`))));
    if (sizes.size > shown.length) legend.append(el("div", {},
      el("span", { class: "swatch", style: "background:" + OTHER_COMMUNITY }), `${sizes.size - shown.length} smaller communities`));
    legend.append(el("p", { class: "dim" }, "Shape: actor kind. Size: independent evidence. Edge: colour the main quad class, width independent sources; dashed: affiliation."));
  }

  function buildSearch() {
    const input = document.getElementById("actor-search");
    const results = document.getElementById("search-results");
    let index = null; // folded names, made on the first search rather than while the page opens
    const run = () => {
      const query = fold(input.value.trim());
      index = index || ACTORS.map((a) => [a, [a.name, ...(a.aliases || [])].map(fold)]);
      if (!query) {
        results.replaceChildren();
        return [];
      }
      const found = index.filter(([, names]) => names.some((n) => n.includes(query))).map(([a]) => a)
        .sort((a, b) => b.independent - a.independent || b.mentions - a.mentions);
      results.replaceChildren(...(found.length ? found.slice(0, LIMITS.search).map((a) => el("li", {},
        el("button", { type: "button", "data-actor": a.id, onclick: () => focusActor(a.id) },
          t(a.name, 80), el("span", { class: "dim" }, ` ${a.kind} \u00b7 ${a.independent} sources \u00b7 ${relationsByActor.get(a.id).length} relations`))))
        : [el("li", { class: "none" }, "No actor found matching this search.")]));
      return found;
    };
    input.addEventListener("input", run);
    input.addEventListener("keydown", (e) => {
      if (e.key !== "Enter") return;
      e.preventDefault();
      const found = run();
      if (found.length) focusActor(found[0].id);
      answered(e);
    });
  }

  // --- timeline -------------------------------------------------------------------------------

  function eventRow(id) {
    const event = EVENTS[id];
    const relation = relationOfEvent.get(id);
    return el("tr", {},
      el("td", {}, event.time ? [t(event.time.value || "", 40), el("div", { class: "meta" }, t(event.time.text, 60))] : "undated"),
      el("td", {}, eventSummary(event),
        relation != null ? el("button", { type: "button", class: "link", onclick: () => focusRelation(relation) }, "show relation") : null),
      el("td", {}, documentLine(event.doc), event.reused != null ? recycledBadge(event.reused, event.doc) : null),
      el("td", {}, marked(event.text, event.start,
        [span(event.source_span), span(event.trigger_span, "trigger"), span(event.target_span)])));
  }

  function eventTable(ids, total) {
    const table = el("table", { class: "events" },
      el("colgroup", {}, el("col", { style: "width:11%" }), el("col", { style: "width:27%" }),
        el("col", { style: "width:22%" }), el("col", {})),
      el("thead", {}, el("tr", {}, el("th", {}, "time"), el("th", {}, "event"), el("th", {}, "document"),
        el("th", {}, "sentence"))),
      el("tbody", {}, ids.slice(0, LIMITS.rows).map(eventRow)));
    const rest = total - Math.min(ids.length, LIMITS.rows);
    return rest > 0 ? [table, el("p", { class: "dim" }, `\u2026 and ${rest} more events (newsgraph events lists them all)`)] : [table];
  }

  /** The timeline at the filter's confidence: the rows the page holds that reach it, and a
   * note of how many it hides (the page holds at most LIMITS.rows of each part). */
  function renderTimeline(view) {
    const { dated, undated, counts } = RAW.timeline;
    const threshold = Number(filterInputs.confidence.value) || 0;
    const reach = (ids) => ids.filter((id) => EVENTS[id].confidence >= threshold);
    const [shownDated, shownUndated] = [reach(dated), reach(undated)];
    const hiddenNote = (ids, shown) => (ids.length > shown.length
      ? ` · ${ids.length - shown.length} below confidence ${threshold.toFixed(2)} hidden (Min. confidence, among the network view's filters, shows them)` : "");
    const total = (ids, shown, count) => (ids.length < count ? `${shown.length} of the first ${ids.length} of ${count}` : `${shown.length}`);
    view.replaceChildren(
      el("h2", {}, `Timeline: ${total(dated, shownDated, counts[0])} dated events${hiddenNote(dated, shownDated)}`),
      ...(shownDated.length ? eventTable(shownDated, shownDated.length)
        : [none(dated.length ? "No dated event reaches this confidence." : "No dated events found: no event has a normalized time.")]),
      el("h2", { class: "undated" }, `Undated events (${total(undated, shownUndated, counts[1])})${hiddenNote(undated, shownUndated)}`),
      ...(shownUndated.length ? eventTable(shownUndated, shownUndated.length)
        : [none(undated.length ? "No undated event reaches this confidence." : "No undated events found.")]));
  }

  // --- claims ---------------------------------------------------------------------------------

  function claimOutlets(claim) {
    const doc = DOCUMENTS[claim.doc] || {};
    return [claim.outlet, doc.outlet].filter(Boolean);
  }

  function speakerText(claim) {
    const actor = claim.speaker ? actorsById.get(claim.speaker) : null;
    return [actor ? actor.name : "", claim.speaker_text || ""].join(" ");
  }

  function renderClaims() {
    const claims = CLAIMS;
    const stance = document.getElementById("filter-stance");
    const anonymous = document.getElementById("filter-anonymous");
    const speaker = document.getElementById("filter-speaker");
    const outlet = document.getElementById("filter-outlet");
    [...new Set(claims.map((c) => c.stance))].sort().forEach((s) => stance.append(el("option", { value: s }, s)));
    [...new Set(claims.flatMap(claimOutlets))].sort().forEach((o) => outlet.append(el("option", { value: o }, shorten(o, 60))));
    const count = document.getElementById("claims-count");
    const holder = document.getElementById("claims-table");
    const update = () => {
      const words = fold(speaker.value.trim());
      const least = threshold();
      const hidden = claims.filter((c) => c.confidence < least).length;
      const shown = claims.filter((c) => c.confidence >= least && (!stance.value || c.stance === stance.value)
        && (!anonymous.value || (anonymous.value === "yes") === Boolean(c.anonymous))
        && (!words || fold(speakerText(c)).includes(words))
        && (!outlet.value || claimOutlets(c).includes(outlet.value)));
      count.textContent = `${shown.length} of ${claims.length} claims` + (hidden
        ? ` \u00b7 ${hidden} below confidence ${least.toFixed(2)} hidden (Min. confidence, among the network view's filters, shows them)` : "");
      if (!claims.length) holder.replaceChildren(none("No claims found in this graph."));
      else if (!shown.length) holder.replaceChildren(none("No claims found matching these filters."));
      else holder.replaceChildren(...claimTable(shown));
    };
    [stance, anonymous, outlet].forEach((s) => s.addEventListener("change", update));
    speaker.addEventListener("input", update);
    document.getElementById("claim-filters").addEventListener("submit", (e) => e.preventDefault());
    update();
  }

  function claimTable(claims) {
    const table = el("table", { class: "claims" },
      el("colgroup", {}, el("col", { style: "width:16%" }), el("col", { style: "width:8%" }), el("col", { style: "width:9%" }),
        el("col", { style: "width:12%" }), el("col", {}), el("col", { style: "width:20%" })),
      el("thead", {}, el("tr", {}, ["speaker", "anonymous", "stance", "cue \u00b7 outlet", "content", "document"]
        .map((h) => el("th", {}, h)))),
      el("tbody", {}, claims.slice(0, LIMITS.rows).map((c) => el("tr", { "data-claim": c.index },
        el("td", {}, actorName(c.speaker, c.speaker_text || "unattributed")),
        el("td", {}, c.anonymous ? badge("anonymous", "anonymous") : "named"),
        el("td", {}, badge(c.stance, c.stance)),
        el("td", {}, t(c.cue || "", 40), c.outlet ? el("div", { class: "meta" }, "to ", t(c.outlet, 80)) : null),
        el("td", {}, c.text ? el("span", { class: "text" }, t(c.text)) : noTopic(),
          c.reused != null ? recycledBadge(c.reused, c.doc) : null),
        el("td", {}, documentLine(c.doc))))));
    const rest = claims.length - LIMITS.rows;
    return rest > 0 ? [table, el("p", { class: "dim" }, `\u2026 and ${rest} more claims`)] : [table];
  }

  // --- recycled passages and contradictions ---------------------------------------------------------

  function passageSide(side) {
    const text = el("span", { class: "text" });
    const body = document.createElement("bdi");
    for (const [piece, differs] of side.segments) {
      body.append(differs ? el("mark", { class: "diff" }, visible(piece)) : visible(piece));
    }
    text.append(body);
    return el("div", {}, documentLine(side.doc), el("div", { class: "meta" }, `characters ${side.start}\u2013${side.end}`), text);
  }

  function renderReuse(view) {
    view.append(el("h2", {}, `Recycled passages (${PASSAGES.length})`));
    if (!PASSAGES.length) {
      view.append(none("No recycled passages found: no two documents share a passage."));
      return;
    }
    view.append(el("p", { class: "dim" }, "Words only one side has are marked."));
    PASSAGES.slice(0, LIMITS.rows).forEach((p, i) => {
      const origin = p.origin != null ? (DOCUMENTS[p.origin] || {}).title || (DOCUMENTS[p.origin] || {}).path : null;
      view.append(el("div", { class: "pair", id: "passage-" + i },
        el("h3", {}, `similarity ${Number(p.similarity).toFixed(2)} \u00b7 ${p.words} words \u00b7 `,
          origin ? ["origin: ", t(origin, 120)] : "origin unknown"),
        passageSide(p.a), passageSide(p.b)));
    });
  }

  function contradictionItem([kind, index]) {
    if (kind === "c" && CLAIMS[index]) return claimItem(CLAIMS[index]);
    if (kind === "e" && EVENTS[index]) return eventItem(index);
    return el("li", { class: "dim" }, t(index, 80), " (not in the graph)");
  }

  function contradictionCard(record) {
    return el("div", { class: "card" },
      el("h3", {}, String(record.kind || "").replace(/_/g, " ")),
      el("p", { class: "meta" }, t(record.reason || "", 400)),
      (record.actors || []).length ? el("p", { class: "meta" }, "actors: ",
        record.actors.map((a, i) => [i ? ", " : "", actorName(a, a)])) : null,
      el("ul", { class: "evidence-list" }, (record.items || []).map(contradictionItem)));
  }

  function renderContradictions(view) {
    view.append(el("h2", {}, `Contradictions (${CONTRADICTIONS.length})`));
    if (!CONTRADICTIONS.length) {
      view.append(none("No contradictions found: no denial, opposite stance or declined comment."));
      return;
    }
    CONTRADICTIONS.slice(0, LIMITS.rows).forEach((record) => view.append(contradictionCard(record)));
  }

  // --- views ----------------------------------------------------------------------------------

  const renderers = {
    timeline: renderTimeline, reuse: renderReuse, contradictions: renderContradictions,
    claims: () => renderClaims(),
  };
  const rendered = new Set(["network"]);

  function showView(name) {
    for (const button of document.querySelectorAll("#tabs button")) {
      button.setAttribute("aria-selected", String(button.dataset.view === name));
    }
    for (const section of document.querySelectorAll("main > .view")) {
      section.hidden = section.id !== "view-" + name;
    }
    if (!rendered.has(name)) {
      rendered.add(name);
      renderers[name](document.getElementById("view-" + name));
    }
  }

  function counts() {
    document.getElementById("counts").textContent = [
      `${DOCUMENTS.length} documents`, `${ACTORS.length} actors`, `${RELATIONS.length} relations`,
      `${RAW.timeline.counts[0] + RAW.timeline.counts[1]} events`, `${CLAIMS.length} claims`,
      `${PASSAGES.length} recycled passages`, `${CONTRADICTIONS.length} contradictions`]
      .map((x) => x.replace(/^\d+/, (n) => Number(n).toLocaleString("en"))).join(" \u00b7 ");
  }

  report.selectNode = (id) => {
    if (report.network && report.shown.has(id)) report.network.selectNodes([id]);
    showActor(id);
  };
  report.focusActor = focusActor;
  report.showOverview = showOverview;
  report.showPair = showPair;
  report.selectEdge = (index) => focusRelation(index);
  report.showView = showView;
  /** Where a node is drawn, in page coordinates: lets a test click it with the real mouse. */
  report.nodePosition = (id) => {
    const position = report.network.getPositions([id])[id];
    const dom = report.network.canvasToDOM(position);
    const box = document.getElementById("network").getBoundingClientRect();
    return { x: box.left + dom.x, y: box.top + dom.y };
  };

  document.querySelectorAll("#tabs button").forEach((b) => b.addEventListener("click", () => showView(b.dataset.view)));
  document.getElementById("overview-button").addEventListener("click", showOverview);
  report.timings.parsed = performance.now();
  counts();
  buildFilters();
  report.timings.filters = performance.now();
  buildLegend();
  buildSearch();
  report.timings.side = performance.now();
  buildNetwork();
})();
