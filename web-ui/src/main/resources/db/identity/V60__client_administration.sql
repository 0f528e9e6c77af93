-- Third-party API clients registered in the web UI (klien API, page /klien-api) beside the configured ones, and the
-- record of every change to them: who did what, when. Secrets are stored only as hashes in
-- oauth2_registered_client.client_secret; the clear text is shown once to whoever registered or rotated it.
-- (Numbered V60 from the webmod branch's reserved range, to stay clear of other branches' identity migrations.)

CREATE TABLE api_client (
    client_id         varchar(100) PRIMARY KEY REFERENCES oauth2_registered_client (client_id) ON DELETE CASCADE,
    kind              varchar(20)  NOT NULL CHECK (kind IN ('CONFIDENTIAL', 'PUBLIC')),
    enabled           boolean      NOT NULL DEFAULT true,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    -- the token subject of the moderator or administrator who registered it, and their name at the time
    created_by        varchar(100) NOT NULL,
    created_by_name   varchar(100) NOT NULL,
    secret_rotated_at timestamptz,
    version           integer      NOT NULL DEFAULT 0
);

CREATE TABLE api_client_event (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id  varchar(100) NOT NULL,
    action     varchar(20)  NOT NULL CHECK (action IN ('REGISTERED', 'SECRET_ROTATED', 'DISABLED', 'ENABLED')),
    actor      varchar(100) NOT NULL,
    actor_name varchar(100) NOT NULL,
    at         timestamptz  NOT NULL DEFAULT now(),
    detail     varchar(2000)
);
CREATE INDEX api_client_event_client ON api_client_event (client_id, at);
