-- Identity: a person holds a role in a scope at most once, and each role has the scope it needs.
-- Granting is idempotent: the application inserts and treats this unique key as "already granted".

-- Earlier double submits may have written the same grant twice: keep the oldest.
DELETE FROM role_grant g
 WHERE EXISTS (SELECT 1 FROM role_grant o
                WHERE o.account_id = g.account_id
                  AND o.role = g.role
                  AND o.site_id IS NOT DISTINCT FROM g.site_id
                  AND o.organisation_id IS NOT DISTINCT FROM g.organisation_id
                  AND (o.granted_at < g.granted_at OR (o.granted_at = g.granted_at AND o.id < g.id)));

-- NULLS NOT DISTINCT: two admin grants (no site, no organisation) of one person are the same grant.
ALTER TABLE role_grant ADD CONSTRAINT role_grant_once
    UNIQUE NULLS NOT DISTINCT (account_id, role, site_id, organisation_id);

-- Admin and insertion coach: no scope. Concierge and site manager: a site. Member: a site, and
-- optionally their employer. Provider and client admin: an organisation.
ALTER TABLE role_grant ADD CONSTRAINT role_grant_scope_check CHECK (
    (role IN ('ADMIN', 'INSERTION_COACH') AND site_id IS NULL AND organisation_id IS NULL)
    OR (role IN ('CONCIERGE', 'SITE_MANAGER') AND site_id IS NOT NULL AND organisation_id IS NULL)
    OR (role = 'MEMBER' AND site_id IS NOT NULL)
    OR (role IN ('PROVIDER', 'CLIENT_ADMIN') AND site_id IS NULL AND organisation_id IS NOT NULL));
