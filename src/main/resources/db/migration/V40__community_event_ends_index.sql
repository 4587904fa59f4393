-- The events to come are read by their end (not yet ended), newest history left aside: an index that follows it,
-- so that the list costs the same after years of past events.
CREATE INDEX community_event_site_end ON community_event (site_id, ends_at);
