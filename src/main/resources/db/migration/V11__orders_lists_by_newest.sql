-- Orders: each list (a site's orders, a provider's jobs, all orders for the administrator) is read
-- newest first by keyset from an index in that order, whatever the size of the history.
CREATE INDEX customer_order_site_placed ON customer_order (site_id, placed_at, id);
CREATE INDEX customer_order_provider_placed ON customer_order (provider_id, placed_at, id);
CREATE INDEX customer_order_placed ON customer_order (placed_at, id);
-- A provider's jobs page: its orders of the statuses asked, most recently changed first.
CREATE INDEX customer_order_provider_updated ON customer_order (provider_id, updated_at);
