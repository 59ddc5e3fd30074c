-- Which save of its event last changed each text: the event's version after that save (0 for
-- texts written with the event and never changed since). A translation whose number is below
-- its English text's was written before the English last changed, so it may be out of date.
ALTER TABLE event_texts ADD COLUMN revised_in INTEGER NOT NULL DEFAULT 0;
