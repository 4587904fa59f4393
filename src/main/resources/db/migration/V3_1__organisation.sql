-- Organisation: indexes for the admin lists and the scope queries (contracts and providers by site).
CREATE INDEX site_name ON site (name);
CREATE INDEX client_organisation_legal_name ON client_organisation (legal_name);
CREATE INDEX provider_organisation_name ON provider_organisation (name);
CREATE INDEX contract_site ON contract (site_id);
CREATE INDEX contract_organisation ON contract (organisation_id);
CREATE INDEX provider_site_site ON provider_site (site_id);
