-- Korean and Japanese words are often two characters long, too short for the trigram index.
-- This second index holds each event's search text with only its Korean and Japanese runs,
-- every character doubled ("수출 규제" as "수수출출 규규제제"), so that a two-character word is
-- found as a four-character one ("수수출출"), which only an occurrence of the word can match.
-- The doubling is done by the server (`store::search::doubled`), which fills this index for
-- the events already written when it first starts on this schema.
CREATE VIRTUAL TABLE event_pairs USING fts5 (text, tokenize = 'trigram');
INSERT INTO app_state (key, value) VALUES ('search_pairs_filled', 0);
