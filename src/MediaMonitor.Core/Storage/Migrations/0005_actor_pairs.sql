-- Dashboard co-occurrence (issue #5): per day and outlet, the articles in which two actors appear together (mentioned
-- or quoted as speaker), actor_a < actor_b. Written beside actor_day by the analysis writer; rebuilt with it by
-- re-analysis; removed with an outlet or an actor by the cascades.

CREATE TABLE actor_pair_day (
    actor_a    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    actor_b    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    day        TEXT    NOT NULL,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    articles   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_a, actor_b, day, source_id),
    CHECK (actor_a < actor_b)
) WITHOUT ROWID;

WITH ap AS (
    SELECT m.article_id, m.actor_id FROM mentions m
    UNION
    SELECT q.article_id, q.speaker_actor_id FROM quotes q WHERE q.speaker_actor_id IS NOT NULL)
INSERT INTO actor_pair_day (actor_a, actor_b, day, source_id, articles)
SELECT x.actor_id, y.actor_id, substr(a.published_at, 1, 10), a.source_id, COUNT(*)
FROM ap x JOIN ap y ON y.article_id = x.article_id AND y.actor_id > x.actor_id
JOIN articles a ON a.id = x.article_id
GROUP BY x.actor_id, y.actor_id, substr(a.published_at, 1, 10), a.source_id;
