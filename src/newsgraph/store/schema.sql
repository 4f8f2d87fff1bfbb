-- newsgraph store, schema version 1. Open it with sqlite3 or Datasette.
-- Input tables (documents, doc_results, sentences) grow with each build; graph tables
-- (actors ... contradictions) are rewritten by each build in one transaction.

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT, outlet TEXT, published TEXT,
    url TEXT, sha256 TEXT NOT NULL UNIQUE, text TEXT NOT NULL
);

-- The per-document stages' output, cached so a re-build only parses new documents.
-- pipeline names the model and rules that produced it; a change re-parses the document.
CREATE TABLE IF NOT EXISTS doc_results (
    doc TEXT PRIMARY KEY REFERENCES documents(id), pipeline TEXT NOT NULL, result TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS sentences (
    doc TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
    text, content='sentences', content_rowid='rowid'
);

CREATE TABLE IF NOT EXISTS actors (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
    mention_count INTEGER NOT NULL, document_count INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS actor_aliases (actor TEXT NOT NULL REFERENCES actors(id), alias TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS actor_documents (actor TEXT NOT NULL REFERENCES actors(id), doc TEXT NOT NULL REFERENCES documents(id));
-- How actors relate (member_of / part_of, with role) and why each name joined its actor.
CREATE TABLE IF NOT EXISTS affiliations (
    actor TEXT NOT NULL REFERENCES actors(id), other TEXT NOT NULL REFERENCES actors(id),
    relation TEXT NOT NULL, role TEXT, record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actor_merges (
    actor TEXT NOT NULL REFERENCES actors(id), a TEXT NOT NULL, b TEXT NOT NULL, rule TEXT NOT NULL,
    detail TEXT, doc TEXT, start INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS actor_kept_apart (
    actor TEXT NOT NULL REFERENCES actors(id), other TEXT NOT NULL, name TEXT, rule TEXT, reason TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
    actor TEXT NOT NULL REFERENCES actors(id), doc TEXT NOT NULL REFERENCES documents(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, label TEXT, sentence INTEGER
);
CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, doc TEXT NOT NULL, start INTEGER, "end" INTEGER, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS claims (id TEXT PRIMARY KEY, doc TEXT NOT NULL, start INTEGER, "end" INTEGER, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS times (doc TEXT NOT NULL, start INTEGER, "end" INTEGER, record TEXT NOT NULL);
-- Per document, how its claims are sourced (newsgraph sources OUT DOC prints it).
CREATE TABLE IF NOT EXISTS sourcing (
    doc TEXT PRIMARY KEY REFERENCES documents(id), claims INTEGER NOT NULL, named INTEGER NOT NULL,
    anonymous INTEGER NOT NULL, documents INTEGER NOT NULL, unattributed INTEGER NOT NULL,
    denials INTEGER NOT NULL, no_comments INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS relations (source TEXT, target TEXT, type TEXT, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS actor_pairs (a TEXT, b TEXT, balance REAL, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reuse (record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS contradictions (kind TEXT, record TEXT NOT NULL);

CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc, sentence);
CREATE INDEX IF NOT EXISTS aliases_alias ON actor_aliases(alias COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS actor_documents_actor ON actor_documents(actor);
CREATE INDEX IF NOT EXISTS affiliations_actor ON affiliations(actor);
CREATE INDEX IF NOT EXISTS affiliations_other ON affiliations(other);
CREATE INDEX IF NOT EXISTS actor_merges_actor ON actor_merges(actor);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc);
CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc);

-- Evidence for each mention: the actor, the document, and the sentence it sits in.
CREATE VIEW IF NOT EXISTS mention_evidence AS
SELECT mentions.actor AS actor_id, actors.name AS actor, actors.kind AS kind, mentions.text AS mention,
       documents.title AS document, documents.path AS path, sentences.text AS sentence, sentences.start AS sentence_start,
       mentions.doc AS doc, mentions.start AS start, mentions."end" AS "end"
FROM mentions
JOIN actors ON actors.id = mentions.actor
JOIN documents ON documents.id = mentions.doc
LEFT JOIN sentences ON sentences.doc = mentions.doc AND sentences.idx = mentions.sentence;

-- Events with their actors by name, one row each: who did what to whom, and where it is said.
CREATE VIEW IF NOT EXISTS event_evidence AS
SELECT events.id AS event, json_extract(events.record, '$.type') AS type,
       json_extract(events.record, '$.subtype') AS subtype,
       source.name AS source, json_extract(events.record, '$.trigger') AS trigger, target.name AS target,
       json_extract(events.record, '$.mode') AS mode, json_extract(events.record, '$.negated') AS negated,
       json_extract(events.record, '$.time.value') AS time, documents.title AS document,
       json_extract(events.record, '$.text') AS sentence, events.doc AS doc
FROM events
JOIN documents ON documents.id = events.doc
LEFT JOIN actors AS source ON source.id = json_extract(events.record, '$.source')
LEFT JOIN actors AS target ON target.id = json_extract(events.record, '$.target');

-- Recycled passages with both texts side by side (offsets are characters; substr is 1-based).
CREATE VIEW IF NOT EXISTS reuse_passages AS
SELECT reuse.rowid - 1 AS passage,
       json_extract(reuse.record, '$.a.doc') AS a_doc, da.title AS a_title,
       json_extract(reuse.record, '$.a.start') AS a_start, json_extract(reuse.record, '$.a.end') AS a_end,
       json_extract(reuse.record, '$.b.doc') AS b_doc, db.title AS b_title,
       json_extract(reuse.record, '$.b.start') AS b_start, json_extract(reuse.record, '$.b.end') AS b_end,
       json_extract(reuse.record, '$.similarity') AS similarity, json_extract(reuse.record, '$.origin') AS origin,
       json_extract(reuse.record, '$.words') AS words,
       substr(da.text, json_extract(reuse.record, '$.a.start') + 1,
              json_extract(reuse.record, '$.a.end') - json_extract(reuse.record, '$.a.start')) AS a_text,
       substr(db.text, json_extract(reuse.record, '$.b.start') + 1,
              json_extract(reuse.record, '$.b.end') - json_extract(reuse.record, '$.b.start')) AS b_text
FROM reuse
JOIN documents da ON da.id = json_extract(reuse.record, '$.a.doc')
JOIN documents db ON db.id = json_extract(reuse.record, '$.b.doc');

-- One row per piece of evidence a contradiction points to.
CREATE VIEW IF NOT EXISTS contradiction_items AS
SELECT contradictions.rowid - 1 AS contradiction, contradictions.kind AS kind,
       json_extract(contradictions.record, '$.reason') AS reason, item.value AS item,
       coalesce(events.doc, claims.doc) AS doc,
       coalesce(json_extract(events.record, '$.text'), json_extract(claims.record, '$.text')) AS text
FROM contradictions, json_each(contradictions.record, '$.items') AS item
LEFT JOIN events ON events.id = item.value
LEFT JOIN claims ON claims.id = item.value;

-- Relations by name (who did what to whom, how often, in how many independent sources).
CREATE VIEW IF NOT EXISTS actor_relations AS
SELECT source.name AS source, relations.type AS type, target.name AS target,
       json_extract(relations.record, '$.quad') AS quad,
       -- a sentence copied into near-identical articles counts once, copies are the rest (raw in the record)
       COALESCE(json_extract(relations.record, '$.distinct_events'), json_array_length(relations.record, '$.events')) AS events,
       json_array_length(relations.record, '$.events')
         - COALESCE(json_extract(relations.record, '$.distinct_events'), json_array_length(relations.record, '$.events')) AS copies,
       COALESCE(json_extract(relations.record, '$.distinct_documents'), json_extract(relations.record, '$.documents')) AS documents,
       json_extract(relations.record, '$.independent_sources') AS independent_sources,
       json_extract(relations.record, '$.first') AS first, json_extract(relations.record, '$.last') AS last,
       relations.source AS source_id, relations.target AS target_id
FROM relations
LEFT JOIN actors AS source ON source.id = relations.source
LEFT JOIN actors AS target ON target.id = relations.target;

-- One row per event of each relation: the relation, then the sentence that tells the event,
-- its document and offsets, and whether the sentence is recycled text.
CREATE VIEW IF NOT EXISTS relation_evidence AS
SELECT source.name AS source, relations.type AS type, target.name AS target,
       json_extract(relations.record, '$.quad') AS quad,
       json_extract(relations.record, '$.independent_sources') AS independent_sources,
       events.id AS event, json_extract(events.record, '$.trigger') AS trigger,
       json_extract(events.record, '$.mode') AS mode, json_extract(events.record, '$.negated') AS negated,
       json_extract(events.record, '$.time.value') AS time,
       json_extract(events.record, '$.reused') IS NOT NULL AS recycled,
       documents.title AS document, events.doc AS doc, events.start AS start, events."end" AS "end",
       json_extract(events.record, '$.text') AS sentence,
       relations.source AS source_id, relations.target AS target_id
FROM relations
JOIN json_each(relations.record, '$.events') AS item
JOIN events ON events.id = item.value
JOIN documents ON documents.id = events.doc
LEFT JOIN actors AS source ON source.id = relations.source
LEFT JOIN actors AS target ON target.id = relations.target;

-- Claims with their speaker by name, stance, outlet, document and content (offsets: content).
CREATE VIEW IF NOT EXISTS claim_evidence AS
SELECT claims.id AS claim, coalesce(speaker.name, json_extract(claims.record, '$.speaker_text')) AS speaker,
       json_extract(claims.record, '$.speaker_text') AS speaker_text,
       json_extract(claims.record, '$.anonymous') AS anonymous, affiliation.name AS speaker_affiliation,
       json_extract(claims.record, '$.cue') AS cue, json_extract(claims.record, '$.stance') AS stance,
       json_extract(claims.record, '$.outlet') AS outlet, json_extract(claims.record, '$.kind') AS kind,
       json_extract(claims.record, '$.parent') AS parent,
       json_extract(claims.record, '$.reused') IS NOT NULL AS recycled,
       documents.title AS document, documents.published AS published,
       claims.doc AS doc, claims.start AS start, claims."end" AS "end",
       json_extract(claims.record, '$.text') AS content,
       json_extract(claims.record, '$.speaker') AS speaker_id
FROM claims
JOIN documents ON documents.id = claims.doc
LEFT JOIN actors AS speaker ON speaker.id = json_extract(claims.record, '$.speaker')
LEFT JOIN actors AS affiliation ON affiliation.id = json_extract(claims.record, '$.speaker_affiliation');
