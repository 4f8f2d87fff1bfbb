/* newsgraph report: reads the JSON block, draws the actor network with vis-network and fills
   the views. Article text only ever reaches the page through text nodes (append of a string,
   textContent) and setAttribute: never innerHTML, so markup in an article stays text. */
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("newsgraph-data").textContent);
  const LIMITS = { evidence: 300, rows: 500, search: 50, name: 200, label: 40, sentence: 700 };
  // Presentation only: one colour per actor kind and per PLOVER quad class.
  const KIND_COLORS = {
    PERSON: "#3b82c4", ORG: "#a64ca6", GPE: "#2e8b57", NORP: "#d4a017", LOC: "#6b8e23",
    FAC: "#4a6fa5", OUTLET: "#17a2b8", GROUP: "#c0504d",
  };
  const OTHER_KIND = "#8a94a3";
  const QUADS = {
    verbal_cooperation: { color: "#7cc576", label: "verbal cooperation" },
    material_cooperation: { color: "#1e7d32", label: "material cooperation" },
    verbal_conflict: { color: "#f0a040", label: "verbal conflict" },
    material_conflict: { color: "#c62828", label: "material conflict" },
  };
  const UNTYPED = { color: "#a0a8b4", label: "untyped" };
  const BIDI_NAMES = {
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
  };
  const SMALL_GRAPH = 100; // nodes up to which the layout may take its time
  const BIG_GRAPH = 300; // nodes above which the layout trades polish for speed

  const actorsById = new Map(DATA.actors.map((a) => [a.id, a]));
  for (const [id, record] of Object.entries(DATA.events)) record.id = id;
  const relationOfEvent = new Map();
  DATA.relations.forEach((r, i) => (r.events || []).forEach((e) => relationOfEvent.set(e, i)));
  const report = { ready: false, timings: { scriptStart: performance.now() }, network: null };
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

  function documentLine(docId) {
    const doc = DATA.documents[docId] || {};
    return el("div", { class: "meta" },
      el("strong", {}, t(doc.title || doc.path || docId, 160)), " \u00b7 ", t(doc.path || docId, 160),
      doc.outlet ? [" \u00b7 ", t(doc.outlet, 80)] : null,
      doc.published ? [" \u00b7 ", t(doc.published, 40)] : null);
  }

  function recycledBadge(passageIndex, docId) {
    if (passageIndex == null) return null;
    const passage = DATA.reuse[passageIndex];
    if (!passage) return badge("recycled", "recycled");
    const other = passage.a.doc === docId ? passage.b.doc : passage.a.doc;
    const title = (DATA.documents[other] || {}).title || other;
    return badge("recycled", "recycled", "also printed in: " + shorten(title, 200));
  }

  function claimLine(claimId) {
    const claim = claimId ? DATA.claims[claimId] : null;
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
    const sentence = DATA.sentences[mention.doc + ":" + mention.sentence];
    const text = sentence
      ? marked(sentence[1], sentence[0], [{ start: mention.start, end: mention.end }])
      : marked(mention.text, mention.start, [{ start: mention.start, end: mention.end }]);
    return el("li", { class: "mention" }, text, documentLine(mention.doc), claimLine(mention.claim),
      mention.reused != null ? el("div", {}, recycledBadge(mention.reused, mention.doc)) : null);
  }

  function eventSummary(event) {
    const type = (event.type || "untyped") + (event.subtype ? "/" + event.subtype : "");
    return el("div", {},
      badge(type, "", QUADS[quadOf(event)] ? QUADS[quadOf(event)].label : "untyped"), " ",
      actorName(event.source, event.source_text), " \u2500", t(event.trigger, 40), "\u2192 ",
      actorName(event.target, event.target_text), " ",
      el("span", { class: "meta" }, event.mode + (event.negated ? ", negated" : "")));
  }

  function quadOf(event) {
    const index = relationOfEvent.get(event.id);
    return index == null ? null : DATA.relations[index].quad;
  }

  function eventItem(id) {
    const event = DATA.events[id];
    if (!event) return el("li", {}, "event ", t(id), " is not in the graph");
    const time = event.time ? [" \u00b7 ", t(event.time.value || event.time.text, 40),
      event.time.value ? el("span", { class: "dim" }, " (", t(event.time.text, 60), ")") : null] : null;
    return el("li", { class: "event" }, eventSummary(event),
      marked(event.text, event.start,
        [span(event.source_span), span(event.trigger_span, "trigger"), span(event.target_span)]),
      el("div", { class: "meta" }, time), documentLine(event.doc), claimLine(event.claim),
      event.reused != null ? el("div", {}, recycledBadge(event.reused, event.doc)) : null);
  }

  function limitedList(items, render, what) {
    const list = el("ul", { class: "evidence-list" }, items.slice(0, LIMITS.evidence).map(render));
    const rest = items.length - LIMITS.evidence;
    return rest > 0 ? [list, el("p", { class: "dim" }, `\u2026 and ${rest} more ${what}`)] : [list];
  }

  // --- the evidence panel ---------------------------------------------------------------------

  const panel = document.getElementById("evidence");

  function showActor(id) {
    const actor = actorsById.get(id);
    if (!actor) return;
    const mentions = DATA.mentions[id] || [];
    const relations = DATA.relations.map((r, i) => [r, i]).filter(([r]) => r.source === id || r.target === id);
    panel.replaceChildren(el("div", { class: "actor-evidence", "data-actor": id },
      el("h2", { class: "actor-name" }, nameNode(actor.name, 300)),
      el("p", { class: "meta" }, badge(actor.kind, "", null), ` ${actor.mentions} mentions in ${actor.documents} documents`),
      actor.aliases.length ? el("p", { class: "meta" }, "Also written: ",
        actor.aliases.slice(0, 20).map((a, i) => [i ? ", " : "", t(a, 80)])) : null,
      el("h3", {}, `Relations (${relations.length})`),
      relations.length ? el("ul", { class: "results" }, relations.slice(0, LIMITS.evidence).map(([r, i]) =>
        el("li", {}, el("button", { type: "button", class: "link", onclick: () => focusRelation(i) },
          t(relationTitle(r), 160))))) : none("No relations found for this actor."),
      el("h3", {}, `Evidence (${mentions.length} mentions)`),
      mentions.length ? limitedList(mentions, mentionItem, "mentions") : none("No mentions found for this actor.")));
    panel.scrollTop = 0;
  }

  function relationTitle(relation) {
    const source = actorsById.get(relation.source);
    const target = actorsById.get(relation.target);
    return `${source ? shorten(source.name, 60) : relation.source} \u2500${relation.type || "untyped"}\u2192 ` +
      `${target ? shorten(target.name, 60) : relation.target} (${relation.events.length})`;
  }

  function showRelation(index) {
    const relation = DATA.relations[index];
    if (!relation) return;
    const quad = QUADS[relation.quad] || UNTYPED;
    const period = relation.first ? (relation.first === relation.last ? relation.first : `${relation.first} \u2013 ${relation.last}`) : "undated";
    panel.replaceChildren(el("div", { class: "relation-evidence", "data-relation": index },
      el("h2", { class: "relation-name" }, actorName(relation.source), ` \u2500${relation.type || "untyped"}\u2192 `,
        actorName(relation.target)),
      el("p", { class: "meta" }, badge(quad.label, "", null),
        ` ${relation.events.length} events in ${relation.documents} documents \u00b7 `,
        `${relation.independent_sources} independent sources \u00b7 ${period}`),
      el("h3", {}, `Evidence (${relation.events.length} events)`),
      relation.events.length ? limitedList(relation.events, eventItem, "events") : none("No events found for this relation.")));
    panel.scrollTop = 0;
  }

  // --- the network ---------------------------------------------------------------------------

  function buildNetwork() {
    const container = document.getElementById("network");
    const status = document.getElementById("network-status");
    if (!DATA.actors.length) {
      container.replaceWith(none("No actors found in this graph: nothing to draw."));
      markReady();
      return;
    }
    const big = DATA.actors.length > BIG_GRAPH;
    const small = DATA.actors.length <= SMALL_GRAPH && DATA.relations.length <= SMALL_GRAPH * 2;
    const nodes = new vis.DataSet(DATA.actors.map((a) => ({
      id: a.id, label: shorten(a.name, LIMITS.label), value: Math.max(1, a.mentions),
      color: nodeColor(KIND_COLORS[a.kind] || OTHER_KIND),
    })));
    const edges = new vis.DataSet(DATA.relations
      .map((r, i) => [r, i])
      .filter(([r]) => actorsById.has(r.source) && actorsById.has(r.target))
      .map(([r, i]) => ({
        id: "r" + i, from: r.source, to: r.target, value: Math.max(1, r.independent_sources || 1),
        color: { color: (QUADS[r.quad] || UNTYPED).color, highlight: "#111111", hover: "#333333" },
      })));
    const options = {
      nodes: { shape: "dot", scaling: { min: 6, max: 36, label: { enabled: true, min: 11, max: 20, drawThreshold: big ? 8 : 4 } },
        font: { size: 12, color: "#1d2430" }, borderWidth: 1, borderWidthSelected: 3 },
      edges: { scaling: { min: 1, max: 9 }, arrows: { to: { enabled: true, scaleFactor: 0.45 } },
        smooth: small ? { type: "dynamic" } : false, selectionWidth: 2 },
      // Curved edges, the Kamada-Kawai start and a long run only while they are cheap; on big
      // graphs a coarser force approximation (theta) and fewer steps keep the load in seconds.
      physics: { solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -45, springLength: 90, avoidOverlap: small ? 0.2 : 0, theta: big ? 1.0 : 0.7 },
        stabilization: { iterations: small ? 300 : big ? 80 : 150, updateInterval: 20, fit: true } },
      layout: { improvedLayout: small, randomSeed: 7 },
      interaction: { hover: !big, hideEdgesOnDrag: big, tooltipDelay: 300 },
    };
    status.textContent = `Laying out ${DATA.actors.length} actors and ${edges.length} relations\u2026`;
    const network = new vis.Network(container, { nodes, edges }, options);
    report.network = network;
    network.on("click", (params) => {
      if (params.nodes.length) showActor(params.nodes[0]);
      else if (params.edges.length) showRelation(Number(String(params.edges[0]).slice(1)));
    });
    network.once("stabilizationIterationsDone", () => {
      // A still layout keeps a big graph responsive: no physics runs while the reader clicks.
      network.setOptions({ physics: false });
      report.timings.stabilized = performance.now();
      network.once("afterDrawing", () => {
        status.textContent = `${DATA.actors.length} actors, ${edges.length} relations. ` +
          "Node size: mentions; colour: kind. Edge colour: quad class; width: independent sources.";
        markReady();
      });
      network.fit({ animation: false });
      network.redraw();
    });
  }

  /** The kind's colour, kept when selected or hovered; a dark ring marks the selection. */
  function nodeColor(color) {
    return { background: color, border: "#ffffff", highlight: { background: color, border: "#111111" },
      hover: { background: color, border: "#555555" } };
  }

  function markReady() {
    report.timings.drawn = performance.now();
    report.ready = true;
    document.body.setAttribute("data-ready", "true");
  }

  function buildLegend() {
    const kinds = [...new Set(DATA.actors.map((a) => a.kind))].sort();
    const quads = new Set(DATA.relations.map((r) => r.quad));
    const legend = document.getElementById("legend");
    legend.append(el("h3", {}, "Actor kinds"));
    if (!kinds.length) legend.append(el("p", { class: "dim" }, "none found"));
    kinds.forEach((kind) => legend.append(el("div", {},
      el("span", { class: "swatch", style: "background:" + (KIND_COLORS[kind] || OTHER_KIND) }), t(kind, 20))));
    legend.append(el("h3", {}, "Relations"));
    const shown = Object.entries(QUADS).filter(([q]) => quads.has(q));
    if (quads.has(null) || quads.has(undefined)) shown.push(["untyped", UNTYPED]);
    if (!shown.length) legend.append(el("p", { class: "dim" }, "none found"));
    shown.forEach(([, quad]) => legend.append(el("div", {},
      el("span", { class: "edge", style: "background:" + quad.color }), quad.label)));
  }

  function focusActor(id) {
    showView("network");
    if (report.network) {
      report.network.selectNodes([id]);
      report.network.focus(id, { scale: 1.2, animation: false });
    }
    showActor(id);
  }

  function focusRelation(index) {
    showView("network");
    if (report.network && DATA.relations[index]) report.network.selectEdges(["r" + index]);
    showRelation(index);
  }

  // --- search over actors ---------------------------------------------------------------------

  function buildSearch() {
    const input = document.getElementById("actor-search");
    const results = document.getElementById("search-results");
    const index = DATA.actors.map((a) => [a, [a.name, ...(a.aliases || [])].map(fold)]);
    const run = () => {
      const query = fold(input.value.trim());
      if (!query) {
        results.replaceChildren();
        return [];
      }
      const found = index.filter(([, names]) => names.some((n) => n.includes(query))).map(([a]) => a)
        .sort((a, b) => b.mentions - a.mentions);
      results.replaceChildren(...(found.length ? found.slice(0, LIMITS.search).map((a) => el("li", {},
        el("button", { type: "button", "data-actor": a.id, onclick: () => focusActor(a.id) },
          t(a.name, 80), el("span", { class: "dim" }, ` ${a.kind} \u00b7 ${a.mentions}`))))
        : [el("li", { class: "none" }, "No actor found matching this search.")]));
      return found;
    };
    input.addEventListener("input", run);
    input.addEventListener("keydown", (e) => {
      if (e.key !== "Enter") return;
      e.preventDefault();
      const found = run();
      if (found.length) focusActor(found[0].id);
    });
  }

  // --- timeline -------------------------------------------------------------------------------

  function eventRow(id) {
    const event = DATA.events[id];
    const relation = relationOfEvent.get(id);
    return el("tr", {},
      el("td", {}, event.time ? [t(event.time.value || "", 40), el("div", { class: "meta" }, t(event.time.text, 60))] : "undated"),
      el("td", {}, eventSummary(event),
        relation != null ? el("button", { type: "button", class: "link", onclick: () => focusRelation(relation) }, "show relation") : null),
      el("td", {}, documentLine(event.doc), event.reused != null ? recycledBadge(event.reused, event.doc) : null),
      el("td", {}, marked(event.text, event.start,
        [span(event.source_span), span(event.trigger_span, "trigger"), span(event.target_span)])));
  }

  function eventTable(ids) {
    const table = el("table", { class: "events" },
      el("colgroup", {}, el("col", { style: "width:11%" }), el("col", { style: "width:27%" }),
        el("col", { style: "width:22%" }), el("col", {})),
      el("thead", {}, el("tr", {}, el("th", {}, "time"), el("th", {}, "event"), el("th", {}, "document"),
        el("th", {}, "sentence"))),
      el("tbody", {}, ids.slice(0, LIMITS.rows).map(eventRow)));
    const rest = ids.length - LIMITS.rows;
    return rest > 0 ? [table, el("p", { class: "dim" }, `\u2026 and ${rest} more events`)] : [table];
  }

  function renderTimeline(view) {
    const { dated, undated } = DATA.timeline;
    view.append(el("h2", {}, `Timeline: ${dated.length} dated events`));
    view.append(...(dated.length ? eventTable(dated) : [none("No dated events found: no event has a normalized time.")]));
    view.append(el("h2", { class: "undated" }, `Undated events (${undated.length})`));
    view.append(...(undated.length ? eventTable(undated) : [none("No undated events found.")]));
  }

  // --- claims ---------------------------------------------------------------------------------

  function claimOutlets(claim) {
    const doc = DATA.documents[claim.doc] || {};
    return [claim.outlet, doc.outlet].filter(Boolean);
  }

  function speakerText(claim) {
    const actor = claim.speaker ? actorsById.get(claim.speaker) : null;
    return [actor ? actor.name : "", claim.speaker_text || ""].join(" ");
  }

  function renderClaims() {
    const claims = Object.entries(DATA.claims).map(([id, c]) => Object.assign({ id }, c));
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
      const shown = claims.filter((c) => (!stance.value || c.stance === stance.value)
        && (!anonymous.value || (anonymous.value === "yes") === Boolean(c.anonymous))
        && (!words || fold(speakerText(c)).includes(words))
        && (!outlet.value || claimOutlets(c).includes(outlet.value)));
      count.textContent = `${shown.length} of ${claims.length} claims`;
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
      el("tbody", {}, claims.slice(0, LIMITS.rows).map((c) => el("tr", { "data-claim": c.id },
        el("td", {}, actorName(c.speaker, c.speaker_text || "unattributed")),
        el("td", {}, c.anonymous ? badge("anonymous", "anonymous") : "named"),
        el("td", {}, badge(c.stance, c.stance)),
        el("td", {}, t(c.cue || "", 40), c.outlet ? el("div", { class: "meta" }, "to ", t(c.outlet, 80)) : null),
        el("td", {}, el("span", { class: "text" }, t(c.text)), c.reused != null ? recycledBadge(c.reused, c.doc) : null),
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
    view.append(el("h2", {}, `Recycled passages (${DATA.reuse.length})`));
    if (!DATA.reuse.length) {
      view.append(none("No recycled passages found: no two documents share a passage."));
      return;
    }
    view.append(el("p", { class: "dim" }, "Words only one side has are marked."));
    DATA.reuse.slice(0, LIMITS.rows).forEach((p, i) => {
      const origin = p.origin ? (DATA.documents[p.origin] || {}).title || p.origin : null;
      view.append(el("div", { class: "pair", id: "passage-" + i },
        el("h3", {}, `similarity ${Number(p.similarity).toFixed(2)} \u00b7 ${p.words} words \u00b7 `,
          origin ? ["origin: ", t(origin, 120)] : "origin unknown"),
        passageSide(p.a), passageSide(p.b)));
    });
  }

  function contradictionItem(id) {
    const claim = DATA.claims[id];
    if (claim) {
      return el("li", {}, badge(claim.stance, claim.stance), " ", actorName(claim.speaker, claim.speaker_text || "unattributed"),
        marked(claim.text, claim.start, []), documentLine(claim.doc));
    }
    if (DATA.events[id]) return eventItem(id);
    return el("li", { class: "dim" }, t(id, 80), " (not in the graph)");
  }

  function renderContradictions(view) {
    const records = DATA.contradictions;
    view.append(el("h2", {}, `Contradictions (${records.length})`));
    if (!records.length) {
      view.append(none("No contradictions found: no denial, opposite stance or declined comment."));
      return;
    }
    records.slice(0, LIMITS.rows).forEach((record) => view.append(el("div", { class: "card" },
      el("h3", {}, String(record.kind || "").replace(/_/g, " ")),
      el("p", { class: "meta" }, t(record.reason || "", 400)),
      (record.actors || []).length ? el("p", { class: "meta" }, "actors: ",
        record.actors.map((a, i) => [i ? ", " : "", actorName(a, a)])) : null,
      el("ul", { class: "evidence-list" }, (record.items || []).map(contradictionItem)))));
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
    const n = (x) => (Array.isArray(x) ? x.length : Object.keys(x).length);
    document.getElementById("counts").textContent = [
      `${n(DATA.documents)} documents`, `${n(DATA.actors)} actors`, `${n(DATA.relations)} relations`,
      `${n(DATA.events)} events`, `${n(DATA.claims)} claims`, `${n(DATA.reuse)} recycled passages`,
      `${n(DATA.contradictions)} contradictions`].join(" \u00b7 ");
  }

  report.selectNode = (id) => focusActor(id);
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
  counts();
  buildLegend();
  buildSearch();
  buildNetwork();
})();
