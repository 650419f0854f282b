-- Lockouts of password sign-in (demo and tests only: people sign in through OpenID Connect).
CREATE TABLE sign_in_lockout_view (
    id             BIGSERIAL    NOT NULL PRIMARY KEY,
    subject        VARCHAR(255),
    address_digest VARCHAR(64),
    locked_until   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    locked_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
