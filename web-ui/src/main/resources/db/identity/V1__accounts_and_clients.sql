-- The embedded identity provider's own schema (identity): accounts, their roles and memberships, consent records,
-- signing keys, and Spring Authorization Server's tables. The backend never reads it.

CREATE TABLE account (
    id            uuid PRIMARY KEY,
    email         varchar(254) NOT NULL,
    display_name  varchar(100) NOT NULL,
    password_hash varchar(200) NOT NULL,
    enabled       boolean      NOT NULL DEFAULT true,
    failed_logins integer      NOT NULL DEFAULT 0,
    locked_until  timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    -- 'self-registration', 'bootstrap', 'demo', or the subject of the administrator who created it
    created_by    varchar(100) NOT NULL,
    version       integer      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX account_email_key ON account (lower(email));

CREATE TABLE account_role (
    account_id uuid        NOT NULL REFERENCES account ON DELETE CASCADE,
    role       varchar(30) NOT NULL CHECK (role IN ('CITIZEN', 'OPD_OFFICER', 'BAPPEDA_PLANNER', 'MODERATOR', 'ADMIN')),
    PRIMARY KEY (account_id, role)
);

-- Kemendagri codes of the regions (daerah) the roles apply to.
CREATE TABLE account_region (
    account_id  uuid        NOT NULL REFERENCES account ON DELETE CASCADE,
    region_code varchar(20) NOT NULL,
    PRIMARY KEY (account_id, region_code)
);

-- OPD (perangkat daerah) memberships of officers.
CREATE TABLE account_opd (
    account_id  uuid        NOT NULL REFERENCES account ON DELETE CASCADE,
    region_code varchar(20) NOT NULL,
    opd_code    varchar(40) NOT NULL,
    PRIMARY KEY (account_id, region_code, opd_code)
);

-- What a person agreed to, and when (UU 27/2022 PDP): the text is identified by its version, not copied.
CREATE TABLE consent_record (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id   uuid        NOT NULL REFERENCES account ON DELETE CASCADE,
    purpose      varchar(50) NOT NULL,
    text_version varchar(40) NOT NULL,
    language     varchar(8)  NOT NULL,
    given_at     timestamptz NOT NULL
);
CREATE INDEX consent_record_account ON consent_record (account_id);

-- Token signing keys (RSA, X.509 / PKCS#8 in base64). The newest signs; it and the one before are published at
-- /oauth2/jwks. A rotation deletes the older ones.
CREATE TABLE signing_key (
    kid         varchar(64) PRIMARY KEY,
    public_key  text        NOT NULL,
    private_key text        NOT NULL,
    created_at  timestamptz NOT NULL
);

-- Spring Authorization Server's schemas (oauth2-*-schema.sql of spring-security-oauth2-authorization-server 7.1),
-- with PostgreSQL types as its notes ask: blob -> text, timestamp -> timestamptz.
CREATE TABLE oauth2_registered_client (
    id                            varchar(100)                            NOT NULL,
    client_id                     varchar(100)                            NOT NULL,
    client_id_issued_at           timestamptz   DEFAULT CURRENT_TIMESTAMP NOT NULL,
    client_secret                 varchar(200)  DEFAULT NULL,
    client_secret_expires_at      timestamptz   DEFAULT NULL,
    client_name                   varchar(200)                            NOT NULL,
    client_authentication_methods varchar(1000)                           NOT NULL,
    authorization_grant_types     varchar(1000)                           NOT NULL,
    redirect_uris                 varchar(1000) DEFAULT NULL,
    post_logout_redirect_uris     varchar(1000) DEFAULT NULL,
    scopes                        varchar(1000)                           NOT NULL,
    client_settings               varchar(2000)                           NOT NULL,
    token_settings                varchar(2000)                           NOT NULL,
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX oauth2_registered_client_client_id ON oauth2_registered_client (client_id);

CREATE TABLE oauth2_authorization (
    id                            varchar(100) NOT NULL,
    registered_client_id          varchar(100) NOT NULL,
    principal_name                varchar(200) NOT NULL,
    authorization_grant_type      varchar(100) NOT NULL,
    authorized_scopes             varchar(1000) DEFAULT NULL,
    attributes                    text          DEFAULT NULL,
    state                         varchar(500)  DEFAULT NULL,
    authorization_code_value      text          DEFAULT NULL,
    authorization_code_issued_at  timestamptz   DEFAULT NULL,
    authorization_code_expires_at timestamptz   DEFAULT NULL,
    authorization_code_metadata   text          DEFAULT NULL,
    access_token_value            text          DEFAULT NULL,
    access_token_issued_at        timestamptz   DEFAULT NULL,
    access_token_expires_at       timestamptz   DEFAULT NULL,
    access_token_metadata         text          DEFAULT NULL,
    access_token_type             varchar(100)  DEFAULT NULL,
    access_token_scopes           varchar(1000) DEFAULT NULL,
    oidc_id_token_value           text          DEFAULT NULL,
    oidc_id_token_issued_at       timestamptz   DEFAULT NULL,
    oidc_id_token_expires_at      timestamptz   DEFAULT NULL,
    oidc_id_token_metadata        text          DEFAULT NULL,
    refresh_token_value           text          DEFAULT NULL,
    refresh_token_issued_at       timestamptz   DEFAULT NULL,
    refresh_token_expires_at      timestamptz   DEFAULT NULL,
    refresh_token_metadata        text          DEFAULT NULL,
    user_code_value               text          DEFAULT NULL,
    user_code_issued_at           timestamptz   DEFAULT NULL,
    user_code_expires_at          timestamptz   DEFAULT NULL,
    user_code_metadata            text          DEFAULT NULL,
    device_code_value             text          DEFAULT NULL,
    device_code_issued_at         timestamptz   DEFAULT NULL,
    device_code_expires_at        timestamptz   DEFAULT NULL,
    device_code_metadata          text          DEFAULT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX oauth2_authorization_principal ON oauth2_authorization (principal_name);
-- Tokens are looked up by value (refresh, logout); hash indexes, since a JWT can exceed a btree entry's size limit.
CREATE INDEX oauth2_authorization_code ON oauth2_authorization USING hash (authorization_code_value);
CREATE INDEX oauth2_authorization_access_token ON oauth2_authorization USING hash (access_token_value);
CREATE INDEX oauth2_authorization_refresh_token ON oauth2_authorization USING hash (refresh_token_value);
CREATE INDEX oauth2_authorization_id_token ON oauth2_authorization USING hash (oidc_id_token_value);

CREATE TABLE oauth2_authorization_consent (
    registered_client_id varchar(100)  NOT NULL,
    principal_name       varchar(200)  NOT NULL,
    authorities          varchar(1000) NOT NULL,
    PRIMARY KEY (registered_client_id, principal_name)
);
