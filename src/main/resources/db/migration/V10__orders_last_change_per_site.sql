-- Orders: when an order of a site last changed, read from an index whatever the size of the history
-- (the desk board answers "nothing changed" to its 20-second refresh without being built).
CREATE INDEX customer_order_site_updated ON customer_order (site_id, updated_at);
